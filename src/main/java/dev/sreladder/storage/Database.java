package dev.sreladder.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
public final class Database implements AutoCloseable {

    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_IO_EXCEPTION_WITH_FILE = 90031;
    private static final int H2_READ_ONLY = 90097;
    /** How long a stop (Ctrl-C) waits for the unit of work in flight to commit or roll back. */
    private static final long STOP_WAIT_SECONDS = 10;

    private final DataSource dataSource;
    private final String url;
    private final String[] migrations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile boolean ready;
    // Units of work hold the read side; close() takes the write side, so it waits for them.
    private final ReadWriteLock work = new ReentrantReadWriteLock();
    private volatile boolean closing;

    public Database(DataSource dataSource, String url, String... migrations) {
        this.dataSource = dataSource;
        this.url = url;
        this.migrations = migrations.length == 0 ? new String[] {"classpath:db/migration"} : migrations;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Runs one unit of work in a transaction: all of it is stored, or none. */
    public <T> T inTransaction(Function<JdbcClient, T> unit) {
        return guarded(() -> transactions.execute(status -> unit.apply(jdbc)));
    }

    /** Runs a read. */
    public <T> T read(Function<JdbcClient, T> unit) {
        return guarded(() -> unit.apply(jdbc));
    }

    /**
     * Called when the application stops, also on Ctrl-C (SIGINT), before the connection pool
     * closes: refuses new work and waits for the unit of work in flight, so a stop falls between
     * two commits and never leaves an error for a half-closed pool.
     */
    @Override
    public void close() {
        closing = true;
        try {
            if (work.writeLock().tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                work.writeLock().unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T guarded(java.util.function.Supplier<T> unit) {
        if (closing || !work.readLock().tryLock()) {
            throw stopped();
        }
        try {
            if (closing) {
                throw stopped();
            }
            ensureReady();
            return unit.get();
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            work.readLock().unlock();
        }
    }

    private static LadderException stopped() {
        return LadderException.badInput("stopped: sre-ladder is shutting down; nothing more was stored "
                + "(everything reported as stored before this line is stored whole)");
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
                if (sql.getErrorCode() == H2_READ_ONLY) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "the database " + where() + " is read-only — make the file and its folder writable by "
                                    + "you, or point --spring.datasource.url at a database you can write", error);
                }
                if (sql.getErrorCode() == H2_IO_EXCEPTION || sql.getErrorCode() == H2_IO_EXCEPTION_WITH_FILE) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "cannot write the database " + where() + " (" + ioReason(sql) + ") — check that its "
                                    + "folder is writable and the disk is not full", error);
                }
                if ("08001".equals(sql.getSQLState()) || "08006".equals(sql.getSQLState())) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "cannot reach the database at " + where() + ": " + firstLine(sql.getMessage()), error);
                }
            }
        }
        // Not the driver's message: it can quote the values of a statement, which are personal data.
        return LadderException.internal("database error at " + where() + ": " + errorCodes(error), error);
    }

    private static String errorCodes(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + ", SQL state " + sql.getSQLState() + ", error code "
                        + sql.getErrorCode();
            }
        }
        return error.getClass().getSimpleName();
    }

    /** The operating system's reason inside an H2 I/O error, such as "No space left on device". */
    private static String ioReason(SQLException sql) {
        for (Throwable cause = sql.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            if (cause instanceof java.nio.file.FileSystemException fs) {
                return fs.getReason() != null ? fs.getReason() : "the file cannot be created or opened there";
            }
            if (cause instanceof IOException io && io.getMessage() != null) {
                return firstLine(io.getMessage());
            }
        }
        return "error " + sql.getErrorCode();
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
