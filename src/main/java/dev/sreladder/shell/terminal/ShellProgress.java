package dev.sreladder.shell.terminal;

import java.io.PrintWriter;

import dev.sreladder.report.Progress;

/**
 * Progress on one terminal line ("reading profiles: 12 of 40", "evaluating 120 of 4000"), rewritten
 * in place and erased at the end, so what follows starts on a clean line. Only ever written to a
 * terminal: the interactive shell's, or a one-shot run's standard error ({@link TerminalProgress}).
 */
public final class ShellProgress implements Progress {

    private final PrintWriter out;
    private final int from;
    private final String doing;
    private int shown;
    private boolean kept;

    /** "{@code doing} 12 of 40" on {@code out}, for a total of at least {@code from}. */
    public ShellProgress(PrintWriter out, int from, String doing) {
        this.out = out;
        this.from = from;
        this.doing = doing;
    }

    @Override
    public synchronized void update(int done, int total) {
        if (total < from || kept) {
            return;
        }
        if (done >= total) {
            erase();
            return;
        }
        String line = doing + " " + done + " of " + total;
        // Spaces over what is left of a longer line before.
        out.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        out.flush();
        shown = Math.max(shown, line.length());
    }

    /**
     * Ends the line where it is, if it shows, and for good: it stays, what is written next starts below
     * it, and the work still running (a JVM stopping runs this beside it) updates it no more.
     */
    synchronized void keep() {
        kept = true;
        if (shown > 0) {
            out.println();
            out.flush();
            shown = 0;
        }
    }

    /** Erases the line, if it shows; what is written next starts at its beginning. */
    synchronized void erase() {
        if (shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }
}
