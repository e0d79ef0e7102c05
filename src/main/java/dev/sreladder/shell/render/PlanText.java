package dev.sreladder.shell.render;

import java.util.List;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.planning.Action;
import dev.sreladder.planning.Change;
import dev.sreladder.planning.Group;
import dev.sreladder.planning.Milestone;
import dev.sreladder.planning.Plan;
import dev.sreladder.planning.Step;
import dev.sreladder.profile.Numbers;
import dev.sreladder.system.Text;

/**
 * A plan, readably: where the profile stands and where the plan takes it; the nearer milestone
 * first when there is one, then the rest; the steps grouped under the finding each group closes,
 * cheapest first within each kind, with the article's advice. Evidence reads as something to do
 * ("2 more design docs written", "1 more: design docs written"), a rating as something to judge
 * (what the rating means on the ladder's scale, and the evidence that usually backs it).
 */
public final class PlanText {

    private PlanText() {
    }

    public static String of(Plan plan, TextStyle style) {
        Evaluation before = plan.before();
        Evaluation after = plan.after();
        StringBuilder text = new StringBuilder();
        text.append("Plan for ").append(EvaluationText.heading(plan.profile(), plan.target(), style)).append('\n');
        if (plan.reachable() && plan.steps().isEmpty()) {
            text.append("Already ").append(EvaluationText.verdict(before, style)).append(" (score ")
                    .append(before.score())
                    .append("%): nothing to change.");
            return text.toString();
        }
        int count = plan.steps().size();
        text.append("Now ").append(score(before, style)).append(" → ").append(score(after, style))
                .append(" with ").append(changes(count));
        text.append(plan.reachable() ? ", confirmed by re-running the rules; no change can be left out\n"
                : ": READY cannot be reached under these rules\n");
        Numbering numbering = new Numbering(count);
        if (plan.milestone().isPresent()) {
            Milestone milestone = plan.milestone().get();
            text.append('\n').append(style.bold("First milestone: ")).append(score(milestone.after(), style))
                    .append(" with ")
                    .append(changes(milestone.steps().size())).append(", confirmed by re-running the rules\n");
            groups(text, milestone.groups(), numbering, style);
            text.append('\n').append(style.bold("Then ")).append(plan.reachable() ? score(after, style)
                    : "towards READY").append(" with ")
                    .append(Text.count(plan.rest().size(), "more change", "more changes")).append('\n');
        }
        groups(text, plan.groups(), numbering, style);
        if (!plan.reachable()) {
            text.append('\n').append(style.bold("WHAT BLOCKS IT")).append('\n');
            plan.obstacles().forEach(obstacle -> text.append("  ").append(style.red("✗")).append(' ')
                    .append(obstacle).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    /**
     * "do: 2 more design docs written (designDocs 0 → 2)", or "judge: resilienceTesting at 3 means
     * "proficient, independently and consistently" (rated 1 now); usually backed by gameDays".
     */
    static String step(Step step) {
        Change change = step.change();
        if (step.action() instanceof Action.Judge judge) {
            String backing = judge.backedBy().isEmpty() ? ""
                    : "; usually backed by " + judge.backedBy().stream().map(ProfileKey::name)
                            .collect(Collectors.joining(", "));
            return "judge: " + change.key() + " at " + Numbers.format(change.to()) + " means \"" + judge.meaning()
                    + "\" (rated " + Numbers.format(change.from()) + " now)" + backing;
        }
        ProfileKey key = step.action().key();
        double by = change.to() - change.from();
        String what = key.scale().whole() ? counted(Math.abs(by), by > 0 ? "more" : "fewer", key.meaning())
                : (by > 0 ? "raise " : "lower ") + key.meaning() + " to " + Numbers.format(change.to());
        return "do: " + what + " (" + WhatIfText.change(change) + ")";
    }

    private static void groups(StringBuilder text, List<Group> groups, Numbering numbering, TextStyle style) {
        for (Group group : groups) {
            Finding finding = group.finding();
            text.append('\n').append("  ").append(EvaluationText.marker(finding.kind(), style)).append(' ')
                    .append(finding.kind()).append(' ').append(style.bold(finding.code())).append(" [")
                    .append(finding.level()).append("]\n");
            for (Step step : group.steps()) {
                text.append("      ").append(numbering.next()).append(step(step));
                List<Finding> also = step.closes().subList(1, step.closes().size());
                if (!also.isEmpty()) {
                    text.append(style.dim("   (also for " + also.stream().map(Finding::label)
                            .collect(Collectors.joining(", ")) + ")"));
                }
                text.append('\n');
            }
            text.append("      advice: ").append(finding.advice()).append('\n');
            text.append("      ").append(style.dim("rule \"" + finding.rule() + "\" · " + finding.section()))
                    .append('\n');
        }
    }

    private static String score(Evaluation evaluation, TextStyle style) {
        return EvaluationText.verdict(evaluation, style) + " " + evaluation.score() + "%";
    }

    private static String changes(int count) {
        return Text.count(count, "change", "changes");
    }

    /**
     * "2 more design docs written", and "1 more: design docs written": a meaning from the ladder is
     * written in the plural and its singular cannot be derived, so one is set apart from it.
     */
    private static String counted(double by, String direction, String meaning) {
        return Numbers.format(by) + " " + direction + (by == 1 ? ": " : " ") + meaning;
    }

    /** Step numbers running on across the milestone and the rest, right-aligned to the widest. */
    private static final class Numbering {

        private final String format;
        private int number;

        Numbering(int count) {
            this.format = "%" + Integer.toString(count).length() + "d. ";
        }

        String next() {
            return String.format(format, ++number);
        }
    }
}
