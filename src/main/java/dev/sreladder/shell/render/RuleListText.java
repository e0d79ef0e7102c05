package dev.sreladder.shell.render;

import java.util.List;

import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.system.Text;

/** {@code rules list}: one row per rule with its code, kind, level, file:line and section. */
public final class RuleListText {

    private RuleListText() {
    }

    public static String of(List<RuleInfo> rules) {
        // A Table: on a narrow terminal the widest column wraps inside itself, the others stay aligned.
        Table table = new Table("CODE", "KIND", "LEVEL", "FILE:LINE", "SECTION");
        for (RuleInfo rule : rules) {
            table.row(rule.code(), rule.kind().label(), level(rule),
                    rule.location(), rule.section());
        }
        return table + Text.count(rules.size(), "rule", "rules");
    }

    /** The level a rule is about, "-" for none: level names are the ladder's, of any length. */
    static String level(RuleInfo rule) {
        return rule.level() == null ? "-" : rule.level().name();
    }
}
