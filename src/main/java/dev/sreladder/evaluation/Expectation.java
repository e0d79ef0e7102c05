package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;

/**
 * What a level expects, as declared by one rule in {@code rules/<level>.drl}
 * ({@link RuleApi#expectation}): met when every requirement holds. The rule set's
 * {@link FactModel#assessment()} turns it into the finding for one engineer.
 */
public record Expectation(String rule, String code, String section, Level level, String advice,
        List<Requirement> requirements) {

    public Expectation {
        requirements = List.copyOf(requirements);
    }

    /**
     * Whether every requirement holds. The assessment rules of fact-model-1 rule sets match
     * {@code Expectation(isMetBy($profile))}, so it stays for their replay.
     */
    public boolean isMetBy(Profile profile) {
        for (Requirement requirement : requirements) {
            if (!requirement.isSatisfiedBy(profile)) {
                return false;
            }
        }
        return true;
    }

    // A plain loop, not a stream: it runs for every expectation of every profile.
    public List<Requirement> unmetBy(Profile profile) {
        List<Requirement> unmet = new ArrayList<>(requirements.size());
        for (Requirement requirement : requirements) {
            if (!requirement.isSatisfiedBy(profile)) {
                unmet.add(requirement);
            }
        }
        return unmet;
    }
}
