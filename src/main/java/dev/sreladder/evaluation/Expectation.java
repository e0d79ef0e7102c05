package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/**
 * What a level expects, as declared by one rule in {@code rules/<level>.drl}
 * ({@link RuleApi#expectation}): met when every condition holds (each may be "any of" or "at
 * least N of" a list). The rule set's {@link FactModel#assessment()} turns it into the finding for
 * one engineer.
 */
public record Expectation(String rule, String code, String section, Level level, String advice,
        List<Condition> requirements) {

    public Expectation {
        requirements = List.copyOf(requirements);
    }

    public boolean isMetBy(Profile profile) {
        for (Condition requirement : requirements) {
            if (!requirement.isSatisfiedBy(profile)) {
                return false;
            }
        }
        return true;
    }

    /** The conditions that do not hold, as written (for messages). A plain loop: it runs for every profile. */
    public List<Condition> unmetBy(Profile profile) {
        List<Condition> unmet = new ArrayList<>(requirements.size());
        for (Condition requirement : requirements) {
            if (!requirement.isSatisfiedBy(profile)) {
                unmet.add(requirement);
            }
        }
        return unmet;
    }

    /**
     * What would clear it, as a finding's {@code requires}: each unmet condition reduced to what is
     * still unmet in it, and an "at least N of" N that is left (all of them) as its conditions one
     * by one, since {@code requires} is itself a list that must all hold.
     */
    public static List<Condition> stillUnmet(List<Condition> unmet, Profile profile) {
        List<Condition> parts = new ArrayList<>(unmet.size());
        for (Condition condition : unmet) {
            condition.unmetPart(profile).ifPresent(part -> addAll(parts, part));
        }
        return parts;
    }

    private static void addAll(List<Condition> parts, Condition part) {
        if (part instanceof AtLeastOf all && all.needsAll()) {
            all.alternatives().forEach(alternative -> addAll(parts, alternative));
        } else {
            parts.add(part);
        }
    }
}
