package dev.sreladder.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.AtLeastOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/**
 * The value closest to the current one that meets a requirement, on the key's own scale: raise
 * to at least what {@code >=} asks, lower to at most what {@code <=} asks, one step past the bound
 * for {@code >} and {@code <} (a whole number on whole scales, a hundredth on the others). For
 * "any of" and "at least N of", the alternatives that need the fewest changes.
 */
final class Remedy {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Remedy() {
    }

    /** Empty when no value on the key's scale meets the requirement (a rating of 5, a count below 0). */
    static OptionalDouble valueMeeting(Requirement requirement, Profile profile) {
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

    /**
     * The profile changed as little as it takes to meet the condition: a plain one by its
     * {@link #valueMeeting value}; "any of" by the alternative needing the fewest changes (the first
     * of equals); "at least N of" by the cheapest alternatives, one after another. Empty when no
     * value on the keys' scales meets it.
     */
    static Optional<Profile> meeting(Condition condition, Profile profile) {
        if (condition.isSatisfiedBy(profile)) {
            return Optional.of(profile);
        }
        if (condition instanceof Requirement requirement) {
            OptionalDouble value = valueMeeting(requirement, profile);
            return value.isPresent() ? Optional.of(profile.with(requirement.key(), value.getAsDouble()))
                    : Optional.empty();
        }
        if (condition instanceof AnyOf anyOf) {
            return cheapest(anyOf.alternatives(), profile).stream().findFirst().map(Costed::profile);
        }
        AtLeastOf atLeastOf = (AtLeastOf) condition;
        Profile changed = profile;
        for (int round = 0; round < atLeastOf.alternatives().size() && !atLeastOf.isSatisfiedBy(changed); round++) {
            List<Costed> options = cheapest(atLeastOf.alternatives().stream()
                    .filter(alternative -> !alternative.isSatisfiedBy(profile)).toList(), changed);
            if (options.isEmpty()) {
                return Optional.empty();
            }
            changed = options.get(0).profile();
        }
        return atLeastOf.isSatisfiedBy(changed) ? Optional.of(changed) : Optional.empty();
    }

    /** A way to meet one alternative, and how many keys it changes. */
    private record Costed(Profile profile, int changes) {
    }

    /** The alternatives not yet met that can be, each applied to the profile, fewest changes first. */
    private static List<Costed> cheapest(List<Condition> alternatives, Profile profile) {
        List<Costed> options = new ArrayList<>();
        for (Condition alternative : alternatives) {
            if (alternative.isSatisfiedBy(profile)) {
                continue;
            }
            meeting(alternative, profile).ifPresent(met -> options.add(new Costed(met, changed(profile, met))));
        }
        options.sort(Comparator.comparingInt(Costed::changes));
        return options;
    }

    private static int changed(Profile before, Profile after) {
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
