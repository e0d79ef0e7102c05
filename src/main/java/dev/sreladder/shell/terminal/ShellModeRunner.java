package dev.sreladder.shell.terminal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import dev.sreladder.shell.render.OutputWidth;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.system.ExitCode;

/**
 * Runs the interactive shell when no command is given, else runs the one command and records
 * its exit code: 0 success, 1 bad input, 2 internal error. Command output goes to stdout (wrapped
 * to the terminal when stdout is one), the reason for a failure to stderr as plain lines, the
 * first naming the command ("rules test: …").
 */
@Component
public class ShellModeRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<PromptProvider> prompt;
    private final StrictCommandParser parser;
    private final CommandExecution execution;
    private final Interruption interruption;
    private final TerminalProgress progress;
    private final TextStyle style;
    private final boolean pager;
    private final boolean interactive;
    private int exitCode;

    ShellModeRunner(ObjectProvider<LineReader> lineReader, ObjectProvider<PromptProvider> prompt,
            StrictCommandParser parser, CommandRegistry registry, LadderExitStatusMapper exitStatusMapper,
            Interruption interruption, TerminalProgress progress, TextStyle style,
            @Value("${ladder.pager:true}") boolean pager,
            @Value("${spring.shell.interactive.enabled:true}") boolean interactive) {
        this.lineReader = lineReader;
        this.prompt = prompt;
        this.parser = parser;
        this.execution = new CommandExecution(registry, exitStatusMapper);
        this.interruption = interruption;
        this.progress = progress;
        this.style = style;
        this.pager = pager;
        this.interactive = interactive;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        List<String> words = CommandLine.commandWords(arguments.getSourceArgs());
        if (words.isEmpty()) {
            // Tests start the application non-interactive and without arguments: no shell then.
            LineReader reader = interactive ? lineReader.getIfAvailable() : null;
            if (reader != null) {
                interactive(reader).run();
            }
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        exitCode = runOnce(words, out, err, StdoutWidth.columns()).code();
    }

    /** The shell on this line reader. */
    public InteractiveShell interactive(LineReader reader) {
        return interactive(reader, System.getenv());
    }

    /** The shell on this line reader, its pager chosen by {@code environment}; tests give them their own. */
    public InteractiveShell interactive(LineReader reader, Map<String, String> environment) {
        return new InteractiveShell(reader, prompt.getObject(), parser, execution, interruption, progress, style,
                Pager.chosen(pager, environment));
    }

    /** Runs one command given as words; prints its output to {@code out} and any failure to {@code err}. */
    public ExitCode runOnce(List<String> words, PrintWriter out, PrintWriter err) {
        return runOnce(words, out, err, 0);
    }

    /** As {@link #runOnce(List, PrintWriter, PrintWriter)}, text wrapped to {@code width} columns (0: none). */
    public ExitCode runOnce(List<String> words, PrintWriter out, PrintWriter err, int width) {
        List<String> command = new ArrayList<>(words);
        if (command.get(0).equals("--help") || command.get(0).equals("-h")) {
            command.set(0, "help");
        } else if (command.get(0).equals("--version")) {
            command.set(0, "version");
        }
        ParsedInput input;
        try {
            input = parser.parse(command);
        } catch (RuntimeException e) {
            return fail(execution.parseExitCode(e), execution.parseFailure(e), err);
        }
        int wrapTo = WrappingWriter.widthFor(input, width);
        WrappingWriter wrapping = new WrappingWriter(wrapTo, lines(out));
        PrintWriter commandOut = wrapTo > 0 ? new PrintWriter(wrapping) : out;
        CommandExecution.Outcome outcome = OutputWidth.during(wrapTo, () -> execution.run(input, commandOut, NO_INPUT));
        if (wrapTo > 0) {
            wrapping.close();
        }
        out.flush();
        progress.erase();
        return outcome.failure().map(failure -> fail(outcome.code(), failure, err)).orElse(ExitCode.OK);
    }

    /** Stderr is never wrapped: its lines (path:line: reason) are for scripts as much as for people. */
    private static ExitCode fail(ExitCode code, String failure, PrintWriter err) {
        err.println(failure);
        err.flush();
        return code;
    }

    private static WrappingWriter.Sink lines(PrintWriter out) {
        return new WrappingWriter.Sink() {
            @Override
            public void line(String line) {
                out.println(line);
            }

            @Override
            public void partial(String text) {
                out.print(text);
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** One-shot commands never prompt; a command that would is answered with nothing. */
    private static final InputReader NO_INPUT = new InputReader() {
    };
}
