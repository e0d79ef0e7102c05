package dev.sreladder.evaluation;

import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;

/**
 * What a level expects, as declared by one rule in {@code rules/<level>.drl}: met when every
 * requirement holds. The rules in {@code rules/assessment.drl} turn it into a finding.
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
        Level level = drools.getMatch().getObjects().stream()
                .filter(Checking.class::isInstance).map(fact -> ((Checking) fact).level())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("rule \"" + drools.getRule().getName()
                        + "\" declares an expectation but matches no Checking(level == ...) fact"));
        return new Expectation(drools.getRule().getName(), RuleMetadata.code(drools.getRule()),
                RuleMetadata.section(drools.getRule()), level, advice, List.of(requirements));
    }

    public boolean isMetBy(Profile profile) {
        return requirements.stream().allMatch(requirement -> requirement.isSatisfiedBy(profile));
    }

    public List<Requirement> unmetBy(Profile profile) {
        return requirements.stream().filter(requirement -> !requirement.isSatisfiedBy(profile)).toList();
    }
}
