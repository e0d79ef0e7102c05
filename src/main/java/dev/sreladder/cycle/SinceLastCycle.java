package dev.sreladder.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Verdict;

/**
 * What changed for a returning candidate since their last cycle, told apart by who changed it. Three
 * evaluations: A, last cycle's recorded one; B, last cycle's profile version under this cycle's pinned
 * rules; C, this cycle's. Between A and B only the rules differ, between B and C only the profile, so
 * what A has and B lacks was cleared by the rules, what B has and C lacks was cleared by the engineer,
 * and the other way round for what is new. Only the findings that stand in the way count (BLOCKER,
 * GAP, TRAP), each known by its kind, level and code; the lists hold codes, each once, in reading order.
 */
public record SinceLastCycle(String previousCycle, Verdict previousVerdict, int previousScore,
        Optional<String> previousDecision, List<String> clearedByEngineer, List<String> clearedByRules,
        List<String> newByEngineer, List<String> newByRules) {

    public SinceLastCycle {
        clearedByEngineer = List.copyOf(clearedByEngineer);
        clearedByRules = List.copyOf(clearedByRules);
        newByEngineer = List.copyOf(newByEngineer);
        newByRules = List.copyOf(newByRules);
    }

    /**
     * Compares last cycle's {@code recorded} evaluation (A), last cycle's profile version evaluated
     * under this cycle's rules (B) and this cycle's evaluation {@code now} (C); {@code previousDecision}
     * is "promote", "defer" or empty.
     */
    public static SinceLastCycle compare(String previousCycle, Evaluation recorded, Optional<String> previousDecision,
            Evaluation lastVersionUnderTheseRules, Evaluation now) {
        Evaluation b = lastVersionUnderTheseRules;
        return new SinceLastCycle(previousCycle, recorded.verdict(), recorded.score(), previousDecision,
                only(b, now), only(recorded, b), only(now, b), only(b, recorded));
    }

    /** Nothing that stands in the way was cleared or is new, whoever's doing. */
    public boolean unchanged() {
        return clearedByEngineer.isEmpty() && clearedByRules.isEmpty() && newByEngineer.isEmpty()
                && newByRules.isEmpty();
    }

    /** The codes of the findings of {@code in} that stand in the way and that {@code notIn} does not have. */
    private static List<String> only(Evaluation in, Evaluation notIn) {
        Set<Finding.Id> others = notIn.findings().stream().filter(finding -> finding.kind().holdsBack())
                .map(Finding::id).collect(Collectors.toSet());
        return in.findings().stream().filter(finding -> finding.kind().holdsBack())
                .filter(finding -> !others.contains(finding.id())).sorted(Finding.ORDER).map(Finding::code)
                .distinct().toList();
    }
}
