package dev.sreladder.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.runtime.rule.RuleContext;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;

/**
 * One explained conclusion: which rule, what it saw ({@code message}), where the article says
 * so ({@code section}), what to do ({@code advice}), and what would clear it ({@code requires}).
 */
public record Finding(String code, FindingKind kind, Level level, String rule, String message, String advice,
        String section, List<Requirement> requires) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public Finding {
        requires = List.copyOf(requires);
    }

    /** An expectation that holds, with every value it checked. */
    public static Finding met(Expectation expectation, Profile profile) {
        return new Finding(expectation.code(), FindingKind.MET, expectation.level(), expectation.rule(),
                described(expectation.requirements(), profile), expectation.advice(), expectation.section(),
                List.of());
    }

    /**
     * An expectation that does not hold: a BLOCKER or a GAP, with the conditions still unmet.
     * Rule sets stored before expectations were assessed outside the rules call this from their
     * assessment.drl; it stays so that their past verdicts can still be replayed.
     */
    public static Finding unmet(Expectation expectation, Profile profile, FindingKind kind) {
        return unmet(expectation, profile, kind, expectation.unmetBy(profile));
    }

    static Finding unmet(Expectation expectation, Profile profile, FindingKind kind, List<Requirement> unmet) {
        return new Finding(expectation.code(), kind, expectation.level(), expectation.rule(),
                described(unmet, profile), expectation.advice(), expectation.section(), unmet);
    }

    /** "gameDays is 0, needs ≥ 1; mentees is 0, needs ≥ 1". */
    private static String described(List<Requirement> requirements, Profile profile) {
        StringBuilder message = new StringBuilder();
        for (Requirement requirement : requirements) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append(requirement.describe(profile));
        }
        return message.toString();
    }

    /**
     * A trap the rule now firing has recognised. {@code situation} may name profile keys in
     * braces ("{mentees}"), replaced by their values; {@code wayOut} is the way out the article
     * advises, of which the conditions not yet met become {@code requires}.
     */
    public static Finding trap(RuleContext drools, Profile profile, String situation, String advice,
            Requirement... wayOut) {
        List<Requirement> unmet = Arrays.stream(wayOut).filter(requirement -> !requirement.isSatisfiedBy(profile))
                .toList();
        return new Finding(RuleMetadata.code(drools.getRule()), FindingKind.TRAP, profile.level(),
                drools.getRule().getName(), fill(situation, profile), advice, RuleMetadata.section(drools.getRule()),
                unmet);
    }

    /** A note that never changes the verdict; {@code situation} as for {@link #trap}. */
    public static Finding note(RuleContext drools, Profile profile, String situation, String advice) {
        return new Finding(RuleMetadata.code(drools.getRule()), FindingKind.NOTE, profile.level(),
                drools.getRule().getName(), fill(situation, profile), advice, RuleMetadata.section(drools.getRule()),
                List.of());
    }

    private static String fill(String template, Profile profile) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = "level".equals(key) ? profile.level().name() : Requirement.format(profile.value(key));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
