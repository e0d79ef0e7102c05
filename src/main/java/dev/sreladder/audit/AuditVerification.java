package dev.sreladder.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Database;
import dev.sreladder.database.RememberedHead;
import dev.sreladder.rules.RuleCompiler;

/**
 * {@code audit verify}: walks the chain, then accounts for every audited row one for one (each
 * record's row holds what it was chained with, each row has its record, erased rows stay erased),
 * checks every stored rule file against its fingerprint and the numbers the tool counts on, and
 * finally that the chain still holds the head this member remembers and the head given. The first
 * thing found wrong is reported.
 */
final class AuditVerification {

    private final Database database;

    AuditVerification(Database database) {
        this.database = database;
    }

    /** How many records the chain holds, its head, and the first thing found wrong. */
    record Verified(long records, Chain.Head head, Optional<String> firstBreak) {
    }

    Verified verify(Optional<Chain.Head> given) {
        // Under the chain's lock, so no member's write lands between reading the links and their content.
        Verified verified = database.locked(write -> {
            JdbcClient jdbc = write.jdbc();
            List<Chain.Link> links = Chain.links(jdbc);
            Chain.Head head = Chain.head(jdbc);
            Optional<String> broken = Chain.firstBreak(links, head)
                    .or(() -> secondAdoption(links))
                    .or(() -> ruleFilesChanged(jdbc, links))
                    .or(() -> accounted(jdbc, links))
                    .or(() -> counters(jdbc, links))
                    .or(() -> database.rememberedHead().brokenIn(jdbc))
                    .or(() -> given.flatMap(wanted -> RememberedHead.notExtending(jdbc, wanted)
                            .map(detail -> "the head given (record " + wanted.records() + "): " + detail)));
            return new Verified(links.size(), head, broken);
        });
        if (verified.firstBreak().isEmpty()) {
            database.rememberedHead().remember(verified.head());
        }
        return verified;
    }

    private static Optional<String> secondAdoption(List<Chain.Link> links) {
        return links.stream().filter(link -> link.kind().equals(Chain.ADOPTION)).skip(1).findFirst()
                .map(link -> "record " + link.seq() + " (" + link.describe() + ") is a second adoption: rows written"
                        + " behind the tool's back were taken into the chain");
    }

    private static Optional<String> ruleFilesChanged(JdbcClient jdbc, List<Chain.Link> links) {
        Map<String, Long> recordOf = links.stream().filter(link -> link.kind().equals(Chain.RULES))
                .collect(Collectors.toMap(Chain.Link::profileId, Chain.Link::seq, (a, b) -> a));
        return StoredRuleSets.all(jdbc).stream()
                .filter(set -> !RuleCompiler.fingerprint(set.files()).equals(set.fingerprint()))
                .findFirst()
                .map(set -> "the stored rule files of " + set.fingerprint() + " no longer match their fingerprint"
                        + Optional.ofNullable(recordOf.get(set.fingerprint())).map(seq -> " (record " + seq + ")")
                                .orElse("")
                        + ": they were changed behind the tool's back");
    }

    /** Each record's row holds what it was chained with; each row has its record; erased rows stay erased. */
    private static Optional<String> accounted(JdbcClient jdbc, List<Chain.Link> links) {
        Map<String, ChainAccount.Row> rows = ChainAccount.rows(jdbc).stream()
                .collect(Collectors.toMap(ChainAccount.Row::key, Function.identity()));
        Map<String, Long> lastErasure = new HashMap<>();
        links.stream().filter(link -> link.kind().equals(Chain.ERASURE))
                .forEach(link -> lastErasure.put(link.profileId(), link.seq()));
        for (Chain.Link link : links) {
            if (link.kind().equals(Chain.ADOPTION)) {
                continue;
            }
            ChainAccount.Row row = rows.remove(ChainAccount.key(link));
            // A rule set's and a cycle act's record name no profile: no erasure reaches them.
            boolean erased = !link.kind().equals(Chain.ERASURE) && !link.kind().equals(Chain.RULES)
                    && !link.kind().equals(Chain.CYCLE) && lastErasure.getOrDefault(link.profileId(), 0L) > link.seq();
            if (erased) {
                if (row != null) {
                    return Optional.of(row.describe() + " is back after record " + lastErasure.get(link.profileId())
                            + " erased it: it was written behind the tool's back");
                }
                continue;
            }
            if (row == null) {
                return Optional.of("record " + link.seq() + " (" + link.describe() + ") was removed");
            }
            if (!row.seal().equals(link.contentHash())) {
                return Optional.of("record " + link.seq() + " (" + link.describe() + ") was changed");
            }
        }
        return rows.values().stream().findFirst().map(row -> row.describe() + " is not in the audit chain: it was"
                + " written behind the tool's back");
    }

    /** The numbers each profile row keeps (never restarting after an erasure) agree with the chain. */
    private static Optional<String> counters(JdbcClient jdbc, List<Chain.Link> links) {
        Map<String, Long> lastVersion = last(links, Chain.VERSION);
        Map<String, Long> lastEvaluation = last(links, Chain.EVALUATION);
        record Counted(String id, long versions, long evaluations) {
        }
        List<Counted> profiles = jdbc.sql("select id, last_version, last_evaluation from profile order by id")
                .query((rs, row) -> new Counted(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        for (Counted profile : profiles) {
            if (!lastVersion.containsKey(profile.id())) {
                return Optional.of("profile " + profile.id() + " is not in the audit chain: it was written behind the"
                        + " tool's back");
            }
            if (profile.versions() != lastVersion.get(profile.id())) {
                return Optional.of("the last version number kept for " + profile.id() + " (" + profile.versions()
                        + ") is not the chain's (" + lastVersion.get(profile.id()) + "): it was changed behind the"
                        + " tool's back");
            }
            if (profile.evaluations() != lastEvaluation.getOrDefault(profile.id(), 0L)) {
                return Optional.of("the last evaluation number kept for " + profile.id() + " ("
                        + profile.evaluations() + ") is not the chain's (" + lastEvaluation.getOrDefault(profile.id(),
                                0L)
                        + "): it was changed behind the tool's back");
            }
        }
        return Optional.empty();
    }

    private static Map<String, Long> last(List<Chain.Link> links, String kind) {
        return links.stream().filter(link -> link.kind().equals(kind))
                .collect(Collectors.toMap(Chain.Link::profileId, Chain.Link::number, Math::max));
    }
}
