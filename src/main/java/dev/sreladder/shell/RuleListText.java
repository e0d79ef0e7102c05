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
        String format = "%-" + code + "s  %-11s  %-6s  %-" + place + "s  %s%n";
        StringBuilder text = new StringBuilder(style.bold(String.format(format, "CODE", "KIND", "LEVEL", "FILE:LINE",
                "SECTION")));
        for (RuleInfo rule : rules) {
            text.append(String.format(format, rule.code(), rule.kind().label(),
                    rule.level() == null ? "-" : rule.level().name(), rule.location(), rule.section()));
        }
        text.append(rules.size()).append(" rules");
        return text.toString();
    }
}
