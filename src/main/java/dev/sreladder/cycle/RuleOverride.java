package dev.sreladder.cycle;

import java.util.List;

/**
 * A rule committees decided against: its finding's {@code code} (or {@code READY} for a defer
 * despite a READY verdict), the rule's name, the finding's level (for READY, the target), how many
 * decisions went against it, in which cycles (first seen first) and the reasons given, each once.
 */
public record RuleOverride(String code, String rule, String level, int overrides, List<String> cycles,
        List<String> reasons) {

    public RuleOverride {
        cycles = List.copyOf(cycles);
        reasons = List.copyOf(reasons);
    }
}
