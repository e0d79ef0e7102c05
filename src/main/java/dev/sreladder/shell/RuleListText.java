package dev.sreladder.shell;

import java.util.List;

import dev.sreladder.evaluation.RuleInfo;

/** {@code rules list}: one line per rule with its code, kind, level, file:line and section. */
final class RuleListText {

    private RuleListText() {
    }

    static String of(List<RuleInfo> rules, TextStyle style) {
        int code = Columns.width(rules.stream().map(RuleInfo::code).toList(), "CODE");
        int place = Columns.width(rules.stream().map(RuleInfo::location).toList(), "FILE:LINE");
        int level = Columns.width(rules.stream().map(RuleListText::level).toList(), "LEVEL");
        String format = "%-" + code + "s  %-11s  %-" + level + "s  %-" + place + "s  %s%n";
        StringBuilder text = new StringBuilder(style.bold(String.format(format, "CODE", "KIND", "LEVEL", "FILE:LINE",
                "SECTION")));
        for (RuleInfo rule : rules) {
            text.append(String.format(format, rule.code(), rule.kind().label(),
                    level(rule), rule.location(), rule.section()));
        }
        text.append(rules.size()).append(" rules");
        return text.toString();
    }

    /** The level a rule is about, "-" for none: level names are the ladder's, of any length. */
    static String level(RuleInfo rule) {
        return rule.level() == null ? "-" : rule.level().name();
    }
}
