package dev.sreladder.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Chain;
import dev.sreladder.profile.StoredProfiles;

/**
 * Every row of every audited table (profile versions, rule sets, evaluations, decisions,
 * erasures, cycle acts) as the chain names it: kind, profile id (a rule set's fingerprint, a cycle
 * act's cycle), number and the
 * content hash it is sealed with. What the chain must account for, one for one.
 */
final class ChainAccount {

    private ChainAccount() {
    }

    /** One audited row. */
    record Row(String kind, String profileId, long number, String seal) {

        String key() {
            return ChainAccount.key(kind, profileId, number);
        }

        /** "decision 7 on maya-chen", as the chain would describe its record. */
        String describe() {
            return new Chain.Link(0, kind, profileId, number, seal, "", "").describe();
        }
    }

    /** The one key of a row and of the record that chains it. */
    static String key(String kind, String profileId, long number) {
        return switch (kind) {
            case Chain.RULES -> kind + " " + profileId;
            case Chain.VERSION, Chain.EVALUATION -> kind + " " + profileId + "/" + number;
            default -> kind + " " + number;
        };
    }

    static String key(Chain.Link link) {
        return key(link.kind(), link.profileId(), link.number());
    }

    /**
     * Every audited row, in the order an adoption chains them: rule sets, versions, evaluations, decisions,
     * erasures, cycle acts.
     */
    static List<Row> rows(JdbcClient jdbc) {
        Map<String, Map<String, String>> seals = AuditTrail.seals(jdbc);
        List<Row> rows = new ArrayList<>();
        StoredRuleSets.all(jdbc).forEach(set -> rows.add(new Row(Chain.RULES, set.fingerprint(),
                set.files().size(), set.seal())));
        rows.addAll(numbered(Chain.VERSION, StoredProfiles.seals(jdbc)));
        rows.addAll(numbered(Chain.EVALUATION, seals.get(Chain.EVALUATION)));
        for (String kind : List.of(Chain.DECISION, Chain.ERASURE, Chain.CYCLE)) {
            Map<String, String> profileOf = kind.equals(Chain.CYCLE) ? CycleTrail.cycleOf(jdbc)
                    : AuditTrail.profileOf(jdbc, kind);
            seals.get(kind).entrySet().stream()
                    .map(entry -> new Row(kind, profileOf.get(entry.getKey()), Long.parseLong(entry.getKey()),
                            entry.getValue()))
                    .sorted(Comparator.comparingLong(Row::number)).forEach(rows::add);
        }
        return rows;
    }

    /** Rows keyed "id/number", in id then number order. */
    private static List<Row> numbered(String kind, Map<String, String> seals) {
        return seals.entrySet().stream().map(entry -> {
            int slash = entry.getKey().lastIndexOf('/');
            return new Row(kind, entry.getKey().substring(0, slash),
                    Long.parseLong(entry.getKey().substring(slash + 1)), entry.getValue());
        }).sorted(Comparator.comparing(Row::profileId).thenComparingLong(Row::number)).toList();
    }
}
