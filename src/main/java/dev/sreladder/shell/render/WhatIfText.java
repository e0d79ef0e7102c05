package dev.sreladder.shell.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.planning.Change;
import dev.sreladder.planning.WhatIfResult;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.Text;

/**
 * A what-if, readably: the changes, the verdict and score before → after with the new verdict's
 * reason, then the findings that were cleared, the ones that are new, and the ones still open with
 * other values; the waived expectations and the engineer's own ratings beside the manager's, when
 * the profile gives them; and last what still stands between the changed profile and READY, each
 * with what clears it.
 */
public final class WhatIfText {

    private WhatIfText() {
    }

    public static String of(WhatIfResult result, TextStyle style) {
        String differences = result.noDifference()
                ? "\nNo difference: the verdict, the score and every finding stay as they are.\n"
                : differences(result, style);
        return (heading(result, style) + differences + review(result, style) + inTheWay(result.after(), style))
                .stripTrailing();
    }

    /** The profile, the changes, and the verdict and score before → after with the new verdict's reason. */
    private static String heading(WhatIfResult result, TextStyle style) {
        Evaluation before = result.before();
        Evaluation after = result.after();
        StringBuilder text = new StringBuilder();
        text.append("What if ").append(EvaluationText.heading(before.profile(), before.target(), style))
                .append('\n');
        for (Change change : result.changes()) {
            text.append("  ").append(change(change)).append('\n');
        }
        text.append("Verdict: ").append(EvaluationText.verdict(before, style)).append(" → ")
                .append(EvaluationText.verdict(after, style)).append("   score ").append(before.score()).append("% → ")
                .append(after.score()).append('%').append("   (").append(after.verdictRule()).append(")\n");
        return text.toString();
    }

    /** The findings cleared, new, and still open with other values. */
    private static String differences(WhatIfResult result, TextStyle style) {
        List<Finding> cleared = holdingOrNotes(result.disappeared());
        List<Finding> added = holdingOrNotes(result.appeared());
        List<Finding> changed = holdingOrNotes(result.changed());
        StringBuilder text = new StringBuilder();
        if (!cleared.isEmpty()) {
            title(text, "CLEARED", cleared.size(), style).append('\n');
            cleared.forEach(finding -> text.append("  ").append(style.green("✓")).append(' ')
                    .append(finding.kind()).append(' ').append(style.bold(finding.code())).append(" [")
                    .append(finding.level()).append("] was: ").append(finding.message()).append('\n'));
        }
        if (!added.isEmpty()) {
            title(text, "NEW", added.size(), style).append('\n');
            for (Finding finding : added) {
                line(text, finding, style);
                text.append("      advice: ").append(finding.advice()).append('\n');
                clearsWhen(text, finding);
            }
        }
        if (!changed.isEmpty()) {
            title(text, "STILL OPEN", changed.size(), style).append('\n');
            for (Finding finding : changed) {
                line(text, finding, style);
                text.append("      ").append(style.dim("was: " + result.earlier(finding).message())).append('\n');
            }
        }
        if (cleared.isEmpty() && added.isEmpty() && changed.isEmpty()) {
            text.append('\n').append("No blocker, trap, gap or note changed.\n");
        }
        return text.toString();
    }

    /** A section's title after a blank line: "NEW (2)". */
    private static StringBuilder title(StringBuilder text, String title, int count, TextStyle style) {
        return text.append('\n').append(style.bold(title)).append(" (").append(count).append(')');
    }

    /** "  ✗ GAP code [level] message": a finding as the sections list it. */
    private static void line(StringBuilder text, Finding finding, TextStyle style) {
        text.append("  ").append(EvaluationText.marker(finding.kind(), style)).append(' ').append(finding.kind())
                .append(' ').append(style.bold(finding.code())).append(" [").append(finding.level())
                .append("] ").append(finding.message()).append('\n');
    }

    private static void clearsWhen(StringBuilder text, Finding finding) {
        if (!finding.requires().isEmpty()) {
            text.append("      clears when: ").append(conditions(finding)).append('\n');
        }
    }

    /**
     * What the changes cannot touch, so the reader still sees it: the waived expectations, and each
     * competency the engineer rated themselves beside the manager's rating before and after.
     */
    private static String review(WhatIfResult result, TextStyle style) {
        StringBuilder text = new StringBuilder();
        List<Finding> waived = result.after().findings(FindingKind.WAIVED);
        if (!waived.isEmpty()) {
            title(text, "WAIVED", waived.size(), style).append("  ")
                    .append(style.dim("not checked and not counted in the score, for the reason given")).append('\n');
            waived.forEach(finding -> text.append("  ").append(EvaluationText.marker(finding.kind(), style))
                    .append(' ').append(style.bold(finding.code())).append(" [").append(finding.level()).append("] ")
                    .append(Text.visible(finding.message())).append('\n'));
        }
        Profile before = result.before().profile();
        Profile after = result.after().profile();
        Map<ProfileKey, Integer> rated = SelfRatings.of(after);
        if (!rated.isEmpty()) {
            text.append('\n').append(style.bold("SELF-RATINGS")).append(" beside the manager's (")
                    .append(rated.size()).append(")  ").append(style.dim("the rules judge the manager's"))
                    .append('\n');
            int width = rated.keySet().stream().mapToInt(key -> key.name().length()).max().orElse(0);
            rated.forEach((key, self) -> {
                int was = (int) before.value(key);
                int now = (int) after.value(key);
                text.append("  ").append(key.name()).append(" ".repeat(width - key.name().length() + 2))
                        .append("manager ").append(was == now ? String.valueOf(now) : was + " → " + now)
                        .append(", self ").append(self).append('\n');
            });
        }
        return text.toString();
    }

    /** Every blocker, trap and gap of the changed profile, with what clears each; or that none is left. */
    private static String inTheWay(Evaluation after, TextStyle style) {
        List<Finding> holding = after.findings().stream().filter(finding -> finding.kind().holdsBack()).toList();
        StringBuilder text = new StringBuilder("\n");
        if (holding.isEmpty()) {
            return text.append("Nothing stands between this profile and READY.").toString();
        }
        text.append(style.bold("STILL IN THE WAY OF READY")).append(" (").append(holding.size()).append(")\n");
        for (Finding finding : holding) {
            line(text, finding, style);
            clearsWhen(text, finding);
        }
        return text.toString();
    }

    static String change(Change change) {
        return change.key() + " " + Requirement.format(change.from()) + " → " + Requirement.format(change.to());
    }

    /** MET findings mirror the gaps and blockers that come and go, so they are left out. */
    private static List<Finding> holdingOrNotes(List<Finding> findings) {
        return findings.stream().filter(finding -> finding.kind() != FindingKind.MET).toList();
    }

    private static String conditions(Finding finding) {
        return finding.requires().stream().map(Condition::condition).collect(Collectors.joining(" and "));
    }
}
