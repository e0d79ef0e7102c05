package dev.sreladder.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.springframework.context.ApplicationContext;

import dev.sreladder.shell.terminal.ShellModeRunner;
import dev.sreladder.system.ExitCode;

/**
 * One command run in-process as a user runs it one-shot: words in; the exit code, stdout and
 * stderr out, through the real parser, command and exit-status mapping.
 */
public record CommandRun(ExitCode exitCode, String out, String err) {

    static CommandRun of(ShellModeRunner runner, String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExitCode exitCode = runner.runOnce(List.of(words), new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    public static CommandRun of(ApplicationContext context, String... words) {
        return of(context.getBean(ShellModeRunner.class), words);
    }
}
