package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Numbers;

/**
 * The rule trace of an evaluation made readable: each rule the agenda listener saw fire, in
 * firing order, with where it is written and the facts it matched, each described by what the
 * rule could read from it (for a profile, the keys its conditions name). The expectation rules
 * come first (they declare what the levels checked expect), each with the finding the engineer's
 * values made of its expectation.
 */
public final class Trace {

    private Trace() {
    }

    /**
     * One fired rule; {@code info} is null only for a rule the rule set does not describe, and
     * {@code assessed} is the finding made of the expectation it declared (null for other rules).
     */
    public record Step(int order, String rule, String code, RuleInfo info, List<Fact> facts, Finding assessed) {
    }

    /**
     * One matched fact: its type, a line for people, and the same as fields for machines (numbers
     * as {@link Long} when whole, else {@link Double}; lists of maps for requirements).
     */
    public record Fact(String type, String summary, Map<String, Object> fields) {
    }

    /** The steps of an evaluation made with a trace, described with the rule set it ran on. */
    public static List<Step> of(Evaluation evaluation, RuleSet rules) {
        List<Step> steps = new ArrayList<>();
        for (FiredRule fired : evaluation.trace()) {
            RuleInfo info = rules.rule(fired.rule()).orElse(null);
            List<Fact> facts = fired.facts().stream()
                    // Drools' own placeholder for rules with only exists/not/accumulate conditions.
                    .filter(fact -> fact != null && !fact.getClass().getName().startsWith("org.drools."))
                    .map(fact -> describe(fact, info)).toList();
            steps.add(new Step(fired.order(), fired.rule(), fired.code(), info, facts, assessed(fired, evaluation)));
        }
        return steps;
    }

    /** The finding of the expectation this firing declared: same rule, and the level it was checking. */
    private static Finding assessed(FiredRule fired, Evaluation evaluation) {
        for (Object fact : fired.facts()) {
            if (fact instanceof Checking checking) {
                for (Finding finding : evaluation.findings()) {
                    if (finding.rule().equals(fired.rule()) && finding.level().name().equals(checking.level())) {
                        return finding;
                    }
                }
            }
        }
        return null;
    }

    static Fact describe(Object fact, RuleInfo rule) {
        // The article's fact types of fact models 1 and 2 read as today's do.
        if (fact instanceof ArticleFacts.Profile article) {
            return describe(article.today(), rule);
        }
        if (fact instanceof ArticleFacts.Checking article) {
            return describe(new Checking(ArticleFacts.today(article.level())), rule);
        }
        if (fact instanceof ArticleFacts.Promotion article) {
            return describe(new Promotion(ArticleFacts.today(article.from()), ArticleFacts.today(article.to())), rule);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (fact instanceof Profile profile) {
            fields.put("id", profile.id());
            fields.put("level", profile.level().name());
            List<String> reads = rule == null ? List.of() : rule.reads();
            reads.forEach(key -> fields.put(key, Numbers.number(profile.value(key))));
            String values = reads.stream().map(key -> key + " " + Requirement.format(profile.value(key)))
                    .collect(Collectors.joining(", "));
            return new Fact("Profile", "Profile " + profile.id() + " (" + profile.level() + ")"
                    + (values.isEmpty() ? "" : ": " + values), fields);
        }
        if (fact instanceof Checking checking) {
            fields.put("level", checking.level());
            return new Fact("Checking", "Checking " + checking.level(), fields);
        }
        if (fact instanceof Promotion promotion) {
            fields.put("from", promotion.from());
            fields.put("to", promotion.to());
            return new Fact("Promotion", "Promotion " + promotion.from() + " → " + promotion.to(), fields);
        }
        if (fact instanceof Finding finding) {
            fields.put("kind", finding.kind().name());
            fields.put("code", finding.code());
            fields.put("level", finding.level().name());
            return new Fact("Finding", "Finding " + finding.label(), fields);
        }
        if (fact instanceof VerdictReached verdict) {
            fields.put("verdict", verdict.verdict().name());
            return new Fact("VerdictReached", "Verdict " + verdict.verdict(), fields);
        }
        fields.put("value", String.valueOf(fact));
        String type = fact == null ? "null" : fact.getClass().getSimpleName();
        return new Fact(type, type + " " + fact, fields);
    }
}
