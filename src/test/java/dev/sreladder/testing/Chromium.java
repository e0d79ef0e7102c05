package dev.sreladder.testing;

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

/**
 * Headless Chromium for the tests of the pages the tool writes (the committee packet, the ladder's
 * handbook page): a screenshot with the console messages logged meanwhile, the page's DOM as the
 * browser parsed it, and the pixels of a colour on a screenshot. Tests that use it are skipped,
 * with the reason, where Chromium is not installed; {@code .ci/run} installs it.
 */
public final class Chromium {

    private final Path executable;
    private final Path work;

    /**
     * A screenshot, what the page logged to the console while it was drawn, and its DOM as the
     * browser parsed and laid it out ({@code --dump-dom}, from the same launch: each launch is seconds).
     */
    public record Rendered(BufferedImage screenshot, List<String> console, String dom) {
    }

    private Chromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** Chromium with its profiles and logs in {@code work}; the calling test is skipped when there is none. */
    public static Chromium in(Path work) {
        Path executable = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(executable != null, "Chromium is not installed (/usr/bin/chromium): the browser"
                + " test is skipped; install the Debian package 'chromium' to run it");
        return new Chromium(executable, work);
    }

    /** The page drawn in a window {@code width} by {@code height} pixels, saved to {@code screenshot}. */
    public Rendered render(Path page, Path screenshot, int width, int height) throws IOException,
            InterruptedException {
        Output output = run(screenshot.getFileName() + ".log", "--enable-logging=stderr", "--v=0",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "--dump-dom",
                "--screenshot=" + screenshot.toAbsolutePath(), page.toAbsolutePath().toUri().toString());
        List<String> console = new ArrayList<>();
        output.log().lines().filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught"))
                .forEach(console::add);
        BufferedImage image = Optional.ofNullable(ImageIO.read(screenshot.toFile()))
                .orElseThrow(() -> new AssertionError("no screenshot at " + screenshot + "; Chromium said:\n"
                        + output.log()));
        return new Rendered(image, console, output.out());
    }

    /** What Chromium wrote: its standard output (the DOM) and its log (standard error). */
    private record Output(String out, String log) {
    }

    private Output run(String logName, String... arguments) throws IOException, InterruptedException {
        Path log = work.resolve(logName);
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(work.resolve(logName + ".err").toFile())
                .redirectOutput(log.toFile()).start();
        // A guard against a hung browser, not a timing assertion.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s; its log: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String errors = Files.readString(work.resolve(logName + ".err"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("Chromium's exit code; its log:\n" + errors).isZero();
        return new Output(output, errors);
    }

    /** Pixels of a colour (within a little anti-aliasing) in the rows from {@code top} to {@code bottom}. */
    public static int pixels(BufferedImage image, String colour, int top, int bottom) {
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
