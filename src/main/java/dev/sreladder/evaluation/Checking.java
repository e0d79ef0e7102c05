package dev.sreladder.evaluation;

import dev.sreladder.profile.Level;

/**
 * A fact saying that the expectations of this level are checked: present only while a rule set
 * declares the expectations of a range of levels ({@link Declarations}), and matched only by
 * expectation rules.
 */
public record Checking(Level level) {
}
