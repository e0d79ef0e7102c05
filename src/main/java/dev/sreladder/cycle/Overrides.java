package dev.sreladder.cycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Verdict;

/**
 * Which rules committees keep deciding against: what a maintainer should look at first. A
 * promote on an evaluation overrides each rule that has a BLOCKER, GAP or TRAP in it (once per
 * decision, however many levels it fired at); a defer on a READY evaluation overrides the verdict,
 * counted under the code {@code READY}.
 */
public final class Overrides {

    /** The code a defer despite READY is counted under. */
    public static final String READY = "READY";

    private static final Comparator<RuleOverride> MOST_OVERRIDDEN_FIRST = Comparator
            .comparingInt(RuleOverride::overrides).reversed().thenComparing(RuleOverride::code)
            .thenComparing(RuleOverride::rule).thenComparing(RuleOverride::level);

    /** One decision of a committee, "PROMOTE" or "DEFER", in its cycle, on the evaluation it was taken on. */
    public record Overridden(String cycle, String decision, String reason, Evaluation evaluation) {
    }

    private record Key(String code, String rule, String level) {
    }

    private static final class Count {
        private int overrides;
        private final Set<String> cycles = new LinkedHashSet<>();
        private final Set<String> reasons = new LinkedHashSet<>();
    }

    private Overrides() {
    }

    /** The rules overridden by {@code decisions}, most overridden first, then by code. */
    public static List<RuleOverride> tally(List<Overridden> decisions) {
        Map<Key, Count> counts = new LinkedHashMap<>();
        for (Overridden decision : decisions) {
            for (Key key : overridden(decision)) {
                Count count = counts.computeIfAbsent(key, ignored -> new Count());
                count.overrides++;
                count.cycles.add(decision.cycle());
                if (decision.reason() != null && !decision.reason().isBlank()) {
                    count.reasons.add(decision.reason().strip());
                }
            }
        }
        List<RuleOverride> tally = new ArrayList<>();
        counts.forEach((key, count) -> tally.add(new RuleOverride(key.code(), key.rule(), key.level(), count.overrides,
                List.copyOf(count.cycles), List.copyOf(count.reasons))));
        tally.sort(MOST_OVERRIDDEN_FIRST);
        return tally;
    }

    /** The rules one decision goes against, each once; none when it follows the rules. */
    private static Set<Key> overridden(Overridden decision) {
        Evaluation evaluation = decision.evaluation();
        Set<Key> keys = new LinkedHashSet<>();
        switch (decision.decision().toUpperCase(Locale.ROOT)) {
            case "PROMOTE" -> evaluation.findings().stream().filter(finding -> finding.kind().holdsBack())
                    .sorted(Finding.ORDER)
                    .forEach(finding -> keys.add(new Key(finding.code(), finding.rule(), finding.level().name())));
            case "DEFER" -> {
                if (evaluation.verdict() == Verdict.READY) {
                    keys.add(new Key(READY, evaluation.verdictRule(), evaluation.target().name()));
                }
            }
            default -> throw new IllegalArgumentException("not a decision: " + decision.decision());
        }
        return keys;
    }
}
