package dev.sreladder.planning;

import java.util.List;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/**
 * The changes that make a profile READY, in the order to work on them, confirmed by the rules:
 * {@code after} is the evaluation of the profile with every change applied. When READY cannot
 * be reached, {@code reachable} is false, the steps are as far as the rules' requirements led,
 * and {@code obstacles} say what blocks the rest.
 */
public record Plan(Profile profile, Level target, boolean reachable, List<Step> steps, Evaluation before,
        Evaluation after, List<String> obstacles) {

    public Plan {
        steps = List.copyOf(steps);
        obstacles = List.copyOf(obstacles);
    }

    public List<Change> changes() {
        return steps.stream().map(Step::change).toList();
    }
}
