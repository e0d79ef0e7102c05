package dev.sreladder.shell.render;

import java.util.List;

import dev.sreladder.cycle.RuleOverride;
import dev.sreladder.system.Text;

/**
 * {@code rules overrides}: the rules committees decided against, most overridden first, each with
 * how often, in which cycles, the rule's name and the reasons given, so a maintainer sees first what
 * to look at.
 */
public final class OverridesText {

    static final String NONE = "No rule was overridden: every decision in these cycles followed the rules' verdict.";
    static final String HEADING = "Rules committees overrode most (a promote despite the rule's blocker, trap or gap;"
            + " a defer despite READY):";

    private OverridesText() {
    }

    public static String of(List<RuleOverride> overrides, TextStyle style) {
        if (overrides.isEmpty()) {
            return NONE;
        }
        int countWidth = overrides.stream().mapToInt(override -> count(override).length()).max().orElse(0);
        StringBuilder text = new StringBuilder(HEADING).append('\n');
        for (RuleOverride override : overrides) {
            String count = count(override);
            text.append('\n').append(style.bold(count)).append(" ".repeat(countWidth - count.length() + 2))
                    .append(style.bold(Text.visible(override.code()))).append(" [")
                    .append(Text.visible(override.level())).append("]  in ")
                    .append(Text.visible(String.join(", ", override.cycles()))).append('\n')
                    .append("  rule     ").append(Text.visible(override.rule())).append('\n');
            if (override.reasons().isEmpty()) {
                text.append("  reasons  ").append(style.dim("none given")).append('\n');
            }
            for (int i = 0; i < override.reasons().size(); i++) {
                text.append(i == 0 ? "  reasons  " : "           ").append('“')
                        .append(Text.visible(override.reasons().get(i))).append("”\n");
            }
        }
        return text.toString().stripTrailing();
    }

    /** "3 overrides", "1 override". */
    private static String count(RuleOverride override) {
        return override.overrides() + (override.overrides() == 1 ? " override" : " overrides");
    }
}
