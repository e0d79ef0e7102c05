package dev.sreladder.database;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Brings the schema up to date with Flyway's migrations, naming the fix when it cannot: a schema
 * a newer build migrated is refused up front (Flyway itself would ignore its future migrations and
 * let queries fail later), and a migration that failed is told apart from one that was edited.
 */
final class Migrations {

    static final String DEFAULT_LOCATION = "classpath:db/migration";

    private static final Pattern FAILED_VERSION = Pattern.compile("Detected failed migration to version (\\S+?)[ .]");

    private final String[] locations;
    private final DatabaseUrl url;
    private final DatabaseErrors errors;

    Migrations(String[] locations, DatabaseUrl url, DatabaseErrors errors) {
        this.locations = locations.length == 0 ? new String[] {DEFAULT_LOCATION} : locations.clone();
        this.url = url;
        this.errors = errors;
    }

    void migrate(DataSource dataSource) {
        Flyway flyway = null;
        try {
            flyway = Flyway.configure().dataSource(dataSource).locations(locations).load();
            MigrationInfoService info = flyway.info();
            refuseANewerSchema(info.all());
            SchemaOwner.refuseMigrationByAMember(dataSource, url, info);
            flyway.migrate();
        } catch (FlywayException e) {
            Optional<LadderException> halfMigrated = HalfMigrated.of(e, url, dataSource);
            if (halfMigrated.isPresent() && e instanceof FlywayMigrateException) {
                forgetTheFailureJustRecorded(flyway);
            }
            throw halfMigrated.orElseGet(() -> failed(e));
        } catch (LadderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    /**
     * Flyway records a migration that ran into the half-made schema as failed: removed again (its
     * repair does only that on H2), so the file is left as it was found and says the same next time.
     */
    private static void forgetTheFailureJustRecorded(Flyway flyway) {
        try {
            flyway.repair();
        } catch (RuntimeException e) {
            // The refusal stands either way; the next run then finds the failure recorded.
        }
    }

    private void refuseANewerSchema(MigrationInfo[] migrations) {
        Optional<MigrationVersion> newest = newest(migrations, true);
        if (newest.isPresent()) {
            throw LadderException.badInput("the database at " + url.where() + " was migrated by a newer sre-ladder "
                    + "(schema version " + newest.get() + "; this build knows up to "
                    + newest(migrations, false).map(MigrationVersion::toString).orElse("none")
                    + ") — upgrade sre-ladder");
        }
    }

    /** The highest version applied by a newer build ({@code future}), or the highest this build knows. */
    private static Optional<MigrationVersion> newest(MigrationInfo[] migrations, boolean future) {
        return Arrays.stream(migrations).filter(MigrationInfo::isVersioned)
                .filter(migration -> isFuture(migration.getState()) == future)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }

    private LadderException failed(FlywayException e) {
        LadderException translated = errors.translate(e);
        if (translated.exitCode() == ExitCode.BAD_INPUT) {
            return translated;
        }
        String where = url.where();
        if (e instanceof FlywayMigrateException migration) {
            // This build's own migration failed on this database: a fault of sre-ladder, not of the user.
            return LadderException.internal("migration " + script(migration) + " failed on the database at " + where
                    + " (" + sqlState(e) + ") — restore the database from a backup if the migration left it "
                    + "half-changed, and report the failure", e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("checksum mismatch")) {
            return LadderException.badInput("the database at " + where + " was created by migrations that "
                    + "have since been edited (" + line(message, "checksum mismatch") + ") — never edit an applied "
                    + "migration; add a new one, or restore the database from a backup");
        }
        Matcher failedVersion = FAILED_VERSION.matcher(message);
        if (failedVersion.find()) {
            return LadderException.badInput("the database at " + where + " holds a migration that failed part-way "
                    + "(schema version " + failedVersion.group(1) + ", left by an earlier run) — restore the database "
                    + "from a backup taken before it");
        }
        return LadderException.badInput("cannot prepare the database at " + where + ": "
                + DatabaseErrors.firstLine(message));
    }

    private static String script(FlywayMigrateException e) {
        return e.getMigration() == null ? "(unknown)" : e.getMigration().getScript();
    }

    private static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState() + ", error code " + sql.getErrorCode();
            }
        }
        return "no SQL state";
    }

    private static String line(String message, String containing) {
        return message.lines().filter(line -> line.contains(containing)).findFirst().orElse("").strip();
    }
}
