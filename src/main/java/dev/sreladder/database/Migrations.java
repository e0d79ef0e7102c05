package dev.sreladder.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/** Brings the schema up to date with Flyway's migrations, naming the fix when it cannot. */
final class Migrations {

    static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final String[] locations;
    private final DatabaseUrl url;
    private final DatabaseErrors errors;

    Migrations(String[] locations, DatabaseUrl url, DatabaseErrors errors) {
        this.locations = locations.length == 0 ? new String[] {DEFAULT_LOCATION} : locations.clone();
        this.url = url;
        this.errors = errors;
    }

    void migrate(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
        } catch (FlywayException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    private LadderException failed(FlywayException e) {
        LadderException translated = errors.translate(e);
        if (translated.exitCode() == ExitCode.BAD_INPUT) {
            return translated;
        }
        String message = DatabaseErrors.firstLine(e.getMessage());
        if (message.contains("checksum mismatch") || message.contains("Validate failed")) {
            return LadderException.badInput("the database at " + url.where() + " was created by migrations that "
                    + "have since been edited (" + message + ") — never edit an applied migration; add a new one, "
                    + "or restore the database from a backup");
        }
        return LadderException.badInput("cannot prepare the database at " + url.where() + ": " + message);
    }
}
