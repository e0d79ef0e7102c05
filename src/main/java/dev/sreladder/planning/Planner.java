package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sreladder.change.SmallestChange.Choosing;
import dev.sreladder.change.SmallestChange;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/**
 * Finds the changes that make a profile READY, knowing nothing of the rules but what their
 * findings say: it meets the {@code requires} of every blocker, trap and gap (the plain conditions
 * first, then the "any of" and "at least N of" ones, so that an alternative another finding's
 * change already meets costs nothing), re-runs the rules on the changed profile, and repeats,
 * since a change can bring a new finding (raising skills can spring a trap). It then drops every
 * change the rules confirm is not needed. When ALMOST is nearer, it gives the fewest of those
 * changes that reach it as a {@link Milestone}, confirmed by the rules too. Stores nothing.
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
                            next = SmallestChange.meeting(requirement, next, Choosing.FEWEST_OVERALL).orElse(next);
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
        Actions actions = new Actions(rules, profile.level(), target);
        if (evaluation.verdict() != Verdict.READY) {
            List<Step> steps = steps(changes(profile, current), asked, actions);
            return new Plan(profile, target, false, steps, before, evaluation, obstacles(evaluation),
                    milestone(rules, before, steps, false));
        }
        List<Change> inPlanOrder = steps(changes(profile, current), asked, actions).stream().map(Step::change)
                .toList();
        List<Change> needed = minimal(rules, profile, target, inPlanOrder, Verdict.READY);
        Evaluation after = needed.size() == inPlanOrder.size() ? evaluation
                : evaluator.evaluate(rules, Change.applyAll(profile, needed), target);
        List<Step> steps = steps(needed, asked, actions);
        return new Plan(profile, target, true, steps, before, after, List.of(), milestone(rules, before, steps, true));
    }

    /**
     * As few of the plan's changes as make a NOT_YET profile ALMOST, when those are fewer than the
     * whole plan (or the plan cannot reach READY): the plan's groups are taken in work order,
     * blockers and traps first, then the cheapest gaps, until the rules say ALMOST; then every change
     * the rules confirm ALMOST does without is dropped. What ALMOST takes is the verdict rules' to
     * say, not this method's.
     */
    private Optional<Milestone> milestone(RuleSet rules, Evaluation before, List<Step> steps, boolean reachable) {
        if (before.verdict() != Verdict.NOT_YET) {
            return Optional.empty();
        }
        Profile profile = before.profile();
        Level target = before.target();
        List<Change> taken = new ArrayList<>();
        for (Group group : Group.inWorkOrder(steps)) {
            group.steps().forEach(step -> taken.add(step.change()));
            if (reachable && taken.size() == steps.size()) {
                break;
            }
            Evaluation reached = evaluator.evaluate(rules, Change.applyAll(profile, taken), target);
            if (reached.verdict() == Verdict.ALMOST) {
                List<Change> fewest = minimal(rules, profile, target, taken, Verdict.ALMOST);
                List<Step> chosen = steps.stream().filter(step -> fewest.contains(step.change())).toList();
                return Optional.of(new Milestone(Verdict.ALMOST, chosen, fewest.size() == taken.size() ? reached
                        : evaluator.evaluate(rules, Change.applyAll(profile, fewest), target)));
            }
        }
        return Optional.empty();
    }

    /**
     * Drops, one at a time, every change without which the profile still reaches {@code verdict},
     * until no single change can be dropped. The changes are tried from the last, so for READY (in
     * plan order) gap changes go first, and the foundation and a trap's advised way out stay when
     * either would do; for a milestone (in work order) the costliest groups go first.
     */
    private List<Change> minimal(RuleSet rules, Profile profile, Level target, List<Change> changes,
            Verdict verdict) {
        List<Change> kept = new ArrayList<>(changes);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = kept.size() - 1; i >= 0; i--) {
                List<Change> without = new ArrayList<>(kept);
                without.remove(i);
                if (reaches(rules, Change.applyAll(profile, without), target, verdict)) {
                    kept = without;
                    dropped = true;
                }
            }
        }
        return kept;
    }

    private boolean reaches(RuleSet rules, Profile profile, Level target, Verdict verdict) {
        return evaluator.evaluate(rules, profile, target).verdict() == verdict;
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
    private static List<Step> steps(List<Change> changes, Map<Finding.Id, Finding> asked, Actions actions) {
        List<Step> steps = new ArrayList<>();
        for (Change change : changes) {
            List<Finding> closes = asked.values().stream()
                    .filter(finding -> finding.requires().stream()
                            .anyMatch(requirement -> requirement.keys().contains(change.key())))
                    .sorted(Finding.ORDER).toList();
            steps.add(new Step(change, closes, actions.of(change, closes)));
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
                if (SmallestChange.meeting(requirement, profile, Choosing.FEWEST_OVERALL).isEmpty()) {
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
            if (SmallestChange.meeting(requirement, profile, Choosing.FEWEST_OVERALL).isEmpty()
                    && !scales.contains(scale)) {
                scales.add(scale);
            }
        }
        return scales.isEmpty() ? "its alternatives cannot all be met together" : String.join("; ", scales);
    }

    private static String conditions(Finding finding) {
        return String.join(" and ", finding.requires().stream().map(Condition::condition).toList());
    }
}
