package dev.sreladder.shell.render;

import java.util.function.Supplier;

/**
 * The terminal width the running command's text is wrapped to (0: not a terminal, no wrapping),
 * for the renderers that lay text out in columns themselves ({@link Table}). Set by the shell and
 * the one-shot runner around one command, on the thread that runs it and renders its text.
 */
public final class OutputWidth {

    private static final ThreadLocal<Integer> WIDTH = ThreadLocal.withInitial(() -> 0);

    private OutputWidth() {
    }

    static int current() {
        return WIDTH.get();
    }

    public static <T> T during(int width, Supplier<T> work) {
        int before = WIDTH.get();
        WIDTH.set(Math.max(0, width));
        try {
            return work.get();
        } finally {
            WIDTH.set(before);
        }
    }
}
