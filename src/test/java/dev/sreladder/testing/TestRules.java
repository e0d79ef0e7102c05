package dev.sreladder.testing;

import java.nio.file.Path;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/** The default rules in {@code rules/}, compiled once per test run. */
public final class TestRules {

    private static RuleSet defaults;

    private TestRules() {
    }

    public static synchronized RuleSet defaults() {
        if (defaults == null) {
            defaults = new RuleCompiler().compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        }
        return defaults;
    }

    /** Evaluates under the default rules, towards the profile's own or default target. */
    public static Evaluation evaluate(Profile profile) {
        return new Evaluator().evaluate(defaults(), profile, null);
    }

    public static Evaluation evaluate(Profile profile, Level target) {
        return new Evaluator().evaluate(defaults(), profile, target);
    }
}
