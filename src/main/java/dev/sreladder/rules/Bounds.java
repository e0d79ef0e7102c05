package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import dev.sreladder.change.NearestValue;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/** A condition's bar and the value just short of (past) it, where a rule's outcome turns, for the rule trial. */
final class Bounds {

    private Bounds() {
    }

    /** Each plain condition of each expectation at its bar and just short of it, on {@code base}. */
    static List<Profile> around(Profile base, List<Expectation> expectations, Ladder ladder) {
        List<Profile> bounds = new ArrayList<>();
        for (Expectation expectation : expectations) {
            for (Condition condition : expectation.requirements()) {
                for (Requirement requirement : condition.requirements()) {
                    atAndPast(base, requirement, ladder).forEach(bounds::add);
                }
            }
        }
        return bounds;
    }

    /**
     * {@code base} with the requirement's key at the nearest value that meets it, coming from the other
     * side, and at the nearest value that does not: its bar and just short of (past) it.
     */
    static List<Profile> atAndPast(Profile base, Requirement requirement, Ladder ladder) {
        ProfileKey key = ladder.requireKey(requirement.key());
        boolean fromBelow = requirement.op().startsWith(">") || requirement.op().equals("==");
        Profile far = base.with(key.name(), fromBelow ? key.scale().min() : key.full());
        OptionalDouble at = NearestValue.meeting(requirement, far);
        if (at.isEmpty()) {
            return List.of();
        }
        Profile atBar = base.with(key.name(), at.getAsDouble());
        OptionalDouble past = NearestValue.meeting(new Requirement(requirement.key(), negated(requirement.op()),
                requirement.value()), atBar);
        return past.isPresent() ? List.of(atBar, base.with(key.name(), past.getAsDouble())) : List.of(atBar);
    }

    /** The operator that holds just where the given one stops holding ("==" goes just above). */
    private static String negated(String op) {
        return switch (op) {
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            case "<" -> ">=";
            default -> ">";
        };
    }
}
