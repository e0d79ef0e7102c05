package dev.sreladder.profile;

import java.util.List;
import java.util.Set;

/**
 * The {@code expected:} block a sample profile may carry for {@code rules test}. Every part
 * is optional (null when not given); the ones given are checked. Codes are compared as sets.
 */
public record ExpectedOutcome(
        String verdict,
        Integer score,
        Set<String> traps,
        Set<String> gaps,
        Set<String> blockers,
        Set<String> notes) {

    /** Verdict names a sample may expect. */
    public static final List<String> VERDICTS = List.of("READY", "ALMOST", "NOT_YET");
}
