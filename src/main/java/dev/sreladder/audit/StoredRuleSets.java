package dev.sreladder.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Rows;
import dev.sreladder.database.Seal;
import dev.sreladder.database.Write;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;

/**
 * The rule sets the audit trail keeps ({@code rule_set}, {@code rule_file}): each stored once per
 * fingerprint, with the fact model it is written for, and chained as a record of its own, whether
 * an evaluation was given under it or a promotion cycle pinned it.
 */
final class StoredRuleSets {

    private StoredRuleSets() {
    }

    /** A rule set as stored: its fingerprint, fact model, when it was first stored and its files. */
    record StoredRuleSet(String fingerprint, int factModel, Instant storedAt, List<RuleFile> files) {

        /** Files in path order by Java's comparison, never a database's collation. */
        StoredRuleSet {
            files = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        }

        /** The content hash the chain keeps: every field and every file, in path order. */
        String seal() {
            List<Object> fields = new ArrayList<>(List.of(fingerprint, factModel, storedAt));
            files.forEach(file -> {
                fields.add(file.fileName());
                fields.add(file.content());
            });
            return Seal.of(fields.toArray());
        }
    }

    /** Every stored rule set with its files. */
    static List<StoredRuleSet> all(JdbcClient jdbc) {
        Map<String, List<RuleFile>> files = new HashMap<>();
        jdbc.sql("select fingerprint, path, content from rule_file order by fingerprint, path")
                .query((rs, row) -> files.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                        .add(new RuleFile(rs.getString(2), rs.getString(3))))
                .list();
        return jdbc.sql("select fingerprint, fact_model, stored_at from rule_set order by fingerprint")
                .query((rs, row) -> new StoredRuleSet(rs.getString(1), rs.getInt(2),
                        Rows.instant(rs.getObject(3, OffsetDateTime.class)),
                        files.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /**
     * Stores a rule set once per fingerprint, chained as a record of its own; writes take turns
     * (the chain's lock), so checking first is safe.
     */
    static void store(Write write, RuleSet rules) {
        JdbcClient jdbc = write.jdbc();
        OffsetDateTime now = write.at();
        boolean stored = jdbc.sql("select count(*) from rule_set where fingerprint = ?").param(rules.fingerprint())
                .query(Integer.class).single() > 0;
        if (stored) {
            return;
        }
        jdbc.sql("insert into rule_set (fingerprint, fact_model, stored_at) values (?, ?, ?)")
                .params(rules.fingerprint(), rules.factModel().version(), now).update();
        for (RuleFile file : rules.files()) {
            jdbc.sql("insert into rule_file (fingerprint, path, content) values (?, ?, ?)")
                    .params(rules.fingerprint(), file.fileName(), file.content()).update();
        }
        // Sealed as read back, exactly as verification reads it.
        StoredRuleSet set = all(jdbc).stream().filter(one -> one.fingerprint().equals(rules.fingerprint()))
                .findFirst().orElseThrow();
        write.chain(Chain.RULES, set.fingerprint(), set.files().size(), set.seal());
    }
}
