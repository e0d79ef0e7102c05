package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule's conditions ask of the profile before it fires, as an engineer reads it: the
 * conditions on profile keys that must all hold ({@code ||} read as "any of"), and, word for word,
 * the parts that are not a comparison of a key with a number (another fact, an {@code eval}, two
 * keys compared). The level a rule is about is its {@link RuleInfo#level()}, not part of this.
 */
public record Trigger(List<Condition> conditions, List<String> unread) {

    /** A rule that asks nothing of the profile (an expectation, a verdict rule). */
    public static final Trigger NONE = new Trigger(List.of(), List.of());

    public Trigger {
        conditions = List.copyOf(conditions);
        unread = List.copyOf(unread);
    }

    /** Whether every part was read as a condition: the conditions alone say when the rule fires. */
    public boolean complete() {
        return unread.isEmpty();
    }

    public boolean isEmpty() {
        return conditions.isEmpty() && unread.isEmpty();
    }

    /**
     * "handsOnIncidentShare ≥ 0.5 and any of (mentees == 0, mentoring ≤ 1)"; parts not read are
     * quoted as written: "… and `exists Finding(kind == FindingKind.GAP)`".
     */
    public String text() {
        List<String> parts = new ArrayList<>();
        conditions.forEach(condition -> parts.add(condition.condition()));
        unread.forEach(part -> parts.add("`" + part + "`"));
        return String.join(" and ", parts);
    }
}
