package dev.sreladder.database;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

import org.springframework.transaction.TransactionSystemException;

import dev.sreladder.system.DatabaseUnavailable;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Turns the database failures a user can act on (in use, corrupt, read-only, cannot write, a privilege missing, cannot
 * reach, connection lost) into one-line errors naming the database and the fix; anything else stays internal and
 * never quotes the driver's message, which can hold the values of a statement.
 */
final class DatabaseErrors {

    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_IO_EXCEPTION_WITH_FILE = 90031;
    private static final int H2_READ_ONLY = 90097;
    private static final int H2_CONNECTION_BROKEN = 90067;
    /**
     * SQL states of a connection lost during work: connection failure, gone, transaction resolution
     * unknown; PostgreSQL's administrator and crash shutdown (a server stopped under a session).
     */
    private static final Set<String> LOST = Set.of("08006", "08003", "08007", "57P01", "57P02");
    /** SQL states of a database that cannot be reached at all: refused, rejected, starting or stopping. */
    private static final Set<String> UNREACHABLE = Set.of("08001", "08004", "57P03");

    private final DatabaseUrl url;

    DatabaseErrors(DatabaseUrl url) {
        this.url = url;
    }

    LadderException translate(RuntimeException error) {
        if (error instanceof LadderException ladder) {
            return ladder;
        }
        String where = url.where();
        if (diskFull(error)) {
            // Every write after this one would fail too: one line, and the caller stops.
            return DatabaseUnavailable.diskFull(where, error);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // A rollback that failed after the work failed (the connection gone): the work's error says why.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() instanceof RuntimeException original) {
                return translate(original);
            }
            if (cause instanceof SQLException sql) {
                if (sql.getErrorCode() == H2_DATABASE_IN_USE) {
                    // Unavailable, not a bad file: an import stops at it instead of trying each file after.
                    return new DatabaseUnavailable(where, "90020", false,
                            "the database is in use by another sre-ladder process: " + where
                                    + " — wait for it to finish, or close the other shell", error);
                }
                if (sql.getErrorCode() == H2_FILE_CORRUPTED) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "the database file " + where + " is corrupt (" + firstLine(sql.getMessage())
                                    + ") — restore it from a backup; sre-ladder will not replace it with an empty one",
                            error);
                }
                if (sql.getErrorCode() == H2_READ_ONLY) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "the database " + where + " is read-only — make the file and its folder writable by "
                                    + "you, or point --spring.datasource.url at a database you can write", error);
                }
                if (sql.getErrorCode() == H2_IO_EXCEPTION || sql.getErrorCode() == H2_IO_EXCEPTION_WITH_FILE) {
                    return new LadderException(ExitCode.BAD_INPUT,
                            "cannot write the database " + where + " (" + ioReason(sql) + ") — check that its "
                                    + "folder is writable and the disk is not full", error);
                }
                // Some drivers' and pools' exceptions carry no SQL state at all.
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.equals(PermissionDenied.POSTGRES_STATE)
                        || sql.getErrorCode() == PermissionDenied.H2_NOT_ENOUGH_RIGHTS) {
                    return PermissionDenied.of(where, error, sql.getMessage());
                }
                if (LOST.contains(state) || sql.getErrorCode() == H2_CONNECTION_BROKEN) {
                    return DatabaseUnavailable.lost(where, state, error);
                }
                if (UNREACHABLE.contains(state)) {
                    return new DatabaseUnavailable(where, sql.getSQLState(), false,
                            "cannot reach the database at " + where + ": " + firstLine(sql.getMessage()), error);
                }
            }
        }
        // Not the driver's message: it can quote the values of a statement, which are personal data.
        return LadderException.internal("database error at " + where + ": " + errorCodes(error), error);
    }

    private static boolean diskFull(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
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

    static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
