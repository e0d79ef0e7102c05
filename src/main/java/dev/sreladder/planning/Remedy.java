package dev.sreladder.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

import dev.sreladder.evaluation.Requirement;
import dev.sreladder.profile.ProfileKey;
import dev.sreladder.profile.ProfileKeys;

/**
 * The value closest to the current one that meets a requirement, on the key's own scale: raise
 * to at least what {@code >=} asks, lower to at most what {@code <=} asks, one step past the bound
 * for {@code >} and {@code <} (a whole number on whole scales, a hundredth on the others).
 */
final class Remedy {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Remedy() {
    }

    /** Empty when no value on the key's scale meets the requirement (a rating of 5, a count below 0). */
    static OptionalDouble valueMeeting(Requirement requirement, double current) {
        ProfileKey.Scale scale = ProfileKeys.require(requirement.key()).scale();
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
