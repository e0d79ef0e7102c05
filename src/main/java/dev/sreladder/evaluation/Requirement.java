package dev.sreladder.evaluation;

import java.util.Objects;

import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileKeys;

/**
 * One machine-readable condition on a profile key, such as {@code gameDays >= 1}. Rules declare
 * them; the planner applies them; nothing outside {@code rules/} knows their numbers.
 */
public record Requirement(String key, String op, Number value) {

    public Requirement {
        ProfileKeys.require(key);
        Objects.requireNonNull(op, "op");
        if (!(">=".equals(op) || "<=".equals(op) || ">".equals(op) || "<".equals(op) || "==".equals(op))) {
            throw new IllegalArgumentException("unknown operator '" + op + "' in a requirement on " + key);
        }
        value = normalize(value);
    }

    public static Requirement atLeast(String key, Number value) {
        return new Requirement(key, ">=", value);
    }

    public static Requirement atMost(String key, Number value) {
        return new Requirement(key, "<=", value);
    }

    public boolean isSatisfiedBy(Profile profile) {
        double actual = profile.value(key);
        double wanted = value.doubleValue();
        return switch (op) {
            case ">=" -> actual >= wanted;
            case "<=" -> actual <= wanted;
            case ">" -> actual > wanted;
            case "<" -> actual < wanted;
            default -> actual == wanted;
        };
    }

    /** "gameDays is 0, needs ≥ 1". */
    public String describe(Profile profile) {
        return key + " is " + format(profile.value(key)) + ", needs " + symbol() + " " + format(value.doubleValue());
    }

    /** "gameDays ≥ 1". */
    public String condition() {
        return key + " " + symbol() + " " + format(value.doubleValue());
    }

    private String symbol() {
        return switch (op) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> op;
        };
    }

    /** Whole numbers print without a decimal point: 3, not 3.0. */
    public static String format(double number) {
        return ProfileKeys.format(number);
    }

    private static Number normalize(Number number) {
        return ProfileKeys.number(Objects.requireNonNull(number, "value").doubleValue());
    }
}
