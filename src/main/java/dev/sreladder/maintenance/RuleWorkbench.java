package dev.sreladder.maintenance;

import java.nio.file.Path;
import java.util.List;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.rules.RuleTrial;

/**
 * The maintainer's tools for the rule set itself: validate a folder, reload it, list the rules.
 * Only {@link #reload()} touches the rules in use. What the samples expect ({@link SampleTests}),
 * which rules fire ({@link CoverageCount}) and what an edit would change ({@link RuleImpact}) are
 * their own classes.
 */
public record RuleWorkbench(CurrentRules rules, RuleCompiler compiler) {

    /** What a folder of rules compiled to: its DRL files, rules, ladder and fingerprint. */
    public record Summary(String origin, int files, int rules, String ladder, String fingerprint) {
        public static Summary of(RuleSet set) {
            return new Summary(set.origin(), set.ruleFileCount(), set.rules().size(), set.ladder().id(),
                    set.fingerprint());
        }
    }

    /**
     * Compiles the folder (null: the rules in use, read again) and tries it as a reload would (on the
     * samples beside it and the generated profiles), and throws its errors; nothing is swapped in.
     */
    public Summary validate(Path dir) {
        List<RuleFile> files = dir == null ? rules.sources() : RuleSources.fromDirectory(dir);
        RuleTrial trial = dir == null ? rules.trial() : RuleTrial.forRulesIn(dir);
        try (RuleSet compiled = trial.tried(compiler.compile(files, dir == null ? rules.origin() : dir.toString()))) {
            return Summary.of(compiled);
        }
    }

    public CurrentRules.Reloaded reload() {
        return rules.reload();
    }

    public List<RuleInfo> list() {
        return rules.withRules(RuleSet::rules);
    }
}
