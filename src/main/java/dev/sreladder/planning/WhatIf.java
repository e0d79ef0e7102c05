package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/** Evaluates a profile as it is and with some values changed, under the same rules. Stores nothing. */
public final class WhatIf {

    private final Evaluator evaluator;

    public WhatIf(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public WhatIfResult run(RuleSet rules, Profile profile, Level target, List<Assignment> assignments) {
        Evaluation before = evaluator.evaluate(rules, profile, target);
        List<Change> changes = new ArrayList<>();
        for (Assignment assignment : assignments) {
            changes.add(new Change(assignment.key(), profile.value(assignment.key()), assignment.value()));
        }
        Evaluation after = evaluator.evaluate(rules, Change.applyAll(profile, changes), before.target());
        return new WhatIfResult(before, after, changes);
    }
}
