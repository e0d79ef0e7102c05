package dev.sreladder.shell.terminal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import dev.sreladder.report.Progress;

/**
 * Where a long command shows how far it got ("evaluating 120 of 4000"): on a terminal only, and never
 * mixed into its result. In the interactive shell, on the screen's last line, erased before the next
 * line of the result ({@link ScreenOutput}); in a one-shot run, on standard error when that is a
 * terminal and standard output is not (the result goes to a file or a pipe: on the terminal, the
 * result itself shows how far it got). Nowhere else: not in a file, a pipe, CI or a test's capture.
 */
@Component
public class TerminalProgress {

    /** A run over this many profiles shows its progress: a smaller one is done before it could be read. */
    static final int FROM = 10;

    private final BooleanSupplier onlyStderrIsATerminal;
    private final PrintWriter stderr;
    private volatile boolean inShell;
    private volatile Optional<ShellProgress> oneShot = Optional.empty();

    TerminalProgress() {
        this(() -> StandardStreams.isTerminal(StandardStreams.ERR) && !StandardStreams.isTerminal(StandardStreams.OUT),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    TerminalProgress(BooleanSupplier onlyStderrIsATerminal, PrintWriter stderr) {
        this.onlyStderrIsATerminal = onlyStderrIsATerminal;
        this.stderr = stderr;
    }

    /** The interactive shell says when one of its commands starts and ends. */
    void inShell(boolean commandRunning) {
        inShell = commandRunning;
    }

    /** Progress for a command whose result goes to {@code output}: "{@code doing} 120 of 4000", where it may show. */
    public Progress of(String doing, PrintWriter output) {
        if (inShell) {
            return new ShellProgress(output, FROM, doing);
        }
        if (onlyStderrIsATerminal.getAsBoolean()) {
            ShellProgress progress = new ShellProgress(stderr, FROM, doing);
            if (oneShot.isEmpty()) {
                // Ctrl-C ends a one-shot run where it is: how far it got stays on the screen, the shell's prompt below.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> oneShot.ifPresent(ShellProgress::keep)));
            }
            oneShot = Optional.of(progress);
            return progress;
        }
        return Progress.NONE;
    }

    /** Before a one-shot run's error on standard error: the progress line goes, the error starts the line. */
    void erase() {
        oneShot.ifPresent(ShellProgress::erase);
    }
}
