package dev.sreladder.maintenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FiredRule;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.rules.CurrentRules;

/** {@code rules coverage}: which rules fire for the profiles of a folder, and which never do. */
public record CoverageCount(CurrentRules rules, ProfileLoader loader) {

    /** Evaluates every profile in the folder with a trace and counts, per rule, the profiles it fired for. */
    public Coverage count(String folder) {
        return rules.withRules(ruleSet -> count(ruleSet, folder));
    }

    /** As {@link #count(String)}, under the rules given. */
    public Coverage count(RuleSet ruleSet, String folder) {
        Evaluator evaluator = new Evaluator();
        Map<String, Integer> firedFor = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        int profiles = 0;
        for (ProfileLoader.Loaded loaded : loader.load(folder, ruleSet.ladder())) {
            if (!(loaded instanceof ProfileLoader.Read read)) {
                errors.add(((ProfileLoader.Unreadable) loaded).reason());
                continue;
            }
            try {
                Evaluation evaluation = evaluator.evaluate(ruleSet, read.document().profile(), null, true);
                evaluation.trace().stream().map(FiredRule::rule).distinct()
                        .forEach(rule -> firedFor.merge(rule, 1, Integer::sum));
                profiles++;
            } catch (RuntimeException e) {
                errors.add(loaded.source() + ": " + e.getMessage());
            }
        }
        List<Coverage.RuleCoverage> coverage = ruleSet.rules().stream()
                .map(rule -> new Coverage.RuleCoverage(rule, firedFor.getOrDefault(rule.name(), 0))).toList();
        return new Coverage(profiles, coverage, errors);
    }
}
