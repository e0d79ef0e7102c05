package dev.sreladder.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * The profile and audit-trail database. Nothing touches it until a command needs it: then the
 * schema is migrated once (Flyway), an H2 file is kept in a private folder, and database
 * failures a user can act on become one-line errors.
 */
public final class Database {

    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;

    private final DataSource dataSource;
    private final String url;
    private final String[] migrations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile boolean ready;

    public Database(DataSource dataSource, String url, String... migrations) {
        this.dataSource = dataSource;
        this.url = url;
        this.migrations = migrations.length == 0 ? new String[] {"classpath:db/migration"} : migrations;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Runs one unit of work in a transaction: all of it is stored, or none. */
    public <T> T inTransaction(Function<JdbcClient, T> work) {
        ensureReady();
        try {
            return transactions.execute(status -> work.apply(jdbc));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Runs a read. */
    public <T> T read(Function<JdbcClient, T> work) {
        ensureReady();
        try {
            return work.apply(jdbc);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** Whether there is a database to read: an H2 file that exists, or any server database. */
    public boolean exists() {
        return h2File().map(java.nio.file.Files::exists).orElse(true);
    }

    /** The H2 database file, when the URL names one. */
    public Optional<Path> h2File() {
        return h2Base().map(base -> Path.of(base + ".mv.db"));
    }

    private synchronized void ensureReady() {
        if (ready) {
            return;
        }
        h2Base().ifPresent(Database::createPrivateFolder);
        try {
            Flyway.configure().dataSource(dataSource).locations(migrations).load().migrate();
        } catch (FlywayException e) {
            throw migrationFailed(e);
        } catch (RuntimeException e) {
            throw translate(e);
        }
        h2Base().ifPresent(Database::restrictFiles);
        ready = true;
    }

    private LadderException migrationFailed(FlywayException e) {
        LadderException translated = translate(e);
        if (translated.exitCode() == ExitCode.BAD_INPUT) {
            return translated;
        }
        String message = firstLine(e.getMessage());
        if (message.contains("checksum mismatch") || message.contains("Validate failed")) {
            return LadderException.badInput("the database at " + where() + " was created by migrations that have "
                    + "since been edited (" + message + ") — never edit an applied migration; add a new one, "
                    + "or restore the database from a backup");
        }
        return LadderException.badInput("cannot prepare the database at " + where() + ": " + message);
    }

    /** Turns the failures a user can act on into one-line errors; anything else stays internal. */
    LadderException translate(RuntimeException error) {
        if (error instanceof LadderException ladder) {
            return ladder;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (sql.getErrorCode() == H2_DATABASE_IN_USE) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "the database is in use by another sre-ladder process: " + where()
                                    + " — wait for it to finish, or close the other shell", error);
                }
                if (sql.getErrorCode() == H2_FILE_CORRUPTED) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "the database file " + where() + " is corrupt (" + firstLine(sql.getMessage())
                                    + ") — restore it from a backup; sre-ladder will not replace it with an empty one",
                            error);
                }
                if ("08001".equals(sql.getSQLState()) || "08006".equals(sql.getSQLState())) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "cannot reach the database at " + where() + ": " + firstLine(sql.getMessage()), error);
                }
            }
        }
        return LadderException.internal("database error at " + where() + ": " + firstLine(error.getMessage()), error);
    }

    private String where() {
        return h2File().map(Path::toString).orElse(url.replaceAll("password=[^;&]*", "password=…"));
    }

    /** The path H2 stores the database under, without the .mv.db suffix, for a file URL. */
    private Optional<String> h2Base() {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String path = url.substring("jdbc:h2:".length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(path);
    }

    private static void createPrivateFolder(String base) {
        Path folder = Path.of(base).toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                setPermissions(folder, "rwx------");
            }
        } catch (IOException e) {
            throw LadderException.badInput("cannot create the database folder " + folder + ": " + e.getMessage());
        }
    }

    /** Profiles are personnel data: the database files are for their owner only. */
    private static void restrictFiles(String base) {
        Path file = Path.of(base).toAbsolutePath();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.filter(path -> path.getFileName().toString().startsWith(file.getFileName() + "."))
                    .forEach(path -> setPermissions(path, "rw-------"));
        } catch (IOException e) {
            throw LadderException.badInput("cannot protect the database files in " + file.getParent() + ": "
                    + e.getMessage());
        }
    }

    private static void setPermissions(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the platform's own protection applies.
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
