package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.ladder.ProfileKey;

/**
 * Finds the changes that make a profile READY, knowing nothing of the rules but what their
 * findings say: it meets the {@code requires} of every blocker, trap and gap (the plain conditions
 * first, then the "any of" and "at least N of" ones, so that an alternative another finding's
 * change already meets costs nothing), re-runs the rules on the changed profile, and repeats,
 * since a change can bring a new finding (raising skills can spring a trap). It then drops every
 * change the rules confirm is not needed. Stores nothing.
 */
public final class Planner {

    /** More rounds than this means the rules keep asking for something new: give up, say so. */
    static final int MAX_ROUNDS = 100;

    private final Evaluator evaluator;

    public Planner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public Plan plan(RuleSet rules, Profile profile, Level requestedTarget) {
        Evaluation before = evaluator.evaluate(rules, profile, requestedTarget);
        Level target = before.target();
        Map<Finding.Id, Finding> asked = new LinkedHashMap<>();
        Set<Profile> tried = new HashSet<>();
        Profile current = profile;
        Evaluation evaluation = before;
        for (int round = 0; evaluation.verdict() != Verdict.READY && round < MAX_ROUNDS; round++) {
            tried.add(current);
            List<Finding> holding = holdingBack(evaluation);
            holding.forEach(finding -> asked.putIfAbsent(finding.id(), finding));
            Profile next = current;
            for (boolean plain : new boolean[] {true, false}) {
                for (Finding finding : holding) {
                    for (Condition requirement : finding.requires()) {
                        if (requirement instanceof Requirement == plain) {
                            next = Remedy.meeting(requirement, next).orElse(next);
                        }
                    }
                }
            }
            if (tried.contains(next)) {
                break;
            }
            current = next;
            evaluation = evaluator.evaluate(rules, current, target);
        }
        if (evaluation.verdict() != Verdict.READY) {
            return new Plan(profile, target, false, steps(changes(profile, current), asked), before, evaluation,
                    obstacles(evaluation));
        }
        List<Change> inPlanOrder = steps(changes(profile, current), asked).stream().map(Step::change).toList();
        List<Change> needed = minimal(rules, profile, target, inPlanOrder);
        Evaluation after = needed.size() == inPlanOrder.size() ? evaluation
                : evaluator.evaluate(rules, Change.applyAll(profile, needed), target);
        return new Plan(profile, target, true, steps(needed, asked), before, after, List.of());
    }

    /**
     * Drops, one at a time, every change without which the profile is still READY, until no single
     * change can be dropped. The changes come in plan order and are tried from the last, so gap
     * changes go first, and the foundation and a trap's advised way out stay when either would do.
     */
    private List<Change> minimal(RuleSet rules, Profile profile, Level target, List<Change> changes) {
        List<Change> kept = new ArrayList<>(changes);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = kept.size() - 1; i >= 0; i--) {
                List<Change> without = new ArrayList<>(kept);
                without.remove(i);
                if (ready(rules, Change.applyAll(profile, without), target)) {
                    kept = without;
                    dropped = true;
                }
            }
        }
        return kept;
    }

    private boolean ready(RuleSet rules, Profile profile, Level target) {
        return evaluator.evaluate(rules, profile, target).verdict() == Verdict.READY;
    }

    /** Every key whose value differs between the two profiles, in the registry's order. */
    private static List<Change> changes(Profile original, Profile changed) {
        List<Change> changes = new ArrayList<>();
        for (ProfileKey key : original.ladder().keys()) {
            double from = original.value(key);
            double to = changed.value(key);
            if (Double.compare(from, to) != 0) {
                changes.add(new Change(key.name(), from, to));
            }
        }
        return changes;
    }

    /** Each change with the findings that asked for its key, ordered by the most pressing of them. */
    private static List<Step> steps(List<Change> changes, Map<Finding.Id, Finding> asked) {
        List<Step> steps = new ArrayList<>();
        for (Change change : changes) {
            List<Finding> closes = asked.values().stream()
                    .filter(finding -> finding.requires().stream()
                            .anyMatch(requirement -> requirement.keys().contains(change.key())))
                    .sorted(Finding.ORDER).toList();
            steps.add(new Step(change, closes));
        }
        steps.sort(Comparator.comparing(Step::reason, Finding.ORDER)
                .thenComparingInt(step -> position(step.reason(), step.change().key())));
        return steps;
    }

    private static int position(Finding finding, String key) {
        for (int i = 0; i < finding.requires().size(); i++) {
            if (finding.requires().get(i).keys().contains(key)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<Finding> holdingBack(Evaluation evaluation) {
        return evaluation.findings().stream().filter(finding -> finding.kind().holdsBack()).sorted(Finding.ORDER)
                .toList();
    }

    /** Why each finding still holding the verdict back could not be cleared. */
    private static List<String> obstacles(Evaluation evaluation) {
        List<String> obstacles = new ArrayList<>();
        Profile profile = evaluation.profile();
        for (Finding finding : holdingBack(evaluation)) {
            String name = finding.label();
            if (finding.requires().isEmpty()) {
                obstacles.add(name + " still holds, and its rule names no condition that would clear it");
                continue;
            }
            List<String> impossible = new ArrayList<>();
            for (Condition requirement : finding.requires()) {
                if (Remedy.meeting(requirement, profile).isEmpty()) {
                    impossible.add(requirement.condition() + " cannot be met: " + scales(requirement, profile));
                }
            }
            obstacles.add(name + (impossible.isEmpty()
                    ? " needs " + conditions(finding) + ", which undoes a change another finding needs"
                    : ": " + String.join("; ", impossible)));
        }
        return obstacles;
    }

    /** "mentoring is a whole number from 0 to 4", for each key of a condition that no value of it meets. */
    private static String scales(Condition condition, Profile profile) {
        List<String> scales = new ArrayList<>();
        for (Requirement requirement : condition.requirements()) {
            String scale = requirement.key() + " is "
                    + profile.ladder().requireKey(requirement.key()).scale().description();
            if (Remedy.meeting(requirement, profile).isEmpty() && !scales.contains(scale)) {
                scales.add(scale);
            }
        }
        return scales.isEmpty() ? "its alternatives cannot all be met together" : String.join("; ", scales);
    }

    private static String conditions(Finding finding) {
        return String.join(" and ", finding.requires().stream().map(Condition::condition).toList());
    }
}
