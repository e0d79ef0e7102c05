package dev.sreladder.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.sreladder.profile.Profile;

/**
 * What an expectation or a trap's way out asks of a profile: a plain condition on one key
 * ({@link Requirement}), "any of" a list ({@link AnyOf}), or "at least N of" a list
 * ({@link AtLeastOf}), nestable. Rules build them with {@link RuleApi}; nothing outside
 * {@code rules/} knows their numbers.
 */
public sealed interface Condition permits Requirement, AnyOf, AtLeastOf {

    boolean isSatisfiedBy(Profile profile);

    /**
     * What is still unmet, or empty when the condition holds: a plain condition itself; an "any of"
     * with each alternative reduced to its own unmet part; an "at least N of" asking for as many
     * more as are missing, of the alternatives that do not hold yet (one alone when one more of a
     * single one is missing, "any of" them when one more is missing).
     */
    Optional<Condition> unmetPart(Profile profile);

    /**
     * The condition against a profile's values, as a finding's message says it: "gameDays is 0,
     * needs ≥ 1", "needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 3), designDocs ≥ 2 (is 0)".
     */
    String describe(Profile profile);

    /**
     * The condition with the profile's value after each key, as an alternative is shown inside a
     * message: "gameDays ≥ 1 (is 0)", "any of (mentees ≥ 1 (is 0), mentoring ≥ 3 (is 1))".
     */
    String withValues(Profile profile);

    /** The condition alone: "gameDays ≥ 1", "any of (gameDays ≥ 1, designDocs ≥ 2)", "at least 2 of (…)". */
    String condition();

    /** Every profile key it reads, in order, with repeats. */
    List<String> keys();

    /** The plain conditions in it, in order: every key and value a rule names. */
    List<Requirement> requirements();

    /** "a, b, c" of each alternative as {@code shown} shows it. */
    static String listed(List<Condition> alternatives, Function<Condition, String> shown) {
        StringBuilder text = new StringBuilder();
        for (Condition alternative : alternatives) {
            text.append(text.length() == 0 ? "" : ", ").append(shown.apply(alternative));
        }
        return text.toString();
    }
}
