package dev.sreladder.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/** What every reachable plan must satisfy, checked by running the rules, not by trusting the planner. */
final class PlanAssertions {

    private PlanAssertions() {
    }

    static void assertReadyAndMinimal(RuleSet rules, Plan plan) {
        Profile profile = plan.profile();
        Level target = plan.target();
        String who = profile + " → " + target;
        assertThat(plan.reachable()).as("reachable: %s", who).isTrue();
        assertThat(verdict(rules, Change.applyAll(profile, plan.changes()), target)).as("with the plan: %s", who)
                .isEqualTo(Verdict.READY);
        assertThat(plan.after().verdict()).as(who).isEqualTo(Verdict.READY);
        for (int i = 0; i < plan.changes().size(); i++) {
            List<Change> without = new ArrayList<>(plan.changes());
            Change dropped = without.remove(i);
            assertThat(verdict(rules, Change.applyAll(profile, without), target))
                    .as("without %s: %s", dropped, who).isNotEqualTo(Verdict.READY);
        }
        assertThat(plan.changes()).as(who).allSatisfy(change -> {
            assertThat(change.from()).isEqualTo(profile.value(change.key()));
            assertThat(change.to()).isNotEqualTo(change.from());
        });
        assertThat(plan.changes()).extracting(Change::key).as(who).doesNotHaveDuplicates();
        assertOrderedBlockersTrapsGaps(plan);
    }

    /**
     * A milestone only for a NOT_YET profile, nearer than READY; ALMOST by the rules with its changes
     * applied (the plan's own changes, fewer of them), and none of them can be dropped with ALMOST kept.
     * Its steps and the rest make up the whole plan.
     */
    static void assertMilestoneNearerAndMinimal(RuleSet rules, Plan plan) {
        Profile profile = plan.profile();
        Level target = plan.target();
        String who = profile + " → " + target;
        if (plan.milestone().isEmpty()) {
            assertThat(plan.rest()).as(who).isEqualTo(plan.steps());
            return;
        }
        Milestone milestone = plan.milestone().get();
        assertThat(plan.before().verdict()).as(who).isEqualTo(Verdict.NOT_YET);
        assertThat(milestone.verdict()).as(who).isEqualTo(Verdict.ALMOST);
        assertThat(milestone.after().verdict()).as(who).isEqualTo(Verdict.ALMOST);
        assertThat(verdict(rules, Change.applyAll(profile, milestone.changes()), target)).as(who)
                .isEqualTo(Verdict.ALMOST);
        assertThat(plan.changes()).as(who).containsAll(milestone.changes());
        if (plan.reachable()) {
            assertThat(milestone.changes()).as(who).hasSizeLessThan(plan.changes().size());
        }
        for (int i = 0; i < milestone.changes().size(); i++) {
            List<Change> without = new ArrayList<>(milestone.changes());
            Change dropped = without.remove(i);
            assertThat(verdict(rules, Change.applyAll(profile, without), target))
                    .as("milestone without %s: %s", dropped, who).isEqualTo(Verdict.NOT_YET);
        }
        List<Step> both = new ArrayList<>(milestone.steps());
        both.addAll(plan.rest());
        assertThat(both).as(who).containsExactlyInAnyOrderElementsOf(plan.steps());
    }

    static void assertOrderedBlockersTrapsGaps(Plan plan) {
        List<FindingKind> kinds = plan.steps().stream().map(step -> step.reason().kind()).toList();
        assertThat(kinds).as("%s", plan.steps()).isSortedAccordingTo(Enum::compareTo)
                .allSatisfy(kind -> assertThat(kind.holdsBack()).isTrue());
    }

    static Verdict verdict(RuleSet rules, Profile profile, Level target) {
        return new Evaluator().evaluate(rules, profile, target).verdict();
    }
}
