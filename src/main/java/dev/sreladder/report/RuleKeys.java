package dev.sreladder.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;

/**
 * The profile keys each rule's findings are about, by rule name, so the packet can show the
 * evidence items of those keys under the findings they support: what {@link RuleSet#reads} says
 * each rule reads (its patterns, and for an expectation the conditions it declares), the same
 * keys {@code evaluate} shows items under.
 */
public final class RuleKeys {

    private final EvaluationService evaluations;
    private final Map<String, Map<String, List<String>>> known = new ConcurrentHashMap<>();

    public RuleKeys(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Rule name → the keys its findings are about, under the rules in use (the same for every transition). */
    public Map<String, List<String>> of(Level level, Level target) {
        return evaluations.withRules(rules -> known.computeIfAbsent(rules.fingerprint(), fingerprint -> of(rules)));
    }

    private static Map<String, List<String>> of(RuleSet rules) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            List<String> read = rules.reads(rule.name());
            if (!read.isEmpty()) {
                byRule.put(rule.name(), read);
            }
        }
        return Map.copyOf(byRule);
    }
}
