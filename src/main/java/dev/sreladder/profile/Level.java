package dev.sreladder.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four rungs of the SRE ladder, lowest first. */
public enum Level {
    JUNIOR, MID, SENIOR, STAFF;

    /** The names as help texts list them; a constant, so command annotations can say it (LevelTest keeps it true). */
    public static final String NAMES = "JUNIOR, MID, SENIOR or STAFF";

    /** The next rung up; STAFF is the top and stays STAFF. */
    public Level next() {
        return this == STAFF ? STAFF : values()[ordinal() + 1];
    }

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Level other) {
        return compareTo(other) < 0;
    }

    /** Reads a level name case-insensitively ("senior", "Senior", "SENIOR"). */
    public static Optional<Level> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst();
    }
}
