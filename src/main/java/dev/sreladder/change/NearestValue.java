package dev.sreladder.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/**
 * The value closest to the current one that meets a requirement, on the key's own scale: raise
 * to at least what {@code >=} asks, lower to at most what {@code <=} asks, one step past the bound
 * for {@code >} and {@code <} (a whole number on whole scales, a hundredth on the others). The one
 * definition of "the smallest change" that the trial's way-out check and the planner share.
 */
public final class NearestValue {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private NearestValue() {
    }

    /** Empty when no value on the key's scale meets the requirement (a rating of 5, a count below 0). */
    public static OptionalDouble meeting(Requirement requirement, Profile profile) {
        double current = profile.value(requirement.key());
        ProfileKey.Scale scale = profile.ladder().requireKey(requirement.key()).scale();
        double bound = requirement.value().doubleValue();
        double value = switch (requirement.op()) {
            case ">=" -> scale.whole() ? Math.max(current, Math.ceil(bound)) : Math.max(current, bound);
            case ">" -> current > bound ? current : above(bound, scale);
            case "<=" -> scale.whole() ? Math.min(current, Math.floor(bound)) : Math.min(current, bound);
            case "<" -> current < bound ? current : below(bound, scale);
            default -> bound;
        };
        return scale.accepts(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** How many keys differ between two profiles of one ladder: the cost of a change. */
    public static int changedKeys(Profile before, Profile after) {
        int changes = 0;
        for (ProfileKey key : before.ladder().keys()) {
            changes += Double.compare(before.value(key), after.value(key)) != 0 ? 1 : 0;
        }
        return changes;
    }

    private static double above(double bound, ProfileKey.Scale scale) {
        if (scale.whole()) {
            return Math.floor(bound) + 1;
        }
        return BigDecimal.valueOf(bound).setScale(2, RoundingMode.FLOOR).add(HUNDREDTH).doubleValue();
    }

    private static double below(double bound, ProfileKey.Scale scale) {
        if (scale.whole()) {
            return Math.ceil(bound) - 1;
        }
        return BigDecimal.valueOf(bound).setScale(2, RoundingMode.CEILING).subtract(HUNDREDTH).doubleValue();
    }
}
