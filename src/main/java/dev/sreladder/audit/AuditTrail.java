package dev.sreladder.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Database;
import dev.sreladder.database.Rows;
import dev.sreladder.database.Seal;
import dev.sreladder.database.Write;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;

/**
 * The audit trail's tables: every evaluation of a stored profile with its document, the exact
 * rule files behind it and the fact model they are written for (stored once per fingerprint),
 * the decisions taken against evaluations, and the tombstones erasures leave. Each act records
 * who and when (by the database's clock) and is chained into the audit chain as it is written.
 */
public final class AuditTrail {

    private final Database database;
    /** The ladder of each stored rule set read so far, by fingerprint. */
    private final Map<String, Ladder> ladders = new ConcurrentHashMap<>();

    public AuditTrail(Database database) {
        this.database = database;
    }

    /**
     * One recorded evaluation. {@code document} is the evaluation as it was given, in document
     * schema {@code documentSchema} (see {@link EvaluationDocument}); {@code cycle} the promotion
     * cycle it was recorded in, null outside any.
     */
    public record Recorded(long id, String profileId, int profileVersion, int number, String target, String verdict,
            String verdictRule, int score, String document, int documentSchema, String fingerprint,
            Instant evaluatedAt, String evaluatedBy, String cycle) {

        /** Sealed as before cycles existed when outside any, so earlier records keep their hashes. */
        String seal() {
            return cycle == null ? Seal.of(profileId, profileVersion, number, target, verdict, verdictRule, score,
                    document, documentSchema, fingerprint, evaluatedAt, evaluatedBy)
                    : Seal.of(profileId, profileVersion, number, target, verdict, verdictRule, score, document,
                            documentSchema, fingerprint, evaluatedAt, evaluatedBy, cycle);
        }

        public Optional<String> inCycle() {
            return Optional.ofNullable(cycle);
        }
    }

    /**
     * One committee decision; {@code conflict} when it differs from a decision someone else had
     * already recorded on the same evaluation; {@code cycle} the cycle of that evaluation, if any.
     */
    public record Decision(long id, String profileId, long evaluationId, int evaluationNumber, String decision,
            String reason, boolean override, Instant decidedAt, String decidedBy, boolean conflict, String cycle) {

        public Optional<String> inCycle() {
            return Optional.ofNullable(cycle);
        }



        /** "promote", "defer (override)". */
        public String describe() {
            return decision.toLowerCase(Locale.ROOT) + (override ? " (override)" : "");
        }

        String seal() {
            return Seal.of(id, profileId, evaluationId, decision, reason, override, conflict, decidedAt, decidedBy);
        }
    }

    /** A decision as recorded, with the differing decisions of others on the same evaluation it conflicts with. */
    public record Decided(Decision decision, List<Decision> conflictsWith) {
    }

    /** The tombstone an erasure leaves: no personal data but the id, and the reason given. */
    public record Erasure(long id, String profileId, String reason, int versions, int evaluations, int decisions,
            String erasedBy, Instant erasedAt) {

        String seal() {
            return Seal.of(id, profileId, reason, versions, evaluations, decisions, erasedBy, erasedAt);
        }
    }

    /** The committee's two answers. */
    public enum Choice { PROMOTE, DEFER }

    /** The latest verdict recorded for a profile, and when. */
    public record LatestVerdict(String verdict, Instant evaluatedAt) {
    }

    /** What erasing a profile's records removed from the trail. */
    record ErasedRecords(int evaluations, int decisions) {
    }

    /**
     * Records an evaluation with its rule files, in one write; returns its number for the profile.
     * The document is written in the lowest schema that holds it (see EvaluationDocument). Bad input
     * when the version evaluated was erased meanwhile, or when the cycle it was evaluated for (null:
     * none) is no longer the profile's open cycle or no longer pinned to these rules.
     */
    public int record(String profileId, int profileVersion, Evaluation evaluation, RuleSet rules) {
        return record(profileId, profileVersion, evaluation, rules, null);
    }

