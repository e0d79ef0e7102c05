package dev.sreladder.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * One connection kept open for a whole one-shot command: H2 keeps its file locked while any
 * connection is open, so no other process gets in between two of the command's units of work.
 */
final class FileHold {

    private Connection held;

    synchronized void take(DataSource dataSource) {
        if (held != null) {
            return;
        }
        try {
            held = dataSource.getConnection();
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("could not open the database", e);
        }
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try {
            held.close();
        } catch (SQLException e) {
            // The process is ending: H2 lets go of the file with it.
        }
        held = null;
    }
}
