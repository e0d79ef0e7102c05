package dev.sreladder.ladder;

import java.util.Objects;

/**
 * One rung of a ladder: its name (upper case, as the ladder file spells it) and its place on the
 * ladder, 0 for the lowest. Levels compare by that place; only levels of one ladder are compared.
 */
public record Level(String name, int rank) implements Comparable<Level> {

    public Level {
        Objects.requireNonNull(name, "name");
        if (rank < 0) {
            throw new IllegalArgumentException("a level's rank is 0 or more");
        }
    }

    public boolean isAbove(Level other) {
        return rank > other.rank;
    }

    public boolean isBelow(Level other) {
        return rank < other.rank;
    }

    @Override
    public int compareTo(Level other) {
        return Integer.compare(rank, other.rank);
    }

    /** The name, as every output shows a level. */
    @Override
    public String toString() {
        return name;
    }
}
