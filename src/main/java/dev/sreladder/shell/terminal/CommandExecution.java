package dev.sreladder.shell.terminal;

import java.io.PrintWriter;
import java.util.Optional;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

import dev.sreladder.system.ExitCode;

/**
 * Runs one parsed command, the same way in the interactive shell and one-shot, and words a failure
 * as "COMMAND: reason" with the whole command name ("rules test: …").
 */
final class CommandExecution {

    private final CommandRegistry registry;
    private final LadderExitStatusMapper exitStatusMapper;

    CommandExecution(CommandRegistry registry, LadderExitStatusMapper exitStatusMapper) {
        this.registry = registry;
        this.exitStatusMapper = exitStatusMapper;
    }

    /** How a command went: its exit code and, unless it succeeded, the reason as the user reads it. */
    record Outcome(ExitCode code, Optional<String> failure) {
    }

    Outcome run(ParsedInput input, PrintWriter out, InputReader in) {
        ExitStatus status;
        try {
            status = new CommandExecutor(registry).execute(new CommandContext(input, registry, out, in));
        } catch (RuntimeException e) {
            // What the command threw (the shell wraps it in a CommandExecutionException), or a bug: mapped in
            // one place.
            status = exitStatusMapper.apply(e);
        }
        out.flush();
        if (status.code() == 0) {
            return new Outcome(ExitCode.OK, Optional.empty());
        }
        return new Outcome(ExitCode.of(status.code()), Optional.of(name(input) + ": " + status.description()));
    }

    /** The whole command name: "rules test", not "rules". */
    static String name(ParsedInput input) {
        return input.subCommands().isEmpty() ? input.commandName()
                : input.commandName() + " " + String.join(" ", input.subCommands());
    }

    /** A parse error (unknown command or option), worded by the parser; it names the command itself. */
    String parseFailure(RuntimeException error) {
        return exitStatusMapper.apply(error).description();
    }

    ExitCode parseExitCode(RuntimeException error) {
        return ExitCode.of(exitStatusMapper.apply(error).code());
    }
}
