package dev.sreladder.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sreladder.profile.Numbers;
import dev.sreladder.profile.Profile;

/**
 * One machine-readable condition on a profile key, such as {@code gameDays >= 1}. Rules declare
 * them; the planner applies them; nothing outside {@code rules/} knows their numbers. The key is
 * checked against the ladder by the rule checks (rules/{@code RuleLint}), not here: a condition read
 * back from a stored evaluation keeps the key it was recorded with.
 */
public record Requirement(String key, String op, Number value) implements Condition {

    public Requirement {
        Objects.requireNonNull(key, "key");
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

    @Override
    public boolean isSatisfiedBy(Profile profile) {
        double actual = profile.value(key);
        double wanted = value.doubleValue();
        // By the operator's characters, not a switch on the string: this runs for every condition of
        // every evaluation, and the constructor has already refused any other operator.
        char first = op.charAt(0);
        boolean orEqual = op.length() == 2;
        if (first == '>') {
            return orEqual ? actual >= wanted : actual > wanted;
        }
        if (first == '<') {
            return orEqual ? actual <= wanted : actual < wanted;
        }
        return actual == wanted;
    }

    @Override
    public Optional<Condition> unmetPart(Profile profile) {
        return isSatisfiedBy(profile) ? Optional.empty() : Optional.of(this);
    }

    @Override
    public List<String> keys() {
        return List.of(key);
    }

    @Override
    public List<Requirement> requirements() {
        return List.of(this);
    }

    /** "gameDays is 0, needs ≥ 1". */
    @Override
    public String describe(Profile profile) {
        return key + " is " + format(profile.value(key)) + ", needs " + symbol() + " " + format(value.doubleValue());
    }

    /** "gameDays ≥ 1 (is 0)". */
    @Override
    public String withValues(Profile profile) {
        return condition() + " (is " + format(profile.value(key)) + ")";
    }

    /** "gameDays ≥ 1". */
    @Override
    public String condition() {
        return key + " " + symbol() + " " + format(value.doubleValue());
    }

    private String symbol() {
        return ">=".equals(op) ? "≥" : "<=".equals(op) ? "≤" : op;
    }

    /** Whole numbers print without a decimal point: 3, not 3.0. */
    public static String format(double number) {
        return Numbers.format(number);
    }

    private static Number normalize(Number number) {
        return Numbers.number(Objects.requireNonNull(number, "value").doubleValue());
    }
}
