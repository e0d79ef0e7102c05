package dev.sreladder.evaluation;

import dev.sreladder.profile.Level;

/**
 * A fact present only when the target is above the current level: the evaluation asks about a
 * promotion, so the career traps apply.
 */
public record Promotion(Level from, Level to) {
}
