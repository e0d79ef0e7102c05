package dev.sreladder.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * SHA-256 over a record's own fields, written the same way when the record is appended and when
 * it is verified: each field length-prefixed (so no two field lists give the same text), times
 * as UTC instants, SQL NULL distinct from the empty text.
 */
public final class Seal {

    private Seal() {
    }

    public static String of(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            String value = canonical(field);
            if (value == null) {
                text.append("-;");
            } else {
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        return sha256(text.toString());
    }

    private static String canonical(Object field) {
        if (field instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (field instanceof Instant instant) {
            return instant.toString();
        }
        return field == null ? null : field.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
