package dev.sreladder.system;

/**
 * Exit codes of a one-shot run, as the product contract defines them; INTERRUPTED (128 + SIGINT) is
 * what a command stopped by Ctrl-C ends with.
 */
public enum ExitCode {
    OK(0), BAD_INPUT(1), INTERNAL_ERROR(2), INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitCode of(int code) {
        for (ExitCode exitCode : values()) {
            if (exitCode.code == code) {
                return exitCode;
            }
        }
        return INTERNAL_ERROR;
    }
}
