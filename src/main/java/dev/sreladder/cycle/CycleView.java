package dev.sreladder.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.sreladder.audit.Cycle;
import dev.sreladder.audit.CycleLedger.Standing;
import dev.sreladder.evaluation.Verdict;

/**
 * A cycle as {@code cycle show} tells it: its acts, the ladder of the rules pinned to it, and
 * where each candidate stands, with the counts a committee reads first.
 */
public record CycleView(Cycle cycle, String ladder, List<Standing> candidates) {

    public CycleView {
        candidates = List.copyOf(candidates);
    }

    /**
     * READY, ALMOST, NOT_YET and unevaluated over the candidates not erased; promote, defer and
     * undecided likewise; erased: the tombstones among the candidates.
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict.name(), 0);
        }
        for (String key : List.of("unevaluated", "promote", "defer", "undecided", "erased")) {
            counts.put(key, 0);
        }
        for (Standing standing : candidates) {
            if (standing.erased()) {
                counts.merge("erased", 1, Integer::sum);
                continue;
            }
            counts.merge(standing.evaluation().map(recorded -> recorded.verdict()).orElse("unevaluated"), 1,
                    Integer::sum);
            counts.merge(standing.decision().map(decision -> decision.decision().toLowerCase(Locale.ROOT))
                    .orElse("undecided"), 1, Integer::sum);
        }
        return counts;
    }

    /** Candidates still to be decided before the cycle can close without --force. */
    public List<String> undecided() {
        return candidates.stream().filter(Standing::undecided).map(Standing::profileId).toList();
    }
}
