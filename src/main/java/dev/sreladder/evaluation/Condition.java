package dev.sreladder.evaluation;

import java.util.List;
import java.util.Optional;

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
     * more as are missing, of the alternatives that do not hold yet.
     */
    Optional<Condition> unmetPart(Profile profile);

    /** The condition against a profile's values: "gameDays is 0, needs ≥ 1", "needs 2 of: …". */
    String describe(Profile profile);

    /** The condition alone: "gameDays ≥ 1", "any of (gameDays ≥ 1, chaosExperiments ≥ 3)". */
    String condition();

    /** Every profile key it reads, in order, with repeats. */
    List<String> keys();

    /** The plain conditions in it, in order: every key and value a rule names. */
    List<Requirement> requirements();

    /** "needs any of: gameDays ≥ 1 (is 0), chaosExperiments ≥ 3 (is 3)", the alternatives with their values. */
    static String alternatives(List<Condition> alternatives, Profile profile) {
        StringBuilder text = new StringBuilder();
        for (Condition alternative : alternatives) {
            text.append(text.length() == 0 ? "" : ", ");
            if (alternative instanceof Requirement requirement) {
                text.append(requirement.condition()).append(" (is ")
                        .append(Requirement.format(profile.value(requirement.key()))).append(')');
            } else {
                text.append('(').append(alternative.describe(profile)).append(')');
            }
        }
        return text.toString();
    }

    /** "a, b, c" of each alternative's {@link #condition()}, nested ones in brackets. */
    static String listed(List<Condition> alternatives) {
        StringBuilder text = new StringBuilder();
        for (Condition alternative : alternatives) {
            text.append(text.length() == 0 ? "" : ", ");
            text.append(alternative instanceof Requirement ? alternative.condition()
                    : "(" + alternative.condition() + ")");
        }
        return text.toString();
    }
}
