package dev.sreladder.shell.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a standard stream of this process is a terminal, for a one-shot run, which builds no JLine
 * terminal: Linux names the file behind each descriptor under /proc/self/fd. Anywhere else (a pipe,
 * a file, CI, a test's capture, another system) it is not one.
 */
final class StandardStreams {

    static final int OUT = 1;
    static final int ERR = 2;

    private StandardStreams() {
    }

    /** The terminal device behind descriptor {@code fd}, if it is one. */
    static Optional<Path> terminal(int fd) {
        try {
            Path file = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            String name = file.toString();
            return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty") ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isTerminal(int fd) {
        return terminal(fd).isPresent();
    }
}
