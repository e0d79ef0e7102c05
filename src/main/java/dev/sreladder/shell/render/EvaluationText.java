package dev.sreladder.shell.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvidenceTie;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Review;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Text;

/**
 * The readable verdict block: who, verdict and score, then blockers, traps, gaps and notes, each
 * with what the rule saw, the article's advice and section, what would clear it and the evidence
 * items behind it; then the waived expectations, the met ones, and the engineer's own ratings
 * beside the manager's when the profile gives them.
 */
public final class EvaluationText {

    private static final String ITEM_INDENT = "        ";

    private EvaluationText() {
    }

    /** "Maya Chen (maya-chen) · MID → SENIOR": who, and the step checked; every report starts so. */
    static String heading(Profile profile, Level target, TextStyle style) {
        return style.bold(Text.visible(profile.name())) + " (" + profile.id() + ") · " + profile.level() + " → "
                + target;
    }

    /** The evaluation with every evidence item listed apart, for when its rules are not at hand. */
    public static String of(Evaluation evaluation, TextStyle style) {
        return of(evaluation, EvidenceTie.ofLadder(evaluation.profile().ladder()), style);
    }

    public static String of(Evaluation evaluation, EvidenceTie evidence, TextStyle style) {
        Profile profile = evaluation.profile();
        StringBuilder text = new StringBuilder();
        text.append(heading(evaluation.profile(), evaluation.target(), style)).append('\n');
        reviewer(evaluation.profile().review()).ifPresent(line -> text.append(style.dim(line)).append('\n'));
        text.append("Verdict: ").append(verdict(evaluation, style)).append("   score ").append(evaluation.score())
                .append("%   ").append(style.dim("(" + evaluation.verdictRule() + ")")).append('\n');
        section(text, "BLOCKERS", evaluation.findings(FindingKind.BLOCKER), profile, evidence,
                style);
        section(text, "TRAPS", evaluation.findings(FindingKind.TRAP), profile, evidence,
                style);
        section(text, "GAPS", evaluation.findings(FindingKind.GAP), profile, evidence,
                style);
        section(text, "NOTES", evaluation.findings(FindingKind.NOTE), profile, evidence,
                style);
        section(text, "WAIVED", evaluation.findings(FindingKind.WAIVED), profile, evidence,
                style);
        List<Finding> met = evaluation.findings(FindingKind.MET);
        long checked = evaluation.expectationsChecked();
        text.append('\n').append(style.bold("MET")).append(" (").append(met.size()).append(" of ").append(checked)
                .append(" expectations)");
        if (!met.isEmpty()) {
            text.append(": ").append(met.stream().map(finding -> finding.level() + " " + finding.code())
                    .collect(Collectors.joining(", ")));
        }
        text.append('\n');
        metEvidence(text, evidence.listed(profile, met), style);
        otherEvidence(text, evidence.unread(profile, evaluation.findings()), style);
        selfRatings(text, evaluation.profile(), style);
        text.append(style.dim("rules " + RuleCompiler.abbreviate(evaluation.fingerprint()) + " ("
                + Text.count(evaluation.ruleFiles(), "file", "files") + ")"));
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

    /** "manager Dana Wu · team Payments SRE", when the profile names either. */
    static Optional<String> reviewer(Review review) {
        String line = review.managerIfGiven().map(manager -> "manager " + Text.visible(manager)).orElse("");
        String team = review.teamIfGiven().map(name -> "team " + Text.visible(name)).orElse("");
        String both = line.isEmpty() || team.isEmpty() ? line + team : line + " · " + team;
        return both.isEmpty() ? Optional.empty() : Optional.of(both);
    }

    private static void section(StringBuilder text, String title, List<Finding> findings, Profile profile,
            EvidenceTie evidence, TextStyle style) {
        if (findings.isEmpty()) {
            return;
        }
        text.append('\n').append(style.bold(title)).append(" (").append(findings.size()).append(')');
        if (title.equals("NOTES")) {
            text.append("  ").append(style.dim("context for the committee: notes do not change the verdict"));
        } else if (title.equals("WAIVED")) {
            text.append("  ").append(style.dim("not checked and not counted in the score, for the reason given"));
        }
        text.append('\n');
        for (Finding finding : findings) {
            text.append("  ").append(marker(finding.kind(), style)).append(' ').append(style.bold(finding.code()))
                    .append(" [").append(finding.level()).append("] ").append(Text.visible(finding.message()))
                    .append('\n');
            text.append("      advice: ").append(finding.advice()).append('\n');
            if (!finding.requires().isEmpty()) {
                text.append("      clears when: ").append(finding.requires().stream()
                        .map(Condition::condition).collect(Collectors.joining(" and "))).append('\n');
            }
            for (EvidenceTie.Listed listed : evidence.behind(profile, finding)) {
                text.append("      evidence ").append(listed.key()).append(":\n");
                items(text, listed, ITEM_INDENT);
            }
            text.append("      ").append(style.dim("rule \"" + finding.rule() + "\" · " + finding.section()))
                    .append('\n');
        }
    }

    /** The items behind the met expectations, a key at a time with the expectations it supports. */
    private static void metEvidence(StringBuilder text, List<EvidenceTie.Listed> listed, TextStyle style) {
        List<EvidenceTie.Listed> behind = listed.stream().filter(key -> !key.supports().isEmpty()).toList();
        if (behind.isEmpty()) {
            return;
        }
        text.append("  ").append(style.dim("evidence behind met expectations:")).append('\n');
        for (EvidenceTie.Listed key : behind) {
            text.append("    ").append(key.key()).append(" · ").append(key.supports().stream()
                    .map(finding -> finding.level() + " " + finding.code()).collect(Collectors.joining(", ")))
                    .append('\n');
            items(text, key, "      ");
        }
    }

    /** Items no finding's rule reads (or all of them, shown without the rules): listed so none is hidden. */
    private static void otherEvidence(StringBuilder text, List<EvidenceTie.Listed> unread, TextStyle style) {
        if (unread.isEmpty()) {
            return;
        }
        text.append("  ").append(style.dim("evidence items no finding reads:")).append('\n');
        for (EvidenceTie.Listed key : unread) {
            text.append("    ").append(key.key()).append('\n');
            items(text, key, "      ");
        }
    }

    /**
     * "Q3 region failover game day (2026-08-14) https://wiki.example.com/gd/2026-q3", every control
     * character shown escaped: the text comes from a file, and the reader's refusal is not the
     * terminal's only guard.
     */
    static String line(EvidenceItem item) {
        return Text.visible(item.toString());
    }

    private static void items(StringBuilder text, EvidenceTie.Listed listed, String indent) {
        listed.items().forEach(item -> text.append(indent).append("· ").append(line(item))
                .append('\n'));
    }

    /**
     * Each competency the engineer rated themselves, the manager's rating (the one the rules judge)
     * first; whether two are far apart is the rules' to say, in a note.
     */
    private static void selfRatings(StringBuilder text, Profile profile, TextStyle style) {
        Map<ProfileKey, Integer> rated = SelfRatings.of(profile);
        if (rated.isEmpty()) {
            return;
        }
        text.append('\n').append(style.bold("SELF-RATINGS")).append(" beside the manager's (").append(rated.size())
                .append(")  ").append(style.dim("the rules judge the manager's")).append('\n');
        int width = rated.keySet().stream().mapToInt(key -> key.name().length()).max().orElse(0);
        rated.forEach((key, self) -> text.append("  ").append(key.name())
                .append(" ".repeat(width - key.name().length() + 2)).append("manager ")
                .append((int) profile.value(key)).append(", self ").append(self).append('\n'));
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
