package dev.sreladder.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reading and writing the columns every table shares: times are stored with their offset, in UTC. */
public final class Rows {

    private Rows() {
    }

    /** Now, as a timestamp column takes it. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A timestamp column read back, or null for SQL NULL. */
    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
