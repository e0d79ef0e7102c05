package dev.sreladder.database;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One write to the audit trail, inside its transaction and holding the lock on the chain's head
 * row: who writes (the actor) and when by the database server's clock, the same for every row
 * the transaction writes. Only {@link Database} makes one, for the transaction it runs.
 *
 * @param jdbc  the connection of the transaction
 * @param actor "alice", or "alice (db ladder)" on a database server
 * @param at    the database server's time of this transaction, to the microsecond every database keeps
 */
public record Write(JdbcClient jdbc, String actor, OffsetDateTime at) {

    /** Appends the record to the chain with its content hash (see {@link Seal#of}); returns its place. */
    public long chain(String kind, String profileId, long number, String contentHash) {
        return Chain.append(jdbc, kind, profileId, number, contentHash);
    }
}
