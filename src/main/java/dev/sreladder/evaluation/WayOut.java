package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sreladder.profile.Profile;

/**
 * A trap's way out taken with the smallest change, for the rule trial ({@link RuleTrial}): each
 * condition met by the value closest to the current one on the key's own scale; "any of" by the
 * alternative needing the fewest changes; "at least N of" by the cheapest alternatives, one after
 * another. Values come from {@link NearestValue}, as the planner's do; the planner's choice among
 * alternatives is finer (it weighs combinations), while a trial needs only one way out that works.
 */
public final class WayOut {

    private WayOut() {
    }

    /** The profile with every condition met, or empty when no value on some key's scale meets one. */
    public static Optional<Profile> taken(List<Condition> conditions, Profile profile) {
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
        return NearestValue.meeting(requirement, profile);
    }

    private record Costed(Profile profile, int changes) {
    }

    private static List<Costed> cheapest(List<Condition> alternatives, Profile profile) {
        List<Costed> options = new ArrayList<>();
        for (Condition alternative : alternatives) {
            if (!alternative.isSatisfiedBy(profile)) {
                meeting(alternative, profile).ifPresent(met -> options.add(new Costed(met,
                        NearestValue.changedKeys(profile, met))));
            }
        }
        options.sort(Comparator.comparingInt(Costed::changes));
        return options;
    }



}
