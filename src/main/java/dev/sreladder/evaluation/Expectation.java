package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;

/**
 * What a level expects, as declared by one rule in {@code rules/<level>.drl}: met when every
 * requirement holds. {@link #assess} turns it into the finding for one engineer.
 */
public record Expectation(String rule, String code, String section, Level level, String advice,
        List<Requirement> requirements) {

    public Expectation {
        requirements = List.copyOf(requirements);
    }

    /**
     * The expectation declared by the rule now firing; its level is the level of the
     * {@link Checking} fact the rule matched, its code and section the rule's metadata.
     */
    public static Expectation declaredBy(RuleContext drools, String advice, Requirement... requirements) {
        return new Expectation(drools.getRule().getName(), RuleMetadata.code(drools.getRule()),
                RuleMetadata.section(drools.getRule()), checkedLevel(drools), advice, List.of(requirements));
    }

    private static Level checkedLevel(RuleContext drools) {
        for (Object fact : drools.getMatch().getObjects()) {
            if (fact instanceof Checking checking) {
                return checking.level();
            }
        }
        throw new IllegalStateException("rule \"" + drools.getRule().getName()
                + "\" declares an expectation but matches no Checking(level == ...) fact");
    }

    /**
     * The finding for this engineer, by the product's definitions: MET when every requirement
     * holds; otherwise a BLOCKER at the engineer's own level (the foundation is missing) and a GAP
     * at a level above it.
     */
    public Finding assess(Profile profile) {
        List<Requirement> unmet = unmetBy(profile);
        if (unmet.isEmpty()) {
            return Finding.met(this, profile);
        }
        return Finding.unmet(this, profile, level == profile.level() ? FindingKind.BLOCKER : FindingKind.GAP, unmet);
    }

    /** Whether every requirement holds (the assessment.drl of rule sets stored before {@link #assess} calls it). */
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
