package dev.sreladder.shell;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

import dev.sreladder.system.ExitCode;

/**
 * Runs the interactive shell when no command is given, else runs the one command and records
 * its exit code: 0 success, 1 bad input, 2 internal error. Command output goes to stdout, the
 * reason for a failure to stderr as plain lines.
 */
@Component
class ShellModeRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<ShellRunner> interactiveRunner;
    private final StrictCommandParser parser;
    private final CommandRegistry registry;
    private final LadderExitStatusMapper exitStatusMapper;
    private int exitCode;

    ShellModeRunner(ObjectProvider<ShellRunner> interactiveRunner, StrictCommandParser parser,
            CommandRegistry registry, LadderExitStatusMapper exitStatusMapper) {
        this.interactiveRunner = interactiveRunner;
        this.parser = parser;
        this.registry = registry;
        this.exitStatusMapper = exitStatusMapper;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        List<String> words = CommandLine.commandWords(arguments.getSourceArgs());
        if (words.isEmpty()) {
            ShellRunner shell = interactiveRunner.getIfAvailable();
            if (shell != null) {
                shell.run(new String[0]);
            }
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        exitCode = runOnce(words, out, err).code();
    }

    /** Runs one command given as words; prints its output to {@code out} and any failure to {@code err}. */
    ExitCode runOnce(List<String> words, PrintWriter out, PrintWriter err) {
        List<String> command = new ArrayList<>(words);
        if (command.get(0).equals("--help") || command.get(0).equals("-h")) {
            command.set(0, "help");
        }
        ExitStatus status;
        try {
            ParsedInput input = parser.parse(command);
            status = new CommandExecutor(registry).execute(new CommandContext(input, registry, out, NO_INPUT));
        } catch (RuntimeException e) {
            // The parser's LadderException, the command's CommandExecutionException, or a bug: mapped in one place.
            status = exitStatusMapper.apply(e);
        }
        out.flush();
        ExitCode code = status.code() == 0 ? ExitCode.OK : ExitCode.of(status.code());
        if (code != ExitCode.OK) {
            err.println(status.description());
            err.flush();
        }
        return code;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** One-shot commands never prompt; a command that would is answered with nothing. */
    private static final InputReader NO_INPUT = new InputReader() {
    };
}
