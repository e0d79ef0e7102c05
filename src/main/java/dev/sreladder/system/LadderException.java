package dev.sreladder.system;

import java.util.List;

/**
 * The one exception type for outcomes a user must see: its message is the one line printed,
 * and its exit code is what a one-shot run exits with. No stack trace is shown for it.
 */
public class LadderException extends RuntimeException {

    private final ExitCode exitCode;

    public LadderException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public LadderException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad input: a profile, a rule file or the command line; the message names the fix. */
    public static LadderException badInput(String message) {
        return new LadderException(ExitCode.BAD_INPUT, message);
    }

    /** A profile problem, as "problem at file:line — fix". */
    public static LadderException badInput(Object file, int line, String problem, String fix) {
        return new LadderException(ExitCode.BAD_INPUT, problem + " at " + file + ":" + line + " — " + fix);
    }

    /**
     * Bad input for a run over many profiles of which some failed: each problem on its own line, the
     * further lines of a problem (a profile with several mistakes) indented below it, then "N of M
     * profiles {@code what}", M counting the {@code others} that went through.
     */
    public static LadderException someProfiles(List<String> problems, int others, String what) {
        return badInput(String.join("\n", problems.stream().map(problem -> problem.strip().replace("\n", "\n    "))
                .toList()) + "\n" + problems.size() + " of " + (problems.size() + others) + " profiles " + what);
    }

    public static LadderException internal(String message, Throwable cause) {
        return new LadderException(ExitCode.INTERNAL_ERROR, message, cause);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
