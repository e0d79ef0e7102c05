package dev.sreladder.evaluation;

import java.util.Locale;

/**
 * What a rule does, read from which of the rule API's functions its consequence calls (see
 * {@link FactModel#kindOf}), so a new rule is classified without any list of codes: an
 * expectation rule calls {@code expectation(...)}, a trap {@code trap(...)}, a note
 * {@code note(...)}, a verdict rule {@code verdictReached(...)}.
 */
public enum RuleKind {
    EXPECTATION, TRAP, NOTE, VERDICT, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
