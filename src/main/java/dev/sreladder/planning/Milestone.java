package dev.sreladder.planning;

import java.util.List;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Verdict;

/**
 * A verdict on the way to READY that fewer changes reach, confirmed by the rules: {@code after}
 * is the evaluation of the profile with only these steps' changes applied.
 */
public record Milestone(Verdict verdict, List<Step> steps, Evaluation after) {

    public Milestone {
        steps = List.copyOf(steps);
    }

    public List<Change> changes() {
        return steps.stream().map(Step::change).toList();
    }

    /** The steps grouped by the finding they close, cheapest first within each kind. */
    public List<Group> groups() {
        return Group.inWorkOrder(steps);
    }
}
