package dev.sreladder.shell.render;

/**
 * ANSI colour for text output, only where it helps: on a terminal, and never when the
 * {@code NO_COLOR} environment variable is set (https://no-color.org).
 */
public record TextStyle(boolean colour) {

    /** Colour when standard input and output are a terminal (Java's console), not through a pipe or a file. */
    public static TextStyle forConsole() {
        boolean noColor = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
        return new TextStyle(!noColor && System.console() != null);
    }

    String bold(String text) {
        return wrap("1", text);
    }

    public String red(String text) {
        return wrap("31", text);
    }

    public String yellow(String text) {
        return wrap("33", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
