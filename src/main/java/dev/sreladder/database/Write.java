package dev.sreladder.database;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One write to the audit trail, inside its transaction and holding the lock on the chain's head
 * row: who writes (the actor) and when by the database server's clock, the same for every row
 * the transaction writes. A class, not a record: a record's constructor would be public, and only
 * {@link Database} may make one, for the transaction it runs and holds the lock in.
 */
public final class Write {

    private final JdbcClient jdbc;
    private final String actor;
    private final OffsetDateTime at;

    Write(JdbcClient jdbc, String actor, OffsetDateTime at) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.at = at;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** "alice", or "alice (db ladder)" on a database server. */
    public String actor() {
        return actor;
    }

    /** The database server's time of this transaction, to the microsecond every database keeps. */
    public OffsetDateTime at() {
        return at;
    }

    /** Appends the record to the chain with its content hash (see {@link Seal#of}); returns its place. */
    public long chain(String kind, String profileId, long number, String contentHash) {
        return Chain.append(jdbc, kind, profileId, number, contentHash);
    }
}
