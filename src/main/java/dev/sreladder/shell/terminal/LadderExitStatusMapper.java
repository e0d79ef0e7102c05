package dev.sreladder.shell.terminal;

import java.lang.reflect.InvocationTargetException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.stereotype.Component;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/**
 * The one place where an exception from a command becomes an exit status: a
 * {@link LadderException} keeps its code and message (bad input, exit 1, is only ever a
 * LadderException whose message names the fix); anything else, an IllegalArgumentException
 * included, is an internal error (exit 2) whose stack trace goes to the debug log, not to the user.
 * Commands name no mapper of their own: what one throws reaches {@link CommandExecution}, which maps it here.
 */
@Component
public class LadderExitStatusMapper implements ExitStatusExceptionMapper {

    private static final Log log = LogFactory.getLog(LadderExitStatusMapper.class);
    /** Stack traces stay out of the user's way: they are logged at debug level only. */
    private static final String DETAILS = " (details: run again with LADDER_LOG_LEVEL=debug set)";

    @Override
    public ExitStatus apply(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof LadderException ladder) {
            if (ladder.exitCode() == ExitCode.INTERNAL_ERROR) {
                log.debug(ladder.getMessage(), ladder);
                return new ExitStatus(ladder.exitCode().code(), Text.visibleLines(ladder.getMessage()) + DETAILS);
            }
            // A message may name a file whose name holds control characters: shown escaped.
            return new ExitStatus(ladder.exitCode().code(), Text.visibleLines(ladder.getMessage()));
        }
        log.debug("internal error", cause);
        return new ExitStatus(ExitCode.INTERNAL_ERROR.code(), "internal error: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + Text.visible(cause.getMessage())) + DETAILS);
    }

    /** Finds the exception that says what went wrong, under reflection and shell wrappers. */
    static Throwable unwrap(Throwable exception) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (current instanceof LadderException) {
                return current;
            }
        }
        Throwable current = exception;
        while (current.getCause() != null && (current instanceof InvocationTargetException
                || current.getClass().getName().startsWith("org.springframework.shell"))) {
            current = current.getCause();
        }
        return current;
    }
}
