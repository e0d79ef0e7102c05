package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sreladder.change.SmallestChange;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Profile;
import dev.sreladder.rules.ReachingProfiles.Standing;

/**
 * The profiles of the rule trial ({@link ReachingProfiles}) that step through every count of gaps at
 * a level and target, met by the smallest change that meets each expectation, with or without one of
 * the level's own expectations left unmet (a blocker); each built once per level and target.
 */
final class GapLadders {

    private final RuleSet rules;
    private final Map<Standing, List<Profile>> gapLadders = new HashMap<>();
    private final Map<Standing, List<Profile>> blockerLadders = new HashMap<>();

    GapLadders(RuleSet rules) {
        this.rules = rules;
    }

    /**
     * The profile meeting every expectation of the standing (first), then, as each expectation above
     * the level is left unmet in turn from the last and then from the first, with fewer met: every
     * count of gaps from none to all, when the expectations allow it.
     */
    List<Profile> gaps(Standing standing) {
        return gapLadders.computeIfAbsent(standing, this::newGapLadder);
    }

    private List<Profile> newGapLadder(Standing standing) {
        List<Expectation> current = rules.expectations(standing.level(), standing.level());
        List<Expectation> above = above(standing);
        Profile base = meetAll(current, empty(standing));
        List<Profile> ladderOf = new ArrayList<>();
        List<Profile> forward = new ArrayList<>();
        Profile profile = base;
        forward.add(profile);
        for (Expectation expectation : above) {
            profile = meetAll(List.of(expectation), profile);
            forward.add(profile);
        }
        ladderOf.add(profile);
        for (int i = forward.size() - 2; i >= 0; i--) {
            ladderOf.add(forward.get(i));
        }
        profile = base;
        for (int i = above.size() - 1; i >= 0; i--) {
            profile = meetAll(List.of(above.get(i)), profile);
            ladderOf.add(profile);
        }
        return ladderOf;
    }

    /** As the gap ladder, with the first of the level's own expectations that can stay unmet left unmet. */
    List<Profile> blockers(Standing standing) {
        return blockerLadders.computeIfAbsent(standing, this::newBlockerLadder);
    }

    private List<Profile> newBlockerLadder(Standing standing) {
        List<Expectation> current = rules.expectations(standing.level(), standing.level());
        List<Expectation> above = above(standing);
        for (Expectation unmet : current) {
            List<Expectation> others = current.stream().filter(expectation -> expectation != unmet).toList();
            Profile profile = meetAll(others, empty(standing));
            if (unmet.isMetBy(profile)) {
                continue;
            }
            List<Profile> blocked = new ArrayList<>();
            blocked.add(profile);
            for (Expectation expectation : above) {
                Profile next = meetAll(List.of(expectation), profile);
                if (!unmet.isMetBy(next)) {
                    profile = next;
                    blocked.add(profile);
                }
            }
            return blocked;
        }
        return List.of();
    }

    private List<Expectation> above(Standing standing) {
        return rules.expectations(standing.level(), standing.target()).stream()
                .filter(expectation -> expectation.level().isAbove(standing.level())).toList();
    }

    static Optional<Profile> meet(List<Condition> conditions, Profile profile) {
        return SmallestChange.meetingAll(conditions, profile, SmallestChange.Choosing.CHEAPEST_FIRST);
    }

    /** The profile with every expectation met that can be (one asking for a value off its scale is left). */
    private static Profile meetAll(List<Expectation> expectations, Profile profile) {
        Profile met = profile;
        for (Expectation expectation : expectations) {
            met = meet(expectation.requirements(), met).orElse(met);
        }
        return met;
    }

    private Profile empty(Standing standing) {
        return Profile.empty(ReachingProfiles.idOf(standing.level()), standing.level(), null, rules.ladder());
    }
}
