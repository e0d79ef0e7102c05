package dev.sreladder.planning;

import java.util.List;
import java.util.function.Function;

import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.rules.CurrentRules;

/** What-if and plan for the one profile a REF names, under the rules in use. Stores nothing. */
public final class PlanningService {

    private final ProfileLoader loader;
    private final CurrentRules rules;
    private final WhatIf whatIf;
    private final Planner planner;

    public PlanningService(ProfileLoader loader, CurrentRules rules) {
        this.loader = loader;
        this.rules = rules;
        Evaluator evaluator = new Evaluator();
        this.whatIf = new WhatIf(evaluator);
        this.planner = new Planner(evaluator);
    }

    /** {@code set} is checked before the profile is read, so a typo in it is reported first. */
    public WhatIfResult whatIf(String ref, String set, String target) {
        return whatIf(ladder -> loader.loadOne(ref, "what-if", ladder).profile(), set, target);
    }

    /** As {@link #whatIf(String, String, String)} for a profile read otherwise (standard input). */
    public WhatIfResult whatIf(Function<Ladder, Profile> profileOf, String set, String target) {
        return rules.withRules(ruleSet -> {
            List<Assignment> assignments = Assignment.parseAll(set, ruleSet.ladder());
            Level level = ruleSet.level(target, "--target");
            return whatIf.run(ruleSet, profileOf.apply(ruleSet.ladder()), level, assignments);
        });
    }

    public Plan plan(String ref, String target) {
        return plan(ladder -> loader.loadOne(ref, "plan", ladder).profile(), target);
    }

    /** As {@link #plan(String, String)} for a profile read otherwise (standard input). */
    public Plan plan(Function<Ladder, Profile> profileOf, String target) {
        return rules.withRules(ruleSet -> {
            Level level = ruleSet.level(target, "--target");
            return planner.plan(ruleSet, profileOf.apply(ruleSet.ladder()), level);
        });
    }
}
