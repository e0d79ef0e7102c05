package dev.sreladder.shell.terminal;

import java.io.ByteArrayInputStream;
import java.io.IOError;
import java.io.IOException;
import java.io.InterruptedIOException;
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
 * the {@link Pager} (JLine's, its keys on its last line, or {@code $PAGER}), so a long result such as
 * a folder's evaluation is read from its start rather than scrolled past. A command that was
 * interrupted gets the rest printed at once instead, so its "interrupted: …" line shows without a
 * pager to leave first. A terminal whose height is unknown gets it all as it comes. A progress line
 * (text rewritten in place) shows on the last line, and is erased before the next line of output.
 */
final class ScreenOutput implements WrappingWriter.Sink {

    private final Terminal terminal;
    private final Pager pager;
    private final PrintWriter screen;
    private final int shownAtMost;
    private final List<String> lines = new ArrayList<>();
    private boolean held;
    private boolean partialShown;

    ScreenOutput(Terminal terminal, Pager pager) {
        this.terminal = terminal;
        this.pager = pager;
        this.screen = terminal.writer();
        int height = terminal.getHeight();
        this.shownAtMost = !(pager instanceof Pager.Off) && height > 2
                && !Terminal.TYPE_DUMB.equals(terminal.getType()) ? height - 2 : Integer.MAX_VALUE;
    }

    @Override
    public void line(String line) {
        if (shownAtMost != Integer.MAX_VALUE) {
            lines.add(line);
            held = lines.size() > shownAtMost;
        }
        if (!held) {
            erasePartial();
            screen.println(line);
        }
    }

    @Override
    public void partial(String text) {
        screen.print(text);
        screen.flush();
        partialShown = true;
    }

    @Override
    public void flush() {
        screen.flush();
    }

    /**
     * After the command: the whole result in the pager when part of it was held back, or, when the
     * command was interrupted, the part held back printed as it is.
     */
    void finish(boolean interrupted) {
        erasePartial();
        if (!held) {
            return;
        }
        String text = String.join("\n", lines) + "\n";
        if (interrupted || pager instanceof Pager.Off
                || pager instanceof Pager.External external && !external.show(text, Charset.defaultCharset(),
                        terminal)) {
            printHeld();
        } else if (pager instanceof Pager.Builtin) {
            builtin(text);
        }
        screen.flush();
    }

    private void printHeld() {
        lines.subList(shownAtMost, lines.size()).forEach(screen::println);
    }

    private void builtin(String text) {
        Less less = new Less(terminal, Path.of(""));
        less.noInit = true;
        Thread reading = Thread.currentThread();
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> reading.interrupt());
        try {
            // The source's name is what the pager's last line shows at first: the keys, for whoever is new to it.
            less.run(new Source.InputStreamSource(new ByteArrayInputStream(text.getBytes(Charset.defaultCharset())),
                    true, Pager.BUILTIN_HINT));
        } catch (InterruptedException e) {
            // Ctrl-C in the pager: back to the prompt, as q does.
            Thread.interrupted();
        } catch (IOError e) {
            // Ctrl-C while the pager waits for a key reaches it as JLine's IOError, not as InterruptedException.
            Thread.interrupted();
            if (!(e.getCause() instanceof InterruptedIOException)) {
                printHeld();
            }
        } catch (IOException e) {
            printHeld();
        } finally {
            terminal.handle(Terminal.Signal.INT, before);
            // The pager's own prompt (":") stays on the last line: cleared for the shell's.
            eraseLine();
        }
    }

    /** A progress line goes before anything else is shown on its line. */
    private void erasePartial() {
        if (partialShown) {
            eraseLine();
            partialShown = false;
        }
    }

    private void eraseLine() {
        terminal.puts(InfoCmp.Capability.carriage_return);
        terminal.puts(InfoCmp.Capability.clr_eol);
        screen.flush();
    }
}
