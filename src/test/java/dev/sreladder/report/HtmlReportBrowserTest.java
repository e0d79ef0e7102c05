package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;

/**
 * The HTML packet in a real browser: headless Chromium renders it to a screenshot, the charts'
 * colours must be on it (they are used nowhere else on the page), and the page must log nothing
 * to the console (no script error, no blocked script or resource). Skipped, with the reason,
 * where Chromium is not installed; {@code .ci/run} installs it.
 */
class HtmlReportBrowserTest {

    /** The screenshot and page are kept here, to look at after a run. */
    static final Path KEPT = Path.of("target", "report-browser");

    static Path chromium;

    @TempDir
    Path work;

    @BeforeAll
    static void findChromium() {
        chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (/usr/bin/chromium): the browser test"
                + " of the HTML report is skipped; install the Debian package 'chromium' to run it");
    }

    record Rendered(BufferedImage screenshot, List<String> console) {
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
        Path log = work.resolve(screenshot.getFileName() + ".log");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + Files.createTempDirectory(work, "profile"),
                "--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--window-size=1280,2400",
                "--screenshot=" + screenshot.toAbsolutePath(), page.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A guard against a hung browser, not a timing assertion.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s; its log: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("Chromium's exit code; its log:\n" + output).isZero();
        List<String> console = new ArrayList<>();
        output.lines().filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught")).forEach(console::add);
        BufferedImage image = Optional.ofNullable(ImageIO.read(screenshot.toFile()))
                .orElseThrow(() -> new AssertionError("no screenshot at " + screenshot + "; Chromium said:\n"
                        + output));
        return new Rendered(image, console);
    }

    /** Pixels of a colour (within a little anti-aliasing) in the rows from {@code top} to {@code bottom}. */
    static int pixels(BufferedImage image, String colour, int top, int bottom) {
        int wanted = Integer.parseInt(colour.substring(1), 16);
        int count = 0;
        for (int y = top; y < Math.min(bottom, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (close(rgb >> 16, wanted >> 16) && close(rgb >> 8, wanted >> 8) && close(rgb, wanted)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= 6;
    }
}
