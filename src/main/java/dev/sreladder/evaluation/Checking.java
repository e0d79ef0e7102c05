package dev.sreladder.evaluation;

import dev.sreladder.ladder.Level;

/**
 * A fact saying that the expectations of this level are checked: present only while a rule set
 * declares the expectations of a range of levels ({@link RuleSet.Declarations}), and matched only by
 * expectation rules, as {@code Checking(level == "MID")}. {@code rank} is the level's place on
 * the ladder, lowest 0.
 */
public record Checking(String level, int rank) {

    Checking(Level level) {
        this(level.name(), level.rank());
    }

    Level asLevel() {
        return new Level(level, rank);
    }
}
