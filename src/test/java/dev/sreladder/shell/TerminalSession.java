package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;

import dev.sreladder.shell.terminal.ShellModeRunner;

/**
 * The interactive shell on a terminal of its own, in-process: keys typed into it (Ctrl-C is
 * the byte 3, which the terminal's line discipline turns into SIGINT, as a real one does) and
 * the screen's text read back without colour codes.
 */
final class TerminalSession implements AutoCloseable {

    private static final Pattern ESCAPES = Pattern.compile("\u001B(\\[[0-9;?]*[A-Za-z]|[=>])");

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final ExternalTerminal terminal;
    private final Thread shell;

    TerminalSession(ShellModeRunner runner, int columns, int rows) throws IOException {
        terminal = new ExternalTerminal("test", "xterm-256color", new PipedInputStream(keys, 1 << 16),
                new SynchronizedOutput(screen), StandardCharsets.UTF_8);
        terminal.setSize(new Size(columns, rows));
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        // No PAGER from whoever runs the tests: JLine's own pager, whatever theirs is.
        shell = new Thread(() -> runner.interactive(reader, Map.of()).run(), "test-shell");
        shell.setDaemon(true);
        shell.start();
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** The screen's text so far, colour and cursor codes left out. */
    String screen() {
        synchronized (screen) {
            return ESCAPES.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("");
        }
    }

    /** Waits until the screen holds {@code text} {@code times} times. */
    String awaitCount(String text, int times) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String now = screen();
            if (now.split(Pattern.quote(text), -1).length - 1 >= times) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + times + " × '" + text + "' on the screen:\n" + screen());
    }

    String await(String text) throws InterruptedException {
        return awaitCount(text, 1);
    }

    boolean running() {
        return shell.isAlive();
    }

    void awaitEnd() throws InterruptedException {
        shell.join(Duration.ofSeconds(30).toMillis());
        assertThat(shell.isAlive()).as("the shell has ended").isFalse();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }

    /** The terminal writes from its own threads; the test reads from another. */
    private static final class SynchronizedOutput extends java.io.OutputStream {
        private final ByteArrayOutputStream target;

        SynchronizedOutput(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            synchronized (target) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (target) {
                target.write(bytes, offset, length);
            }
        }
    }
}
