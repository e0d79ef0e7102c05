package dev.sreladder.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Database;
import dev.sreladder.database.Rows;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.system.LadderException;

/**
 * The audit trail's tables: every evaluation of a stored profile with its document, the exact
 * rule files behind it and the fact model they are written for (stored once per fingerprint),
 * and the decisions taken against evaluations.
 */
public final class AuditTrail {

    private final Database database;

    public AuditTrail(Database database) {
        this.database = database;
    }

    /**
     * One recorded evaluation. {@code document} is the evaluation as it was given, in document
     * schema {@code documentSchema} (see {@link EvaluationDocument}).
     */
    public record Recorded(long id, String profileId, int profileVersion, int number, String target, String verdict,
            String verdictRule, int score, String document, int documentSchema, String fingerprint,
            Instant evaluatedAt) {
    }

    /** One committee decision. */
    public record Decision(long id, String profileId, long evaluationId, int evaluationNumber, String decision,
            String reason, boolean override, Instant decidedAt) {

        /** "promote", "defer (override)". */
        public String describe() {
            return decision.toLowerCase(Locale.ROOT) + (override ? " (override)" : "");
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
     * Records an evaluation with its rule files, in one transaction; returns its number for the
     * profile. The document is written in the current schema.
     */
    public int record(String profileId, int profileVersion, Evaluation evaluation, RuleSet rules) {
        String document = EvaluationDocument.write(EvaluationDocument.CURRENT, evaluation);
        return database.inTransaction(jdbc -> {
            OffsetDateTime now = Rows.now();
            storeRuleSet(jdbc, rules, now);
            int number = jdbc.sql("select coalesce(max(number), 0) + 1 from evaluation where profile_id = ?")
                    .param(profileId).query(Integer.class).single();
            jdbc.sql("""
                    insert into evaluation (profile_id, profile_version, number, target, verdict, verdict_rule, score,
                                            document, document_schema, fingerprint, evaluated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(profileId, profileVersion, number, evaluation.target().name(),
                            evaluation.verdict().name(), evaluation.verdictRule(), evaluation.score(), document,
                            EvaluationDocument.CURRENT, rules.fingerprint(), now)
                    .update();
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

    /** The version of the fact model the rule set behind a fingerprint is written for. */
    public int factModel(String fingerprint) {
        return database.read(jdbc -> jdbc.sql("select fact_model from rule_set where fingerprint = ?")
                .param(fingerprint).query(Integer.class).single());
    }

    public List<Decision> decisions(String profileId) {
        return database.read(jdbc -> jdbc.sql("""
                select d.id, d.profile_id, d.evaluation_id, e.number, d.decision, d.reason, d.override, d.decided_at
                from decision d join evaluation e on e.id = d.evaluation_id
                where d.profile_id = ? order by d.decided_at, d.id""")
                .param(profileId)
                .query((rs, row) -> new Decision(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        Rows.instant(rs.getObject(8, OffsetDateTime.class))))
                .list());
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
     * Records the committee's decision against the latest evaluation. Going against the verdict
     * (promoting without READY, deferring a READY) is an override and needs a reason.
     */
    public Decision decide(String profileId, Choice choice, String reason) {
        return database.inTransaction(jdbc -> {
            Recorded latest = jdbc.sql(SELECT_EVALUATION + " where profile_id = ? order by number desc")
                    .param(profileId).query(AuditTrail::recorded).list().stream().findFirst()
                    .orElseThrow(() -> LadderException.badInput("no evaluation of " + profileId
                            + " to decide on — run 'evaluate " + profileId + "' first"));
            boolean ready = Verdict.READY.name().equals(latest.verdict());
            boolean override = choice == Choice.PROMOTE ? !ready : ready;
            String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
            if (override && trimmed == null) {
                throw LadderException.badInput("the rules said " + latest.verdict() + " for " + profileId
                        + " (evaluation " + latest.number() + "); to " + choice.name().toLowerCase(Locale.ROOT)
                        + " against the verdict, give --reason \"…\"");
            }
            OffsetDateTime now = Rows.now();
            jdbc.sql("""
                    insert into decision (profile_id, evaluation_id, decision, reason, override, decided_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(profileId, latest.id(), choice.name(), trimmed, override, now).update();
            return new Decision(0, profileId, latest.id(), latest.number(), choice.name(), trimmed, override,
                    now.toInstant());
        });
    }

    /** Erases the evaluations and decisions of a profile; part of erasing the profile (see AuditService). */
    ErasedRecords erase(String profileId) {
        return database.inTransaction(jdbc -> {
            int evaluations = count(jdbc, "select count(*) from evaluation where profile_id = ?", profileId);
            int decisions = count(jdbc, "select count(*) from decision where profile_id = ?", profileId);
            jdbc.sql("delete from decision where profile_id = ?").param(profileId).update();
            jdbc.sql("delete from evaluation where profile_id = ?").param(profileId).update();
            return new ErasedRecords(evaluations, decisions);
        });
    }

    private static void storeRuleSet(JdbcClient jdbc, RuleSet rules, OffsetDateTime now) {
        boolean stored = count(jdbc, "select count(*) from rule_set where fingerprint = ?", rules.fingerprint()) > 0;
        if (stored) {
            return;
        }
        jdbc.sql("insert into rule_set (fingerprint, fact_model, stored_at) values (?, ?, ?)")
                .params(rules.fingerprint(), rules.factModel().version(), now).update();
        for (RuleFile file : rules.files()) {
            jdbc.sql("insert into rule_file (fingerprint, path, content) values (?, ?, ?)")
                    .params(rules.fingerprint(), file.fileName(), file.content()).update();
        }
    }

    private static int count(JdbcClient jdbc, String sql, String key) {
        return jdbc.sql(sql).param(key).query(Integer.class).single();
    }

    private static final String SELECT_EVALUATION = """
            select id, profile_id, profile_version, number, target, verdict, verdict_rule, score, document,
                   document_schema, fingerprint, evaluated_at
            from evaluation""";

    private static Recorded recorded(ResultSet rs, int row) throws SQLException {
        return new Recorded(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getInt(10), rs.getString(11),
                Rows.instant(rs.getObject(12, OffsetDateTime.class)));
    }
}
