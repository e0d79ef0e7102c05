package dev.sreladder.evaluation;

import java.util.List;

import dev.sreladder.profile.Profile;

/**
 * How a declared expectation becomes one engineer's finding. It is part of what a rule set is
 * written for, so each {@link FactModel} names its own: a change to the definition is a new
 * assessment under a new fact model, never an edit of one a stored rule set replays with.
 */
interface Assessment {

    Finding assess(Expectation expectation, Profile profile);

    /**
     * Fact models 1 and 2: MET when every requirement holds; otherwise a BLOCKER at the engineer's
     * own level (the foundation is missing) and a GAP at a level above it, the unmet requirements
     * becoming its {@code requires}.
     */
    Assessment BLOCKER_AT_OWN_LEVEL_GAP_ABOVE = (expectation, profile) -> {
        List<Condition> unmet = expectation.unmetBy(profile);
        if (unmet.isEmpty()) {
            return met(expectation, profile);
        }
        return unmet(expectation, profile,
                expectation.level().equals(profile.level()) ? FindingKind.BLOCKER : FindingKind.GAP, unmet);
    };

    /** An expectation that holds, with every value it checked. */
    static Finding met(Expectation expectation, Profile profile) {
        return new Finding(expectation.code(), FindingKind.MET, expectation.level(), expectation.rule(),
                described(expectation.requirements(), profile), expectation.advice(), expectation.section(),
                List.of());
    }

    /** An expectation that does not hold, as a finding of {@code kind} with the conditions still unmet. */
    static Finding unmet(Expectation expectation, Profile profile, FindingKind kind, List<Condition> unmet) {
        return new Finding(expectation.code(), kind, expectation.level(), expectation.rule(),
                described(unmet, profile), expectation.advice(), expectation.section(),
                Expectation.stillUnmet(unmet, profile));
    }

    /** "gameDays is 0, needs ≥ 1; mentees is 0, needs ≥ 1", or "needs 2 of: gameDays ≥ 1 (is 0), …". */
    private static String described(List<Condition> requirements, Profile profile) {
        // Runs for every expectation of every evaluation: most have one condition, and needs no builder.
        if (requirements.size() == 1) {
            return requirements.get(0).describe(profile);
        }
        StringBuilder message = new StringBuilder(64 * requirements.size());
        for (Condition requirement : requirements) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append(requirement.describe(profile));
        }
        return message.toString();
    }
}
