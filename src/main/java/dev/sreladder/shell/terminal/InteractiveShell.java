package dev.sreladder.shell.terminal;

import java.io.PrintWriter;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.PromptProvider;

import dev.sreladder.shell.render.LineWrapper;
import dev.sreladder.shell.render.OutputWidth;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.system.ExitCode;

/**
 * The interactive shell's read-run loop, in place of Spring Shell's, which ends on Ctrl-C. Here
 * Ctrl-C at the prompt drops the line being typed and gives a fresh prompt; Ctrl-C while a command
 * runs asks it to stop ({@link Interruption}), and a second Ctrl-C before it has stopped leaves the
 * shell as a one-shot run would (an orderly stop, exit 130). {@code exit}, {@code quit} or Ctrl-D
 * leave. Errors name the whole command ("rules test: …").
 */
public final class InteractiveShell {

    private final LineReader reader;
    private final PromptProvider prompt;
    private final StrictCommandParser parser;
    private final CommandExecution execution;
    private final Interruption interruption;
    private final TerminalProgress progress;
    private final TextStyle style;
    private final Pager pager;

    InteractiveShell(LineReader reader, PromptProvider prompt, StrictCommandParser parser, CommandExecution execution,
            Interruption interruption, TerminalProgress progress, TextStyle style, Pager pager) {
        this.reader = reader;
        this.prompt = prompt;
        this.parser = parser;
        this.execution = execution;
        this.interruption = interruption;
        this.progress = progress;
        this.style = style;
        this.pager = pager;
    }

    public void run() {
        Terminal terminal = reader.getTerminal();
        // In force while a command runs; readLine puts its own in place while a line is typed.
        terminal.handle(Terminal.Signal.INT, signal -> interrupted(terminal));
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.getPrompt().toAnsi(terminal));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            String command = line.strip();
            if (command.equalsIgnoreCase("exit") || command.equalsIgnoreCase("quit")) {
                return;
            }
            if (!command.isEmpty()) {
                run(command, terminal);
            }
        }
    }

    private void run(String line, Terminal terminal) {
        PrintWriter screen = terminal.writer();
        ParsedInput input;
        try {
            input = parser.parse(line);
        } catch (RuntimeException e) {
            screen.println(style.red(execution.parseFailure(e)));
            screen.flush();
            return;
        }
        interruption.clear();
        int width = WrappingWriter.wraps(input) ? terminal.getWidth() : 0;
        ScreenOutput output = new ScreenOutput(terminal, pager);
        WrappingWriter writer = new WrappingWriter(width, output);
        InputReader in = new TerminalInputReader(reader);
        progress.inShell(true);
        CommandExecution.Outcome outcome;
        try {
            outcome = OutputWidth.during(width, () -> execution.run(input, new PrintWriter(writer), in));
        } finally {
            progress.inShell(false);
        }
        writer.close();
        output.finish(outcome.code() == ExitCode.INTERRUPTED);
        outcome.failure().ifPresent(failure -> {
            String shown = LineWrapper.wrap(failure, width);
            screen.println(outcome.code() == ExitCode.INTERRUPTED ? style.yellow(shown) : style.red(shown));
        });
        screen.flush();
    }

    /** Ctrl-C while a command runs: asks it to stop; a second one leaves, as Ctrl-C does in a one-shot run. */
    private void interrupted(Terminal terminal) {
        if (interruption.request()) {
            terminal.writer().println();
            terminal.writer().println("interrupted again: leaving sre-ladder");
            terminal.writer().flush();
            System.exit(ExitCode.INTERRUPTED.code());
        }
    }
}
