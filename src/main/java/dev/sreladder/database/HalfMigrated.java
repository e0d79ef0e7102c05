package dev.sreladder.database;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * An H2 file whose migration stopped part-way (H2 runs DDL outside transactions): made by an earlier
 * build whose first run was killed, or by a run stopped during an upgrade. Flyway then finds the
 * tables of a migration it has no record of, or tables and no record at all. One line names the file
 * and the fix, exit 1: a file that holds no data can simply go; one that does comes from a backup.
 */
final class HalfMigrated {

    /**
     * H2's "already exists" errors: table, index, column, constraint, sequence, and a duplicate key
     * (a row the interrupted migration had inserted). A migration that fails for any other reason is
     * a fault of this build.
     */
    private static final Pattern FAILED_VERSION = Pattern.compile("Detected failed migration to version (\\S+?)[ .]");

    private static final Set<Integer> ALREADY_THERE = Set.of(42101, 42111, 42121, 90045, 90035, 23505);

    private HalfMigrated() {
    }

    static Optional<LadderException> of(FlywayException error, DatabaseUrl url, DataSource dataSource) {
        if (url.h2File().isEmpty()) {
            return Optional.empty(); // a server: PostgreSQL runs a migration in a transaction, whole or not at all
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        Matcher failed = FAILED_VERSION.matcher(message);
        String what;
        if (message.contains("but no schema history table")) {
            what = "its migrations were stopped before the first was recorded";
        } else if (error instanceof FlywayMigrateException migrate && alreadyThere(error)) {
            what = "the migration to schema version " + (migrate.getMigration() == null ? "?"
                    : migrate.getMigration().getVersion()) + " was stopped part-way";
        } else if (failed.find() && holdsNoData(dataSource)) {
            // Recorded as failed by an earlier build that ran into the half-made schema (or failed itself).
            what = "the migration to schema version " + failed.group(1) + " was stopped part-way";
        } else {
            return Optional.empty();
        }
        String file = url.where();
        if (holdsNoData(dataSource)) {
            return Optional.of(new LadderException(ExitCode.BAD_INPUT, "the database file " + file + " is half-made ("
                    + what + ", by an earlier sre-ladder) and holds no data — delete it and run the command again",
                    error));
        }
        return Optional.of(new LadderException(ExitCode.BAD_INPUT, "the database file " + file + " is half-migrated ("
                + what + ", by an earlier sre-ladder) — restore it from a backup taken before that run", error));
    }

    private static boolean alreadyThere(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ALREADY_THERE.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** Tables that hold bookkeeping, not what a user stored: Flyway's record, the chain's one head row. */
    private static final Set<String> BOOKKEEPING = Set.of("FLYWAY_SCHEMA_HISTORY", "AUDIT_HEAD");

    /** No row in any table but bookkeeping; when that cannot be told, the file may hold data. */
    private static boolean holdsNoData(DataSource dataSource) {
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            List<String> tables = jdbc.sql("""
                    select table_name from information_schema.tables
                    where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'""").query(String.class).list();
            for (String table : tables) {
                if (BOOKKEEPING.contains(table.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                Long rows = jdbc.sql("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")
                        .query(Long.class).single();
                if (rows > 0) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
