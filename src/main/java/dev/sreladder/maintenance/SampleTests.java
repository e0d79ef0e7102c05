package dev.sreladder.maintenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.ExpectedOutcome;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.rules.CurrentRules;

/**
 * {@code rules test}: evaluates the samples under the rules in use (or the rules of a folder) and
 * compares them with their {@code expected:} block.
 */
public record SampleTests(CurrentRules rules, ProfileLoader loader) {

    /** Evaluates every profile in the folder that carries an {@code expected:} block, under the rules in use. */
    public List<SampleCheck> test(String folder) {
        return rules.withRules(ruleSet -> test(ruleSet, folder));
    }

    /** As {@link #test(String)}, under the rules given. */
    public List<SampleCheck> test(RuleSet ruleSet, String folder) {
        Evaluator evaluator = new Evaluator();
        List<SampleCheck> checks = new ArrayList<>();
        for (ProfileLoader.Loaded loaded : loader.load(folder, ruleSet.ladder())) {
            if (!(loaded instanceof ProfileLoader.Read read)) {
                checks.add(new SampleCheck.Failed(loaded.source(), ((ProfileLoader.Unreadable) loaded).reason()));
            } else if (read.document().expected() == null) {
                checks.add(new SampleCheck.Skipped(read.source()));
            } else {
                try {
                    Evaluation evaluation = evaluator.evaluate(ruleSet, read.document().profile(), null);
                    checks.add(new SampleCheck.Checked(read.source(),
                            differences(read.document().expected(), evaluation)));
                } catch (RuntimeException e) {
                    checks.add(new SampleCheck.Failed(loaded.source(), e.getMessage()));
                }
            }
        }
        return checks;
    }

    static List<String> differences(ExpectedOutcome expected, Evaluation evaluation) {
        List<String> differences = new ArrayList<>();
        if (expected.verdict() != null && !expected.verdict().equals(evaluation.verdict().name())) {
            differences.add("verdict: expected " + expected.verdict() + ", got " + evaluation.verdict());
        }
        if (expected.score() != null && expected.score() != evaluation.score()) {
            differences.add("score: expected " + expected.score() + ", got " + evaluation.score());
        }
        compare("traps", expected.traps(), evaluation, FindingKind.TRAP, differences);
        compare("gaps", expected.gaps(), evaluation, FindingKind.GAP, differences);
        compare("blockers", expected.blockers(), evaluation, FindingKind.BLOCKER, differences);
        compare("notes", expected.notes(), evaluation, FindingKind.NOTE, differences);
        return differences;
    }

    private static void compare(String what, Set<String> expected, Evaluation evaluation, FindingKind kind,
            List<String> differences) {
        if (expected == null) {
            return;
        }
        Set<String> actual = evaluation.findings(kind).stream().map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!actual.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> unexpected = new TreeSet<>(actual);
            unexpected.removeAll(expected);
            differences.add(what + ": expected " + new TreeSet<>(expected) + ", got " + actual
                    + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))
                    + (unexpected.isEmpty() ? "" : "; unexpected " + String.join(", ", unexpected)));
        }
    }
}
