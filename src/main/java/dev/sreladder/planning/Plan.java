package dev.sreladder.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/**
 * The changes that make a profile READY, confirmed by the rules: {@code after} is the evaluation of
 * the profile with every change applied. {@code steps} come in the contract's order (blockers, then
 * traps, then gaps, each finding's conditions as written), which is the order of the JSON
 * {@code changes}. When the profile is NOT_YET and fewer changes reach ALMOST, {@code milestone}
 * holds those, and {@link #groups()} the rest. When READY cannot be reached, {@code reachable} is
 * false, the steps are as far as the rules' requirements led, and {@code obstacles} say what blocks
 * the rest.
 */
public record Plan(Profile profile, Level target, boolean reachable, List<Step> steps, Evaluation before,
        Evaluation after, List<String> obstacles, Optional<Milestone> milestone) {

    public Plan {
        steps = List.copyOf(steps);
        obstacles = List.copyOf(obstacles);
        Objects.requireNonNull(milestone, "milestone");
    }

    public List<Change> changes() {
        return steps.stream().map(Step::change).toList();
    }

    /** The steps after the milestone's: all of them when there is no milestone. */
    public List<Step> rest() {
        List<Step> first = milestone.map(Milestone::steps).orElse(List.of());
        return steps.stream().filter(step -> !first.contains(step)).toList();
    }

    /** The steps after the milestone's, grouped by the finding they close, cheapest first within each kind. */
    public List<Group> groups() {
        return Group.inWorkOrder(rest());
    }
}
