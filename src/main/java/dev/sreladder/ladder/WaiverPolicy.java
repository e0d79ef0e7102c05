package dev.sreladder.ladder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which expectations a profile may waive ({@code waived: {code: reason}}), as the ladder file's
 * {@code waivable:} says; a ladder that says nothing lets a profile waive what lies above the
 * engineer's own level and nothing of it, since the foundation of the current level is not
 * optional.
 */
public enum WaiverPolicy {
    /** No expectation may be waived. */
    NONE("none"),
    /** Any expectation of a level above the engineer's own; none of their own level's. */
    ABOVE_CURRENT("above-current"),
    /** Any expectation. */
    ANY("any");

    private final String word;

    WaiverPolicy(String word) {
        this.word = word;
    }

    /** As the ladder file writes it: "above-current". */
    public String word() {
        return word;
    }

    public static Optional<WaiverPolicy> of(String word) {
        return Arrays.stream(values()).filter(policy -> policy.word.equals(word.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(WaiverPolicy::word).toList();
    }

    /** Whether an expectation of {@code expectationLevel} may be waived for an engineer at {@code current}. */
    public boolean allows(Level expectationLevel, Level current) {
        return switch (this) {
            case NONE -> false;
            case ABOVE_CURRENT -> expectationLevel.isAbove(current);
            case ANY -> true;
        };
    }

    /** What a profile may waive under this policy, as a sentence's end: "expectations above the current level". */
    public String describe() {
        return switch (this) {
            case NONE -> "no expectation";
            case ABOVE_CURRENT -> "only expectations of the levels above the engineer's own";
            case ANY -> "any expectation";
        };
    }
}
