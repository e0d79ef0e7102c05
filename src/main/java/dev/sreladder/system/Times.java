package dev.sreladder.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one way a time is shown: in UTC, to the minute, as the database records it. A time in a
 * sentence carries "UTC" ({@link #utc}); a table column of times says UTC in its header once
 * ({@link #utcMinute}, {@link #column}).
 */
public final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** "2026-11-29 15:03 UTC"; empty for no time. */
    public static String utc(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant) + " UTC";
    }

    /** "2026-11-29 15:03", for a column whose header says UTC; empty for no time. */
    public static String utcMinute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** The header of a column of {@link #utcMinute} times: "WHEN (UTC)". */
    public static String column(String header) {
        return header + " (UTC)";
    }
}
