package dev.sreladder.evaluation;

import dev.sreladder.ladder.Level;

/**
 * A fact present only when the target is above the current level: the evaluation asks about a
 * promotion, so the career traps apply. Rules match it by level name: {@code Promotion(from == "MID")}.
 */
public record Promotion(String from, String to) {

    Promotion(Level from, Level to) {
        this(from.name(), to.name());
    }
}
