package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sreladder.database.Chain;
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
        // Dashed, and only between competencies the target expects something of: fewer pixels than the ratings.
        assertThat(pixels(shot, RadarChart.EXPECTED_COLOUR, 1000, shot.getHeight())).as("radar expectations")
                .isGreaterThan(60);
    }

    /**
     * The calibration packet, with a conflict and the audit head, fits a phone, a split screen and a
     * desktop: the page never scrolls sideways (a wide table may, inside its own box). One launch per
     * width; the widest also checks the calibration charts' colours. The copy drawn has a script
     * that writes the page's widths into it, and no Content-Security-Policy to stop that script.
     */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {600, 1000, 1400})
    void shouldFitTheWindowWithoutScrollingSidewaysAndDrawTheCalibrationCharts(int width) throws Exception {
        String html = HtmlReport.render(calibrationWithAConflict());
        Files.createDirectories(KEPT);
        Files.writeString(KEPT.resolve("calibration.html"), html);
        Path page = KEPT.resolve("calibration-" + width + "-measured.html");
        Files.writeString(page, html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</body>", MEASURE + "</body>"));

        Rendered rendered = chromium.render(page, KEPT.resolve("calibration-" + width + ".png"), width, 2400);

        assertThat(rendered.console()).as("console messages").isEmpty();
        Matcher measured = Pattern.compile("<p id=\"measured\">scrollWidth=(\\d+) innerWidth=(\\d+)</p>")
                .matcher(rendered.dom());
        assertThat(measured.find()).as("the widths the page measured").isTrue();
        assertThat(Integer.parseInt(measured.group(2))).as("the window's width").isEqualTo(width);
        assertThat(Integer.parseInt(measured.group(1))).as("the page's width at %d px", width)
                .isLessThanOrEqualTo(width);
        if (width == 1400) {
            BufferedImage shot = rendered.screenshot();
            // Dana Wu's chart, under the summary and the waivers: her three flagged competencies, and Lee Park's.
            assertThat(pixels(shot, Palette.FLAGGED, 0, shot.getHeight())).as("flagged competencies")
                    .isGreaterThan(300);
            assertThat(pixels(shot, Palette.GROUP_MEAN, 0, shot.getHeight())).as("group means").isGreaterThan(500);
        }
    }

    /** Writes the page's scroll width and the window's width into the page, for --dump-dom to show. */
    static final String MEASURE = "<script>var p = document.createElement('p'); p.id = 'measured'; p.textContent ="
            + " 'scrollWidth=' + document.documentElement.scrollWidth + ' innerWidth=' + window.innerWidth;"
            + " document.body.appendChild(p);</script>";

    /** The calibration samples, the audit head, and Alice and Bob deciding differently on Aaron Brooks. */
    static Cohort calibrationWithAConflict() {
        Cohort calibration = ReportFixtures.calibration();
        List<Candidate> candidates = new ArrayList<>(calibration.candidates());
        Candidate aaron = candidates.stream().filter(candidate -> candidate.id().equals("aaron-brooks")).findFirst()
                .orElseThrow();
        candidates.set(candidates.indexOf(aaron), new Candidate(aaron.evaluation(), aaron.source(),
                aaron.provenance(), List.of(
                        new Decision("DEFER", null, false, 1, ReportFixtures.GENERATED, "alice", false),
                        new Decision("PROMOTE", "the design docs are there, in the wiki of the payments team", true, 1,
                                ReportFixtures.GENERATED, "bob (db postgres)", true)),
                aaron.expectedRatings(), aaron.tie()));
        return new Cohort(calibration.source(), ReportFixtures.GENERATED, candidates, calibration.problems(),
                Optional.of(new Chain.Head(74, "1f85b1d6d9818b60b167c0bfc2fcbdadae1992c3fb61e90ecee0f840d06f41f0")));
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
