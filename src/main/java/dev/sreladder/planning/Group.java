package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sreladder.evaluation.Finding;

/**
 * The steps of a plan that close one finding (the one each step is {@link Step#reason() for}), in
 * the order to work on them: what to do before what to judge, since a rating is judged on the
 * evidence.
 */
public record Group(Finding finding, List<Step> steps) {

    /**
     * By kind, as the contract orders a plan (blockers, then traps, then gaps); within a kind the
     * cheapest first: the fewest changes, then the shortest way in all (the sum of how far each
     * value moves); then the findings' own order.
     */
    static final Comparator<Group> WORK_ORDER = Comparator.comparing((Group group) -> group.finding().kind())
            .thenComparingInt(group -> group.steps().size())
            .thenComparingDouble(Group::distance)
            .thenComparing(Group::finding, Finding.ORDER);

    public Group {
        steps = List.copyOf(steps);
    }

    /** The steps grouped by the finding each is for, the groups in {@link #WORK_ORDER}. */
    public static List<Group> inWorkOrder(List<Step> steps) {
        Map<Finding, List<Step>> byFinding = new LinkedHashMap<>();
        for (Step step : steps) {
            byFinding.computeIfAbsent(step.reason(), finding -> new ArrayList<>()).add(step);
        }
        List<Group> groups = new ArrayList<>();
        byFinding.forEach((finding, its) -> {
            List<Step> ordered = new ArrayList<>(its);
            ordered.sort(Comparator.comparing(step -> step.action().judgement()));
            groups.add(new Group(finding, ordered));
        });
        groups.sort(WORK_ORDER);
        return groups;
    }

    private double distance() {
        return steps.stream().mapToDouble(step -> Math.abs(step.change().to() - step.change().from())).sum();
    }
}
