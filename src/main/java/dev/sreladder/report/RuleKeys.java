package dev.sreladder.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/**
 * The profile keys each rule's findings are about, by rule name, so the packet can show the
 * evidence items of those keys under the findings they support. A trap or a note reads its keys
 * in its conditions ({@link RuleInfo#reads()}); an expectation names them only in what it
 * declares after {@code then}, so, as {@link ExpectedRatings} does, they are read off the findings
 * of a profile with nothing at all, which misses every expectation and so lists every condition.
 */
public final class RuleKeys {

    private final EvaluationService evaluations;
    private final Map<String, Map<String, List<String>>> known = new ConcurrentHashMap<>();

    public RuleKeys(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Rule name → the keys its findings are about, for a transition under the rules in use. */
    public Map<String, List<String>> of(Level level, Level target) {
        return evaluations.withRules(rules -> known.computeIfAbsent(rules.fingerprint() + ":" + level + ">" + target,
                transition -> of(rules, level, target)));
    }

    private Map<String, List<String>> of(RuleSet rules, Level level, Level target) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            keys.computeIfAbsent(rule.name(), name -> new LinkedHashSet<>()).addAll(rule.reads());
        }
        Profile nothing = Profile.empty("evidence", level, target, rules.ladder());
        for (Finding finding : evaluations.evaluate(rules, nothing, target, false).findings()) {
            for (Condition condition : finding.requires()) {
                keys.computeIfAbsent(finding.rule(), name -> new LinkedHashSet<>()).addAll(condition.keys());
            }
        }
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        keys.forEach((rule, read) -> {
            if (!read.isEmpty()) {
                byRule.put(rule, List.copyOf(new ArrayList<>(read)));
            }
        });
        return Map.copyOf(byRule);
    }
}
