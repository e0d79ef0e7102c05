package dev.sreladder.testing;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;

/** The article's levels, as the default rules' scenarios name them. */
public final class Levels {

    public static final Level JUNIOR = Ladder.article().level("JUNIOR").orElseThrow();
    public static final Level MID = Ladder.article().level("MID").orElseThrow();
    public static final Level SENIOR = Ladder.article().level("SENIOR").orElseThrow();
    public static final Level STAFF = Ladder.article().level("STAFF").orElseThrow();

    private Levels() {
    }
}
