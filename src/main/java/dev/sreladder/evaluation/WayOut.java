package dev.sreladder.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/**
 * A trap's way out taken with the smallest change, for the rule trial ({@link RuleTrial}): each
 * condition met by the value closest to the current one on the key's own scale; "any of" by the
 * alternative needing the fewest changes; "at least N of" by the cheapest alternatives, one after
 * another. The planner's {@code Remedy} does the same above this package; this is the part the
 * trial needs, kept here because evaluation may not depend on planning.
 */
final class WayOut {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private WayOut() {
    }

    /** The profile with every condition met, or empty when no value on some key's scale meets one. */
    static Optional<Profile> taken(List<Condition> conditions, Profile profile) {
        Profile changed = profile;
        for (Condition condition : conditions) {
            Optional<Profile> met = meeting(condition, changed);
            if (met.isEmpty()) {
                return Optional.empty();
            }
            changed = met.get();
        }
        return Optional.of(changed);
    }

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
            List<Costed> options = cheapest(atLeastOf.alternatives(), changed);
            if (options.isEmpty()) {
                return Optional.empty();
            }
            changed = options.get(0).profile();
        }
        return atLeastOf.isSatisfiedBy(changed) ? Optional.of(changed) : Optional.empty();
    }

    /** The value closest to the current one that meets the requirement; empty when the scale has none. */
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

    private record Costed(Profile profile, int changes) {
    }

    private static List<Costed> cheapest(List<Condition> alternatives, Profile profile) {
        List<Costed> options = new ArrayList<>();
        for (Condition alternative : alternatives) {
            if (!alternative.isSatisfiedBy(profile)) {
                meeting(alternative, profile).ifPresent(met -> options.add(new Costed(met, changed(profile, met))));
            }
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
