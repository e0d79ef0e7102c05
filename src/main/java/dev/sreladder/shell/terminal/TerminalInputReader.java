package dev.sreladder.shell.terminal;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.shell.jline.JLineInputReader;

/**
 * A command's input in the interactive shell: JLine's line reader, and the terminal it reads, for a
 * command that asks its questions there ({@code profile new}).
 */
public final class TerminalInputReader extends JLineInputReader {

    private final Terminal terminal;

    TerminalInputReader(LineReader reader) {
        super(reader);
        this.terminal = reader.getTerminal();
    }

    public Terminal terminal() {
        return terminal;
    }
}
