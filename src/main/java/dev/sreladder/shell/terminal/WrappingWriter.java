package dev.sreladder.shell.terminal;

import java.io.Writer;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ParsedInput;

import dev.sreladder.shell.render.LineWrapper;

/**
 * The one place where command output is wrapped to the terminal: text written to it is cut into
 * lines, each wrapped by {@link LineWrapper} and handed to a {@link Sink}. Text flushed with a
 * carriage return in it and no newline after (a progress line rewritten in place) is handed over
 * as it is, unwrapped, since it is redrawn rather than kept.
 */
public final class WrappingWriter extends Writer {

    /** Where the wrapped output goes. */
    interface Sink {
        void line(String line);

        void partial(String text);

        void flush();
    }

    private final int width;
    private final Sink sink;
    private final StringBuilder pending = new StringBuilder();

    WrappingWriter(int width, Sink sink) {
        this.width = width;
        this.sink = sink;
    }

    /**
     * The width a help page is wrapped to when standard output is not a terminal: what {@code man}
     * and {@code git help} print into a pipe or a file, since help paragraphs are written unbroken.
     */
    public static final int HELP_WIDTH_NOT_A_TERMINAL = 80;

    /**
     * The width to wrap a command's output to, given the terminal's ({@code 0}: not a terminal):
     * none for output that is not prose; the terminal's; else, for a help page only, {@link
     * #HELP_WIDTH_NOT_A_TERMINAL} (other output stays unwrapped for scripts).
     */
    static int widthFor(ParsedInput input, int terminalWidth) {
        if (!wraps(input)) {
            return 0;
        }
        return terminalWidth > 0 ? terminalWidth : isHelp(input) ? HELP_WIDTH_NOT_A_TERMINAL : 0;
    }

    /** {@code help …} or {@code COMMAND --help}: a page for people, whatever it is written to. */
    static boolean isHelp(ParsedInput input) {
        return input.commandName().equals("help") || input.options().stream()
                .anyMatch(option -> "help".equals(option.longName()) || option.shortName() == 'h');
    }

    /**
     * Whether a command's output is prose for a reader: not JSON, CSV or Markdown, nor a stored
     * YAML file shown as imported or a completion script, whose lines mean something as they are.
     */
    static boolean wraps(ParsedInput input) {
        String name = CommandExecution.name(input);
        if (name.equals("report") || name.equals("show") || name.equals("ladder schema")
                || name.equals("completion")) {
            return false;
        }
        return input.options().stream().filter(option -> "format".equals(option.longName()))
                .map(CommandOption::value).allMatch(value -> value == null || value.strip().equalsIgnoreCase("text"));
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (characters[i] == '\n') {
                LineWrapper.wrapLine(pending.toString(), width).forEach(sink::line);
                pending.setLength(0);
            } else {
                pending.append(characters[i]);
            }
        }
    }

    @Override
    public void flush() {
        if (pending.indexOf("\r") >= 0) {
            sink.partial(pending.toString());
            pending.setLength(0);
        }
        sink.flush();
    }

    /** Hands over what is left of the last line, which had no newline. */
    @Override
    public void close() {
        if (!pending.isEmpty()) {
            LineWrapper.wrapLine(pending.toString(), width).forEach(sink::line);
            pending.setLength(0);
        }
        sink.flush();
    }
}
