package dev.sreladder.shell.render;

import java.util.List;

import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.maintenance.Coverage.RuleCoverage;
import dev.sreladder.maintenance.Coverage;
import dev.sreladder.system.Text;

/** {@code rules coverage}: how many profiles each rule fired for, then the rules that never fired. */
public final class CoverageText {

    private CoverageText() {
    }

    public static String of(Coverage coverage, String folder, TextStyle style) {
        int code = Columns.width(coverage.rules().stream().map(rule -> rule.rule().code()).toList(), "CODE");
        int level = Columns.width(coverage.rules().stream().map(rule -> RuleListText.level(rule.rule())).toList(),
                "LEVEL");
        String format = "%8s  %-" + code + "s  %-11s  %-" + level + "s  %s%n";
        StringBuilder text = new StringBuilder("Rules fired for the "
                + Text.count(coverage.profiles(), "profile", "profiles") + " in " + folder + ":\n");
        text.append(style.bold(String.format(format, "PROFILES", "CODE", "KIND", "LEVEL", "FILE:LINE")));
        for (RuleCoverage rule : coverage.rules()) {
            text.append(String.format(format, rule.profiles(), rule.rule().code(), rule.rule().kind().label(),
                    RuleListText.level(rule.rule()), rule.rule().location()));
        }
        List<RuleInfo> never = coverage.neverFired();
        if (never.isEmpty()) {
            text.append("Every rule fired for at least one profile.");
        } else {
            text.append('\n').append(style.bold("NEVER FIRED")).append(" (").append(never.size()).append(")\n");
            never.forEach(rule -> text.append("  ").append(rule.code()).append("  \"").append(rule.name())
                    .append("\"  ").append(rule.location()).append('\n'));
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }
}
