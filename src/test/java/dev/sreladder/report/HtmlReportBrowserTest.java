package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.testing.Chromium;
import dev.sreladder.testing.Chromium.Rendered;

/**
 * The HTML packet in a real browser: headless Chromium renders it to a screenshot, the charts'
 * colours must be on it (they are used nowhere else on the page), and the page must log nothing
 * to the console (no script error, no blocked script or resource). Skipped, with the reason,
 * where Chromium is not installed; {@code .ci/run} installs it.
 */
class HtmlReportBrowserTest {

    /** The screenshot and page are kept here, to look at after a run. */
    static final Path KEPT = Path.of("target", "report-browser");

    @TempDir
    Path work;

    Chromium chromium;

    @BeforeEach
    void findChromium() {
        chromium = Chromium.in(work);
    }

    @Test
    void shouldDrawTheChartsWithoutAConsoleMessage() throws Exception {
        String html = HtmlReport.render(ReportFixtures.withHostileText());
        Files.createDirectories(KEPT);
        Path page = KEPT.resolve("packet.html");
        Files.writeString(page, html);

        Rendered rendered = render(page, KEPT.resolve("packet.png"));

        assertThat(rendered.console()).as("console messages").isEmpty();
        BufferedImage shot = rendered.screenshot();
        assertThat(shot.getWidth()).isEqualTo(1280);
        // The cohort charts are on the first screen; the first candidates' radar charts below them.
        assertThat(pixels(shot, Palette.of(Verdict.READY), 0, 1000)).as("READY bars").isGreaterThan(300);
        assertThat(pixels(shot, Palette.of(Verdict.NOT_YET), 0, 1000)).as("NOT_YET bars").isGreaterThan(300);
        assertThat(pixels(shot, Palette.of(FindingKind.GAP), 0, 1000)).as("gap bars").isGreaterThan(1000);
        assertThat(pixels(shot, RadarChart.RATING_COLOUR, 1000, shot.getHeight())).as("radar ratings")
                .isGreaterThan(500);
        assertThat(pixels(shot, RadarChart.EXPECTED_COLOUR, 1000, shot.getHeight())).as("radar expectations")
                .isGreaterThan(200);
    }

    @Test
    void shouldDrawTheCalibrationChartsWithTheFlaggedCompetenciesInTheirColour() throws Exception {
        String html = HtmlReport.render(ReportFixtures.calibration());
        Files.createDirectories(KEPT);
        Path page = KEPT.resolve("calibration.html");
        Files.writeString(page, html);

        Rendered rendered = render(page, KEPT.resolve("calibration.png"));

        assertThat(rendered.console()).as("console messages").isEmpty();
        BufferedImage shot = rendered.screenshot();
        // Dana Wu's chart, under the summary and the waivers: her three flagged competencies, and Lee Park's dots.
        assertThat(pixels(shot, Palette.FLAGGED, 0, shot.getHeight())).as("flagged competencies").isGreaterThan(300);
        assertThat(pixels(shot, Palette.GROUP_MEAN, 0, shot.getHeight())).as("group means").isGreaterThan(500);
    }

    @Test
    void shouldDrawAReturningCandidatesScoreAcrossCycles() throws Exception {
        CyclePacketTest.cohorts();
        Cohort returning = new Cohort("cycle 2026-H2", ReportFixtures.GENERATED, CyclePacketTest.cycle.candidates()
                .stream().filter(candidate -> candidate.id().equals("maya-chen")).toList(), List.of())
                .inCycle(CyclePacketTest.cycle.cycle().orElseThrow());
        Files.createDirectories(KEPT);
        Path page = KEPT.resolve("cycle.html");
        Files.writeString(page, HtmlReport.render(returning));

        Rendered rendered = render(page, KEPT.resolve("cycle.png"));

        assertThat(rendered.console()).as("console messages").isEmpty();
        BufferedImage shot = rendered.screenshot();
        assertThat(pixels(shot, Palette.SCORE, 0, shot.getHeight())).as("the score line and its points")
                .isGreaterThan(300);
    }

    /** The check above can fail: a page with a script error does log to the console. */
    @Test
    void shouldSeeAScriptErrorOnABrokenPage() throws Exception {
        Path page = work.resolve("broken.html");
        Files.writeString(page,
                "<!DOCTYPE html><html><body><p>x</p><script>undefinedFunction()</script></body></html>");

        Rendered rendered = render(page, work.resolve("broken.png"));

        assertThat(rendered.console()).anySatisfy(line -> assertThat(line).contains("Uncaught ReferenceError"));
    }

    private Rendered render(Path page, Path screenshot) throws IOException, InterruptedException {
        return chromium.render(page, screenshot, 1280, 2400);
    }

    static int pixels(BufferedImage image, String colour, int top, int bottom) {
        return Chromium.pixels(image, colour, top, bottom);
    }
}
