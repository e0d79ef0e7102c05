package dev.sreladder;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

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

    /**
     * The limit's problem as the one line main prints before Spring starts (exit 1), or null: a
     * bean that fails at start would come out as an internal error with Spring's stack trace.
     */
    static String problemIn(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        try {
            parse(environment.getProperty(RuleBounds.PROPERTY, ""));
            return null;
        } catch (LadderException e) {
            return e.getMessage();
        }
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
