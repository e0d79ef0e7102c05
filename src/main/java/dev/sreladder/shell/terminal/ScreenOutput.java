package dev.sreladder.shell.terminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * A command's output in the interactive shell, already wrapped: shown as it comes until it fills
 * the screen, then held, and when the command ends, if it went on past the screen, shown whole in
 * JLine's pager (space and b page, / searches, q goes back to the prompt), so a long result such as
 * a folder's evaluation is read from its start rather than scrolled past. A terminal whose height
 * is unknown gets it all as it comes.
 */
final class ScreenOutput implements WrappingWriter.Sink {

    private final Terminal terminal;
    private final PrintWriter screen;
    private final int shownAtMost;
    private final List<String> lines = new ArrayList<>();
    private boolean held;

    /** {@code pager}: whether a long result opens the pager (off with {@code ladder.pager=false}). */
    ScreenOutput(Terminal terminal, boolean pager) {
        this.terminal = terminal;
        this.screen = terminal.writer();
        int height = terminal.getHeight();
        this.shownAtMost = pager && height > 2 && !Terminal.TYPE_DUMB.equals(terminal.getType())
                ? height - 2 : Integer.MAX_VALUE;
    }

    @Override
    public void line(String line) {
        if (shownAtMost == Integer.MAX_VALUE) {
            screen.println(line);
            return;
        }
        lines.add(line);
        if (lines.size() <= shownAtMost) {
            screen.println(line);
        } else {
            held = true;
        }
    }

    @Override
    public void partial(String text) {
        screen.print(text);
        screen.flush();
    }

    @Override
    public void flush() {
        screen.flush();
    }

    /** After the command: the whole result in the pager when part of it was held back. */
    void finish() {
        if (!held) {
            return;
        }
        Charset charset = Charset.defaultCharset();
        Less less = new Less(terminal, Path.of(""));
        less.noInit = true;
        Thread pager = Thread.currentThread();
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> pager.interrupt());
        try {
            less.run(new Source.InputStreamSource(new ByteArrayInputStream(String.join("\n", lines).getBytes(charset)),
                    true, "output"));
        } catch (InterruptedException e) {
            // Ctrl-C in the pager: back to the prompt, as q does.
            Thread.interrupted();
        } catch (IOException e) {
            lines.subList(shownAtMost, lines.size()).forEach(screen::println);
        } finally {
            terminal.handle(Terminal.Signal.INT, before);
            // The pager's own prompt (":") stays on the last line: cleared for the shell's.
            terminal.puts(InfoCmp.Capability.carriage_return);
            terminal.puts(InfoCmp.Capability.clr_eol);
            screen.flush();
        }
    }
}
