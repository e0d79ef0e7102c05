package dev.sreladder.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.ladder.Ladder;

/**
 * What the rules expect of each competency for a transition, such as MID → SENIOR: the highest
 * rating any checked expectation requires. Java knows no threshold, so it asks the rules: a
 * profile with nothing at all misses every expectation, and the findings' {@code requires} say
 * what each one wants. A rating asked for only as one of several alternatives ("any of") is not
 * what the level expects of everyone, so only plain conditions count.
 */
public final class ExpectedRatings {

    private final EvaluationService evaluations;
    private final Map<String, Map<String, Integer>> known = new ConcurrentHashMap<>();

    public ExpectedRatings(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Each competency key with the rating expected for the transition (0: none). */
    public Map<String, Integer> of(Level level, Level target) {
        return evaluations.withRules(rules -> of(rules, level, target));
    }

    /** As {@link #of(Level, Level)}, under the given rules (a cycle's pinned rules). */
    public Map<String, Integer> of(RuleSet rules, Level level, Level target) {
        return known.computeIfAbsent(rules.fingerprint() + ":" + level + ">" + target,
                transition -> fromFindings(evaluations.evaluate(rules,
                        Profile.empty("expectations", level, target, rules.ladder()), target, false)));
    }

    /** The expected ratings read from the blockers and gaps of an evaluation of an empty profile. */
    static Map<String, Integer> fromFindings(Evaluation evaluation) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        Ladder ladder = evaluation.profile().ladder();
        ladder.competencies().forEach(key -> expected.put(key.name(), 0));
        for (Finding finding : evaluation.findings()) {
            if (finding.kind() != FindingKind.BLOCKER
                    && finding.kind() != FindingKind.GAP) {
                continue;
            }
            for (Condition condition : finding.requires()) {
                if (condition instanceof Requirement requirement && expected.containsKey(requirement.key())) {
                    expected.merge(requirement.key(), atLeast(requirement), Math::max);
                }
            }
        }
        return Map.copyOf(expected);
    }

    /** The lowest whole rating that meets a requirement on a rating. */
    private static int atLeast(Requirement requirement) {
        double value = requirement.value().doubleValue();
        return switch (requirement.op()) {
            case ">=", "==" -> (int) Math.ceil(value);
            case ">" -> (int) Math.floor(value) + 1;
            default -> 0;
        };
    }
}
