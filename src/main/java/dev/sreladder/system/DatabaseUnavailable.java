package dev.sreladder.system;

/**
 * The database could not be reached, or its connection was lost in the middle of work (a server
 * stopped or restarted). Exit 1, like every failure of the environment a user can fix and retry
 * (in use, read-only, unreachable); exit 2 stays for faults of sre-ladder itself. When the
 * connection was lost during a commit, that commit may or may not be stored: the message says so
 * and how to check, since neither sre-ladder nor the driver can know.
 */
public final class DatabaseUnavailable extends LadderException {

    private final String where;
    private final String sqlState;
    private final boolean commitInDoubt;

    public DatabaseUnavailable(String where, String sqlState, boolean commitInDoubt, String message, Throwable cause) {
        super(ExitCode.BAD_INPUT, message, cause);
        this.where = where;
        this.sqlState = sqlState;
        this.commitInDoubt = commitInDoubt;
    }

    /** The disk under the database is full: the write in flight failed, and so would every one after it. */
    public static DatabaseUnavailable diskFull(String where, Throwable cause) {
        return new DatabaseUnavailable(where, "ENOSPC", false, "no space left on the device of the database " + where
                + "; nothing was stored — free some space and run the command again", cause);
    }

    /** Lost during work: what was in flight may or may not be stored. */
    public static DatabaseUnavailable lost(String where, String sqlState, Throwable cause) {
        return new DatabaseUnavailable(where, sqlState, true, "lost the connection to the database at " + where
                + " (SQL state " + sqlState + ") — the change in flight may or may not be stored; once the database "
                + "is back, 'profiles' and 'history ID' show what is", cause);
    }

    /**
     * The one line for a run that stored {@code stored} items (each reported above) before the
     * database went away; {@code noun} names them ("profile").
     */
    public String afterStoring(int stored, String noun) {
        if (stored == 0) {
            // Nothing reported as stored: the plain message says all there is.
            return getMessage();
        }
        if (sqlState.equals("ENOSPC")) {
            return "no space left on the device of the database " + where + "; nothing after " + noun + " " + stored
                    + " was stored (listed above) — free some space and run the command again";
        }
        String counted = stored + " " + noun + (stored == 1 ? "" : "s");
        if (commitInDoubt) {
            return "lost the connection to the database at " + where + " (SQL state " + sqlState + ") after storing "
                    + counted + " (listed above); the " + noun + " being stored then may or may not be stored — "
                    + "once the database is back, 'profiles' and 'history ID' show what is";
        }
        return "cannot reach the database at " + where + " (SQL state " + sqlState + ") after storing " + counted
                + " (listed above); nothing else was stored — run the command again once the database is back";
    }
}
