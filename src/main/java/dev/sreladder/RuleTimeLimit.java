package dev.sreladder;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.system.LadderException;

/**
 * {@code ladder.rule-time-limit}: how long one rule session may run before it is stopped
 * ({@link RuleBounds}), written as Spring Boot writes durations ({@code 10s}, {@code 500ms},
 * {@code PT2M}); a value that is not one is one line naming the option, exit 1.
 */
final class RuleTimeLimit {

    private RuleTimeLimit() {
    }

    /** Applies the limit; blank keeps the default. */
    static void apply(String value) {
        RuleBounds.limit(parse(value));
    }

    static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return RuleBounds.DEFAULT_LIMIT;
        }
        try {
            Duration limit = DurationStyle.detectAndParse(value.strip());
            if (!limit.isNegative() && !limit.isZero()) {
                return limit;
            }
        } catch (IllegalArgumentException e) {
            // Said below, with the fix.
        }
        throw LadderException.badInput("--" + RuleBounds.PROPERTY + " must be a positive duration such as 10s or"
                + " 500ms");
    }
}