    /** As {@link #record(String, int, Evaluation, RuleSet)}, in a promotion cycle (null: outside any). */
    public int record(String profileId, int profileVersion, Evaluation evaluation, RuleSet rules, String cycle) {
        int schema = EvaluationDocument.schemaFor(evaluation);
        String document = EvaluationDocument.write(schema, evaluation);
        return database.write(write -> {
            JdbcClient jdbc = write.jdbc();
            if (jdbc.sql("select count(*) from profile_version where profile_id = ? and version = ?")
                    .params(profileId, profileVersion).query(Integer.class).single() == 0) {
                throw LadderException.badInput(profileId + " was erased while it was being evaluated; the "
                        + "evaluation was not recorded");
            }
            CycleChecks.stillJudgedBy(jdbc, profileId, cycle, rules.fingerprint());
            StoredRuleSets.store(write, rules);
            int number = jdbc.sql("select last_evaluation from profile where id = ?").param(profileId)
                    .query(Integer.class).single() + 1;
            Recorded recorded = new Recorded(0, profileId, profileVersion, number, evaluation.target().name(),
                    evaluation.verdict().name(), evaluation.verdictRule(), evaluation.score(), document,
                    schema, rules.fingerprint(), write.at().toInstant(), write.actor(), cycle);
            jdbc.sql("""
                    insert into evaluation (profile_id, profile_version, number, target, verdict, verdict_rule, score,
                                            document, document_schema, fingerprint, evaluated_at, evaluated_by, cycle)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(profileId, profileVersion, number, recorded.target(), recorded.verdict(),
                            recorded.verdictRule(), recorded.score(), document, schema,
                            rules.fingerprint(), write.at(), write.actor(), cycle)
                    .update();
            jdbc.sql("update profile set last_evaluation = ? where id = ?").params(number, profileId).update();
            write.chain(Chain.EVALUATION, profileId, number, recorded.seal());
            return number;
        });
    }

    public List<Recorded> history(String profileId) {
        return database.read(jdbc -> jdbc.sql(SELECT_EVALUATION + " where profile_id = ? order by number")
                .param(profileId).query(AuditTrail::recorded).list());
    }

    public Optional<Recorded> evaluation(String profileId, int number) {
        return database.read(jdbc -> jdbc.sql(SELECT_EVALUATION + " where profile_id = ? and number = ?")
                .params(profileId, number).query(AuditTrail::recorded).optional());
    }

    /** The rule files behind a fingerprint, exactly as they were when the evaluation was given. */
    public List<RuleFile> ruleFiles(String fingerprint) {
        return database.read(jdbc -> jdbc.sql("select path, content from rule_file where fingerprint = ? order by path")
                .param(fingerprint).query((rs, row) -> new RuleFile(rs.getString(1), rs.getString(2))).list());
    }

    /**
     * The ladder the rule set behind a fingerprint is written for: its stored ladder file, else the
     * article's (rule sets stored before ladder files existed). A fingerprint's files never change,
     * so each ladder is read once.
     */
    public Ladder ladder(String fingerprint) {
        return ladders.computeIfAbsent(fingerprint, key -> RuleFile.ladderIn(database.read(jdbc -> jdbc.sql(
                "select path, content from rule_file where fingerprint = ? and path = ?").params(key, Ladder.FILE_NAME)
                .query((rs, row) -> new RuleFile(rs.getString(1), rs.getString(2))).list())));
    }

    /** The version of the fact model the rule set behind a fingerprint is written for. */
    public int factModel(String fingerprint) {
        return database.read(jdbc -> jdbc.sql("select fact_model from rule_set where fingerprint = ?")
                .param(fingerprint).query(Integer.class).single());
    }

    public List<Decision> decisions(String profileId) {
        return database.read(jdbc -> jdbc.sql("""
                """ + SELECT_DECISION + " where d.profile_id = ? order by d.id")
                .param(profileId).query(AuditTrail::decision).list());
    }

    /** The tombstones of a profile's erasures, oldest first. */
    public List<Erasure> erasures(String profileId) {
        return database.read(jdbc -> jdbc.sql(SELECT_ERASURE + " where profile_id = ? order by id")
                .param(profileId).query(AuditTrail::erasure).list());
    }

    /** The latest recorded verdict of every profile that has one, by profile id. */
    public Map<String, LatestVerdict> latestVerdicts() {
        Map<String, LatestVerdict> latest = new TreeMap<>();
        database.read(jdbc -> jdbc.sql("""
                select e.profile_id, e.verdict, e.evaluated_at from evaluation e
                where e.number = (select max(number) from evaluation x where x.profile_id = e.profile_id)""")
                .query((rs, row) -> latest.put(rs.getString(1),
                        new LatestVerdict(rs.getString(2), Rows.instant(rs.getObject(3, OffsetDateTime.class)))))
                .list());
        return latest;
    }

    /**
     * Records the committee's decision against the latest evaluation of the latest version, refused
     * when that version has not been evaluated. Going against the verdict (promoting without
     * READY, deferring a READY) is an override and needs a reason. A decision that differs from
     * one someone else recorded on the same evaluation is kept, marked as a conflict.
     */
    public Decided decide(String profileId, Choice choice, String reason) {
        return database.write(write -> {
            JdbcClient jdbc = write.jdbc();
            int version = jdbc.sql("select coalesce(max(version), 0) from profile_version where profile_id = ?")
                    .param(profileId).query(Integer.class).single();
            Recorded latest = jdbc.sql(SELECT_EVALUATION + " where profile_id = ? and profile_version = ?"
                    + " order by number desc").params(profileId, version).query(AuditTrail::recorded).list()
                    .stream().findFirst()
                    .orElseThrow(() -> LadderException.badInput("version " + version + " of " + profileId
                            + " has not been evaluated, and a decision answers the latest evaluation of the latest"
                            + " version — evaluate " + profileId + " first"));
            CycleChecks.decidable(jdbc, latest);
            boolean ready = Verdict.READY.name().equals(latest.verdict());
            boolean override = choice == Choice.PROMOTE ? !ready : ready;
            String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
            if (override && trimmed == null) {
                throw LadderException.badInput("the rules said " + latest.verdict() + " for " + profileId
                        + " (evaluation " + latest.number() + "); to " + choice.name().toLowerCase(Locale.ROOT)
                        + " against the verdict, give --reason \"…\"");
            }
            List<Decision> conflicting = jdbc.sql(SELECT_DECISION + " where d.evaluation_id = ? order by d.id")
                    .param(latest.id()).query(AuditTrail::decision).list().stream()
                    .filter(other -> !other.decision().equals(choice.name())
                            && !Objects.equals(other.decidedBy(), write.actor()))
                    .toList();
            boolean conflict = !conflicting.isEmpty();
            jdbc.sql("""
                    insert into decision (profile_id, evaluation_id, decision, reason, override, conflict, decided_at,
                                          decided_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(profileId, latest.id(), choice.name(), trimmed, override, conflict, write.at(),
                            write.actor())
                    .update();
            long id = jdbc.sql("select max(id) from decision where profile_id = ?").param(profileId)
                    .query(Long.class).single();
            Decision decision = new Decision(id, profileId, latest.id(), latest.number(), choice.name(), trimmed,
                    override, write.at().toInstant(), write.actor(), conflict, latest.cycle());
            write.chain(Chain.DECISION, profileId, id, decision.seal());
            return new Decided(decision, conflicting);
        });
    }

    /** Erases the evaluations and decisions of a profile, inside the erasure's write (see AuditService). */
    ErasedRecords erase(Write write, String profileId) {
        JdbcClient jdbc = write.jdbc();
        int evaluations = count(jdbc, "select count(*) from evaluation where profile_id = ?", profileId);
        int decisions = count(jdbc, "select count(*) from decision where profile_id = ?", profileId);
        jdbc.sql("delete from decision where profile_id = ?").param(profileId).update();
        jdbc.sql("delete from evaluation where profile_id = ?").param(profileId).update();
        return new ErasedRecords(evaluations, decisions);
    }

    /** Leaves the tombstone of an erasure, chained after the records it erased. */
    Erasure tombstone(Write write, String profileId, String reason, int versions, ErasedRecords records) {
        JdbcClient jdbc = write.jdbc();
        jdbc.sql("""
                insert into erasure (profile_id, reason, versions, evaluations, decisions, erased_by, erased_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(profileId, reason, versions, records.evaluations(), records.decisions(), write.actor(),
                        write.at())
                .update();
        long id = jdbc.sql("select max(id) from erasure where profile_id = ?").param(profileId).query(Long.class)
                .single();
        Erasure erasure = new Erasure(id, profileId, reason, versions, records.evaluations(), records.decisions(),
                write.actor(), write.at().toInstant());
        write.chain(Chain.ERASURE, profileId, id, erasure.seal());
        return erasure;
    }

    /**
     * The content hash of every evaluation ("id/number"), decision ("id"), erasure ("id") and rule
     * set ("fingerprint"), by kind, read inside a unit of work that holds {@code jdbc}.
     */
    static Map<String, Map<String, String>> seals(JdbcClient jdbc) {
        Map<String, Map<String, String>> seals = new HashMap<>();
        Map<String, String> evaluations = new HashMap<>();
        jdbc.sql(SELECT_EVALUATION).query(AuditTrail::recorded).list()
                .forEach(r -> evaluations.put(r.profileId() + "/" + r.number(), r.seal()));
        Map<String, String> decisions = new HashMap<>();
        jdbc.sql(SELECT_DECISION).query(AuditTrail::decision).list()
                .forEach(d -> decisions.put(Long.toString(d.id()), d.seal()));
        Map<String, String> erasures = new HashMap<>();
        jdbc.sql(SELECT_ERASURE).query(AuditTrail::erasure).list()
                .forEach(e -> erasures.put(Long.toString(e.id()), e.seal()));
        Map<String, String> ruleSets = new HashMap<>();
        StoredRuleSets.all(jdbc).forEach(set -> ruleSets.put(set.fingerprint(), set.seal()));
        seals.put(Chain.EVALUATION, evaluations);
        seals.put(Chain.DECISION, decisions);
        seals.put(Chain.ERASURE, erasures);
        seals.put(Chain.CYCLE, CycleTrail.seals(jdbc));
        seals.put(Chain.RULES, ruleSets);
        return seals;
    }

    /** Who each decision and erasure is about, by id, for naming a row that is not in the chain. */
    static Map<String, String> profileOf(JdbcClient jdbc, String kind) {
        Map<String, String> profiles = new HashMap<>();
        String table = kind.equals(Chain.DECISION) ? "decision" : "erasure";
        jdbc.sql("select id, profile_id from " + table).query((rs, row) -> profiles.put(rs.getString(1),
                rs.getString(2))).list();
        return profiles;
    }

    private static int count(JdbcClient jdbc, String sql, String key) {
        return jdbc.sql(sql).param(key).query(Integer.class).single();
    }

    static final String SELECT_EVALUATION = """
            select id, profile_id, profile_version, number, target, verdict, verdict_rule, score, document,
                   document_schema, fingerprint, evaluated_at, evaluated_by, cycle
            from evaluation""";

    static final String SELECT_DECISION = """
            select d.id, d.profile_id, d.evaluation_id, e.number, d.decision, d.reason, d.override, d.decided_at,
                   d.decided_by, d.conflict, e.cycle
            from decision d join evaluation e on e.id = d.evaluation_id""";

    private static final String SELECT_ERASURE = """
            select id, profile_id, reason, versions, evaluations, decisions, erased_by, erased_at from erasure""";

    static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), Rows.instant(rs.getObject(8, OffsetDateTime.class)),
                rs.getString(9), rs.getBoolean(10), rs.getString(11));
    }

    private static Erasure erasure(ResultSet rs, int row) throws SQLException {
        return new Erasure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), Rows.instant(rs.getObject(8, OffsetDateTime.class)));
    }

    static Recorded recorded(ResultSet rs, int row) throws SQLException {
        return new Recorded(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getInt(10), rs.getString(11),
                Rows.instant(rs.getObject(12, OffsetDateTime.class)), rs.getString(13), rs.getString(14));
    }
}
