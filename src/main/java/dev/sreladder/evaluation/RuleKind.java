package dev.sreladder.evaluation;

import java.util.Locale;

/**
 * What a rule does, read from what its consequence inserts, so a new rule is classified without
 * any list of codes: an expectation declares {@code Expectation.declaredBy(...)}, a trap inserts
 * {@code Finding.trap(...)}, a note {@code Finding.note(...)}, a verdict rule inserts
 * {@code VerdictReached.by(...)}.
 */
public enum RuleKind {
    EXPECTATION("Expectation.declaredBy"),
    TRAP("Finding.trap"),
    NOTE("Finding.note"),
    VERDICT("VerdictReached.by"),
    OTHER;

    private final String[] calls;

    RuleKind(String... calls) {
        this.calls = calls;
    }

    /** The kind of a rule from its consequence (comments and strings blanked out). */
    static RuleKind of(String consequence) {
        String compact = consequence.replaceAll("\\s+", "");
        for (RuleKind kind : values()) {
            for (String call : kind.calls) {
                if (compact.contains(call + "(")) {
                    return kind;
                }
            }
        }
        return OTHER;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
