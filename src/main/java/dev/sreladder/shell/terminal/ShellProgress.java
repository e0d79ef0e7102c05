package dev.sreladder.shell.terminal;

import java.io.PrintWriter;

import dev.sreladder.report.Progress;

/**
 * Progress on one terminal line ("reading profiles: 12 of 40"), rewritten in place and erased
 * at the end, so the report that follows starts on a clean line. Only the interactive shell
 * uses it: one-shot output stays the report alone.
 *
 * @param out  the terminal
 * @param from the smallest cohort worth showing progress for
 */
public record ShellProgress(PrintWriter out, int from) implements Progress {

    @Override
    public void update(int done, int total) {
        if (total < from) {
            return;
        }
        String line = "reading profiles: " + done + " of " + total;
        out.print(done < total ? "\r" + line : "\r" + " ".repeat(line.length()) + "\r");
        out.flush();
    }
}
