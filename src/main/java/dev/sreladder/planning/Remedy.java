package dev.sreladder.planning;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.AtLeastOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.NearestValue;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.profile.Profile;

/**
 * The value closest to the current one that meets a requirement, on the key's own scale: raise
 * to at least what {@code >=} asks, lower to at most what {@code <=} asks, one step past the bound
 * for {@code >} and {@code <} (a whole number on whole scales, a hundredth on the others). For
 * "any of" and "at least N of", the alternatives that need the fewest changes.
 */
final class Remedy {

    /** Beyond this many ways to choose the alternatives, the cheapest is taken one at a time instead. */
    private static final int MAX_COMBINATIONS = 5000;

    private Remedy() {
    }

    /** Empty when no value on the key's scale meets the requirement (a rating of 5, a count below 0). */
    static OptionalDouble valueMeeting(Requirement requirement, Profile profile) {
        return NearestValue.meeting(requirement, profile);
    }

    /**
     * The profile changed as little as it takes to meet the condition: a plain one by its
     * {@link #valueMeeting value}; "any of" by the alternative needing the fewest changed keys, and
     * "at least N of" by the alternatives that together need the fewest (an alternative met on the
     * way by another's change counts), the first written of equals. Empty when no value on the keys'
     * scales meets it.
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
        List<Condition> alternatives = condition instanceof AnyOf anyOf ? anyOf.alternatives()
                : ((AtLeastOf) condition).alternatives();
        List<Condition> open = alternatives.stream().filter(alternative -> !alternative.isSatisfiedBy(profile))
                .toList();
        int missing = condition instanceof AtLeastOf atLeastOf
                ? atLeastOf.count() - (alternatives.size() - open.size()) : 1;
        if (combinations(open.size(), missing) > MAX_COMBINATIONS) {
            return oneByOne(condition, open, profile);
        }
        Costed best = fewest(condition, open, missing, 0, profile, profile, null);
        return Optional.ofNullable(best).map(Costed::profile);
    }

    /** A way to meet a condition, and how many keys it changes. */
    private record Costed(Profile profile, int changes) {
    }

    /**
     * The cheapest way to meet {@code condition} by meeting {@code missing} more of {@code open}
     * (from {@code from} on), each choice applied to {@code changed}; {@code best} so far, or null.
     */
    private static Costed fewest(Condition condition, List<Condition> open, int missing, int from,
            Profile original, Profile changed, Costed best) {
        if (missing == 0 || condition.isSatisfiedBy(changed)) {
            if (!condition.isSatisfiedBy(changed)) {
                return best;
            }
            int changes = NearestValue.changedKeys(original, changed);
            return best == null || changes < best.changes() ? new Costed(changed, changes) : best;
        }
        Costed cheapest = best;
        for (int i = from; i <= open.size() - missing; i++) {
            Optional<Profile> met = meeting(open.get(i), changed);
            if (met.isPresent()) {
                cheapest = fewest(condition, open, missing - 1, i + 1, original, met.get(), cheapest);
            }
        }
        return cheapest;
    }

    /** The cheapest open alternative, then the cheapest of the rest, until the condition holds. */
    private static Optional<Profile> oneByOne(Condition condition, List<Condition> open, Profile profile) {
        Profile changed = profile;
        for (int round = 0; round < open.size() && !condition.isSatisfiedBy(changed); round++) {
            Costed cheapest = null;
            for (Condition alternative : open) {
                if (alternative.isSatisfiedBy(changed)) {
                    continue;
                }
                Optional<Profile> met = meeting(alternative, changed);
                if (met.isPresent() && (cheapest == null || NearestValue.changedKeys(changed,
                        met.get()) < cheapest.changes())) {
                    cheapest = new Costed(met.get(), NearestValue.changedKeys(changed, met.get()));
                }
            }
            if (cheapest == null) {
                return Optional.empty();
            }
            changed = cheapest.profile();
        }
        return condition.isSatisfiedBy(changed) ? Optional.of(changed) : Optional.empty();
    }

    private static long combinations(int n, int k) {
        long count = 1;
        for (int i = 1; i <= k && count <= MAX_COMBINATIONS; i++) {
            count = count * (n - k + i) / i;
        }
        return count;
    }



}
