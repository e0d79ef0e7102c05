package dev.sreladder.evaluation;

import dev.sreladder.profile.Level;

/** A fact saying that the expectations of this level are checked in this evaluation. */
public record Checking(Level level) {
}
