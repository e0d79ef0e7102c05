package dev.sreladder.shell;

import java.util.List;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.Text;

/**
 * The readable verdict block: who, verdict and score, then blockers, traps, gaps and notes, each
 * with what the rule saw, the article's advice and section, and what would clear it.
 */
final class EvaluationText {

    private EvaluationText() {
    }

    /** "Maya Chen (maya-chen) · MID → SENIOR": who, and the step checked; every report starts so. */
    static String heading(Profile profile, Level target, TextStyle style) {
        return style.bold(Text.visible(profile.name())) + " (" + profile.id() + ") · " + profile.level() + " → "
                + target;
    }

    static String of(Evaluation evaluation, TextStyle style) {
        StringBuilder text = new StringBuilder();
        text.append(heading(evaluation.profile(), evaluation.target(), style)).append('\n');
        text.append("Verdict: ").append(verdict(evaluation, style)).append("   score ").append(evaluation.score())
                .append("%   ").append(style.dim("(" + evaluation.verdictRule() + ")")).append('\n');
        section(text, "BLOCKERS", evaluation.findings(FindingKind.BLOCKER), style);
        section(text, "TRAPS", evaluation.findings(FindingKind.TRAP), style);
        section(text, "GAPS", evaluation.findings(FindingKind.GAP), style);
        section(text, "NOTES", evaluation.findings(FindingKind.NOTE), style);
        List<Finding> met = evaluation.findings(FindingKind.MET);
        long checked = evaluation.expectationsChecked();
        text.append('\n').append(style.bold("MET")).append(" (").append(met.size()).append(" of ").append(checked)
                .append(" expectations)");
        if (!met.isEmpty()) {
            text.append(": ").append(met.stream().map(finding -> finding.level() + " " + finding.code())
                    .collect(Collectors.joining(", ")));
        }
        text.append('\n').append(style.dim("rules " + RuleCompiler.abbreviate(evaluation.fingerprint()) + " ("
                + evaluation.ruleFiles() + " files)"));
        return text.toString();
    }

    static String verdict(Evaluation evaluation, TextStyle style) {
        String name = evaluation.verdict().name();
        return switch (evaluation.verdict()) {
            case READY -> style.bold(style.green(name));
            case ALMOST -> style.bold(style.yellow(name));
            case NOT_YET -> style.bold(style.red(name));
        };
    }

    private static void section(StringBuilder text, String title, List<Finding> findings, TextStyle style) {
        if (findings.isEmpty()) {
            return;
        }
        text.append('\n').append(style.bold(title)).append(" (").append(findings.size()).append(")\n");
        for (Finding finding : findings) {
            text.append("  ").append(marker(finding.kind(), style)).append(' ').append(style.bold(finding.code()))
                    .append(" [").append(finding.level()).append("] ").append(Text.visible(finding.message()))
                    .append('\n');
            text.append("      advice: ").append(finding.advice()).append('\n');
            if (!finding.requires().isEmpty()) {
                text.append("      clears when: ").append(finding.requires().stream()
                        .map(Condition::condition).collect(Collectors.joining(" and "))).append('\n');
            }
            text.append("      ").append(style.dim("rule \"" + finding.rule() + "\" · " + finding.section()))
                    .append('\n');
        }
    }

    static String marker(FindingKind kind, TextStyle style) {
        return switch (kind) {
            case BLOCKER, TRAP -> style.red("✗");
            case GAP -> style.yellow("△");
            case NOTE -> style.dim("•");
            case MET -> style.green("✓");
            case WAIVED -> style.dim("–");
        };
    }

}
