package dev.sreladder.shell;

import java.util.List;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.planning.Plan;
import dev.sreladder.planning.Step;

/**
 * A plan, readably: where the profile stands and where the plan takes it, then the changes in
 * the order to work on them, grouped under the finding each one is for, with the article's advice.
 */
final class PlanText {

    private PlanText() {
    }

    static String of(Plan plan, TextStyle style) {
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
        text.append("Now ").append(EvaluationText.verdict(before, style)).append(" ").append(before.score())
                .append("% → ")
                .append(EvaluationText.verdict(after, style)).append(" ").append(after.score()).append("% with ")
                .append(count)
                .append(count == 1 ? " change" : " changes");
        text.append(plan.reachable() ? ", confirmed by re-running the rules; no change can be left out\n"
                : ": READY cannot be reached under these rules\n");
        Finding group = null;
        int number = 0;
        String numberFormat = "%" + Integer.toString(count).length() + "d. ";
        for (Step step : plan.steps()) {
            if (!step.reason().equals(group)) {
                if (group != null) {
                    advice(text, group, style);
                }
                group = step.reason();
                text.append('\n').append("  ").append(EvaluationText.marker(group.kind(), style)).append(' ')
                        .append(group.kind())
                        .append(' ').append(style.bold(group.code())).append(" [").append(group.level())
                        .append("]\n");
            }
            text.append("      ").append(String.format(numberFormat, ++number))
                    .append(WhatIfText.change(step.change()));
            List<Finding> also = step.closes().subList(1, step.closes().size());
            if (!also.isEmpty()) {
                text.append(style.dim("   (also for " + also.stream()
                        .map(Finding::label)
                        .collect(Collectors.joining(", ")) + ")"));
            }
            text.append('\n');
        }
        if (group != null) {
            advice(text, group, style);
        }
        if (!plan.reachable()) {
            text.append('\n').append(style.bold("WHAT BLOCKS IT")).append('\n');
            plan.obstacles().forEach(obstacle -> text.append("  ").append(style.red("✗")).append(' ')
                    .append(obstacle).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    private static void advice(StringBuilder text, Finding finding, TextStyle style) {
        text.append("      advice: ").append(finding.advice()).append('\n');
        text.append("      ").append(style.dim("rule \"" + finding.rule() + "\" · " + finding.section())).append('\n');
    }
}
