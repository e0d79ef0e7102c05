package dev.sreladder.report;

import java.util.List;

import dev.sreladder.cycle.RuleOverride;

/**
 * The cycle a packet is made for: its name, its state ("open" or "closed"), the fingerprint and
 * ladder of the rule set pinned for it, and the rules its decisions went against.
 */
public record CyclePacket(String name, String state, String fingerprint, String ladder,
        List<RuleOverride> overrides) {

    public CyclePacket {
        overrides = List.copyOf(overrides);
    }
}
