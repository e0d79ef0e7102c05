package dev.sreladder.shell.render;

import java.util.List;

import dev.sreladder.evaluation.EvaluationService.Explained;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Trace;
import dev.sreladder.system.Text;

/**
 * {@code explain}'s text: every rule that fired, with the facts it matched in words, each
 * condition of an expectation marked ✓ or ✗ with the value it read, and the verdict in words;
 * then the evaluation as {@code evaluate} shows it.
 */
public final class TraceText {

    private TraceText() {
    }

    public static String of(Explained explained, TextStyle style) {
        List<Trace.Step> steps = explained.trace();
        StringBuilder text = new StringBuilder();
        text.append(style.bold("RULE TRACE")).append(" (").append(Text.count(steps.size(), "rule", "rules"))
                .append(" fired, in firing order)\n");
        int width = Integer.toString(steps.size()).length();
        for (Trace.Step step : steps) {
            String number = String.format("%" + width + "d. ", step.order());
            text.append("  ").append(number).append(style.bold(step.code() == null ? "-" : step.code()))
                    .append("  \"").append(step.rule()).append('"');
            if (step.info() != null) {
                text.append("  ").append(style.dim(step.info().location()));
            }
            text.append('\n');
            String indent = "  " + " ".repeat(number.length());
            if (step.facts().isEmpty() && step.outcome() == null) {
                text.append(indent).append(style.dim("(no single fact: its conditions are exists, not or "
                        + "accumulate over the findings)")).append('\n');
            }
            for (Trace.Fact fact : step.facts()) {
                text.append(indent).append(fact.summary()).append('\n');
            }
            assessed(step, indent, style, text);
            if (step.outcome() != null) {
                text.append(indent).append("→ ").append(style.bold(step.outcome())).append('\n');
            }
        }
        return text.append('\n').append(EvaluationText.of(explained.evaluation(), style)).toString();
    }

    /** "→ GAP: 1 of 2 conditions met" ("→ GAP" for one), then each condition with its mark. */
    private static void assessed(Trace.Step step, String indent, TextStyle style, StringBuilder text) {
        Finding assessed = step.assessed();
        if (assessed == null) {
            return;
        }
        text.append(indent).append("→ ").append(style.bold(assessed.kind().name()));
        if (step.checks().isEmpty()) {
            text.append(' ').append(assessed.message()).append('\n');
            return;
        }
        if (step.checks().size() > 1) {
            long met = step.checks().stream().filter(Trace.Check::holds).count();
            text.append(": ").append(met).append(" of ").append(step.checks().size()).append(" conditions met");
        }
        text.append('\n');
        for (Trace.Check check : step.checks()) {
            text.append(indent).append("  ").append(check.holds() ? style.green("✓") : style.red("✗")).append(' ')
                    .append(check.text()).append('\n');
        }
    }
}
