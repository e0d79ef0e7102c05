package dev.sreladder.database;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one hash chain over the audit trail ({@code audit_head}, {@code audit_record}): each
 * record links its content hash to the hash of the record before. Appends happen under the lock
 * on the head row that every write takes first (see {@link Database#write}).
 */
public final class Chain {

    /** Kinds of recorded acts. */
    public static final String VERSION = "version";
    public static final String EVALUATION = "evaluation";
    public static final String DECISION = "decision";
    public static final String ERASURE = "erasure";
    /** A stored rule set: {@code profileId} holds its fingerprint, {@code number} how many files it has. */
    public static final String RULES = "rules";
    /**
     * The one record that took the rows earlier builds wrote outside the chain into it (see
     * {@code audit.ChainAdoption}); {@code number}: how many records it adopted.
     */
    public static final String ADOPTION = "adoption";
    /** An act of a promotion cycle (open, add, pin, close): {@code profileId} holds the cycle's name. */
    public static final String CYCLE = "cycle";

    private Chain() {
    }

    /** One link of the chain. {@code number}: the version, evaluation number, decision or erasure id. */
    public record Link(long seq, String kind, String profileId, long number, String contentHash,
            String previousHash, String hash) {

        /** "evaluation 2 of maya-chen". */
        public String describe() {
            return switch (kind) {
                case ERASURE -> "erasure of " + profileId;
                case DECISION -> "decision " + number + " on " + profileId;
                case RULES -> "rule set " + profileId;
                case ADOPTION -> "adoption of " + number + " earlier records";
                case CYCLE -> "act " + number + " of cycle " + profileId;
                default -> kind + " " + number + " of " + profileId;
            };
        }

        boolean sealed() {
            return hash.equals(link(seq, kind, profileId, number, contentHash, previousHash));
        }
    }

    /** How many records the chain holds, and the hash of the last. */
    public record Head(long records, String lastHash) {

        /** "record 12, sha256:…" with all 64 hex digits, as {@code audit verify} and the packet print it. */
        public String describe() {
            return "record " + records + ", sha256:" + lastHash;
        }
    }

    static Head lockHead(JdbcClient jdbc) {
        return jdbc.sql("select records, last_hash from audit_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    static long append(JdbcClient jdbc, String kind, String profileId, long number, String contentHash) {
        Head head = lockHead(jdbc);
        long seq = head.records() + 1;
        String hash = link(seq, kind, profileId, number, contentHash, head.lastHash());
        jdbc.sql("""
                insert into audit_record (seq, kind, profile_id, number, content_hash, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, kind, profileId, number, contentHash, head.lastHash(), hash).update();
        jdbc.sql("update audit_head set records = ?, last_hash = ? where id = 1").params(seq, hash).update();
        return seq;
    }

    /** Whether the chain holds its adoption record (see {@link #ADOPTION}). */
    public static boolean adopted(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from audit_record where kind = ?").param(ADOPTION).query(Long.class)
                .single() > 0;
    }

    public static Head head(JdbcClient jdbc) {
        return jdbc.sql("select records, last_hash from audit_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public static List<Link> links(JdbcClient jdbc) {
        return jdbc.sql("""
                select seq, kind, profile_id, number, content_hash, previous_hash, hash
                from audit_record order by seq""")
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * The first break in the links themselves, read in order against the head: a record whose
     * own hash no longer matches ("changed"), or a gap, a broken link or a missing tail ("removed").
     */
    public static Optional<String> firstBreak(List<Link> links, Head head) {
        String previous = GENESIS;
        long expected = 1;
        for (Link link : links) {
            if (link.seq() != expected) {
                return Optional.of("record " + expected + " was removed");
            }
            if (!link.sealed()) {
                return Optional.of("record " + link.seq() + " (" + link.describe() + ") was changed");
            }
            if (!link.previousHash().equals(previous)) {
                return Optional.of("record " + (link.seq() - 1) + " was changed or removed");
            }
            previous = link.hash();
            expected++;
        }
        if (head.records() >= expected) {
            return Optional.of("record " + expected + " was removed");
        }
        if (!head.lastHash().equals(previous)) {
            return Optional.of("record " + (expected - 1) + " was changed");
        }
        return Optional.empty();
    }

    static final String GENESIS = "0".repeat(64);

    private static String link(long seq, String kind, String profileId, long number, String contentHash,
            String previousHash) {
        return Seal.sha256(seq + "|" + kind + "|" + profileId + "|" + number + "|" + contentHash + "|"
                + previousHash);
    }
}
