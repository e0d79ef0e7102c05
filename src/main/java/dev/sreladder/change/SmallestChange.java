package dev.sreladder.change;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.AtLeastOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.profile.Profile;

/**
 * A profile changed as little as it takes to meet conditions: the one chooser among alternatives
 * that the planner and the rule trial share. A plain requirement is met by the value closest to the
 * current one on the key's scale ({@link NearestValue}); "any of" and "at least N of" by the
 * alternatives needing the fewest changed keys, the first written of equals, in one of two ways:
 * {@link Choosing#FEWEST_OVERALL} weighs every combination (an alternative met on the way by another's
 * change counts), as a plan's steps must; {@link Choosing#CHEAPEST_FIRST} takes the cheapest alternative,
 * then the cheapest of the rest, which is all a trial needs to show one way out that works. The two
 * part for "at least N of" when one change meets several alternatives at once (designDocs to 2 for
 * both "designDocs >= 1" and "designDocs >= 2"), or a cheap first pick leaves dearer ones to follow.
 */
public final class SmallestChange {

    /** How to choose among alternatives. */
    public enum Choosing {
        /** The combination of alternatives that changes the fewest keys in all (the planner). */
        FEWEST_OVERALL,
        /** The cheapest alternative at a time (the rule trial's way out). */
        CHEAPEST_FIRST
    }

    /** Beyond this many ways to choose the alternatives, the cheapest is taken one at a time instead. */
    private static final int MAX_COMBINATIONS = 5000;

    private SmallestChange() {
    }

    /** The profile with every condition met in turn, or empty when no value on some key's scale meets one. */
    public static Optional<Profile> meetingAll(List<Condition> conditions, Profile profile, Choosing choosing) {
        Profile changed = profile;
        for (Condition condition : conditions) {
            Optional<Profile> met = meeting(condition, changed, choosing);
            if (met.isEmpty()) {
                return Optional.empty();
            }
            changed = met.get();
        }
        return Optional.of(changed);
    }

    /** The profile meeting the condition, or empty when no value on the keys' scales meets it. */
    public static Optional<Profile> meeting(Condition condition, Profile profile, Choosing choosing) {
        if (condition.isSatisfiedBy(profile)) {
            return Optional.of(profile);
        }
        if (condition instanceof Requirement requirement) {
            OptionalDouble value = NearestValue.meeting(requirement, profile);
            return value.isPresent() ? Optional.of(profile.with(requirement.key(), value.getAsDouble()))
                    : Optional.empty();
        }
        List<Condition> alternatives = condition instanceof AnyOf anyOf ? anyOf.alternatives()
                : ((AtLeastOf) condition).alternatives();
        if (choosing == Choosing.CHEAPEST_FIRST) {
            return oneByOne(condition, alternatives, profile, choosing);
        }
        List<Condition> open = alternatives.stream().filter(alternative -> !alternative.isSatisfiedBy(profile))
                .toList();
        int missing = condition instanceof AtLeastOf atLeastOf
                ? atLeastOf.count() - (alternatives.size() - open.size()) : 1;
        if (combinations(open.size(), missing) > MAX_COMBINATIONS) {
            return oneByOne(condition, open, profile, choosing);
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
            Optional<Profile> met = meeting(open.get(i), changed, Choosing.FEWEST_OVERALL);
            if (met.isPresent()) {
                cheapest = fewest(condition, open, missing - 1, i + 1, original, met.get(), cheapest);
            }
        }
        return cheapest;
    }

    /**
     * The cheapest of {@code candidates} not met yet, then the cheapest of the rest, until the
     * condition holds (at most one round per candidate); empty when it does not.
     */
    private static Optional<Profile> oneByOne(Condition condition, List<Condition> candidates, Profile profile,
            Choosing choosing) {
        Profile changed = profile;
        for (int round = 0; round < candidates.size() && !condition.isSatisfiedBy(changed); round++) {
            Costed cheapest = null;
            for (Condition alternative : candidates) {
                if (alternative.isSatisfiedBy(changed)) {
                    continue;
                }
                Optional<Profile> met = meeting(alternative, changed, choosing);
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
