package dev.sreladder.shell.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal standard output is, for a one-shot run: 0 when it is not a terminal
 * (a pipe, a file, CI), so nothing is wrapped there ({@link StandardStreams}); {@code stty size}
 * reads its size. No JLine terminal is built for a one-shot run: it would take over the handling of
 * Ctrl-C, which must stay the JVM's (an orderly stop, exit 130).
 */
final class StdoutWidth {

    private StdoutWidth() {
    }

    static int columns() {
        Optional<Path> stdout = StandardStreams.terminal(StandardStreams.OUT);
        if (stdout.isEmpty()) {
            return 0;
        }
        Path terminal = stdout.get();
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(terminal.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return 0;
            }
            String[] rowsAndColumns = size.split("\\s+");
            return rowsAndColumns.length == 2 ? Integer.parseInt(rowsAndColumns[1]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
