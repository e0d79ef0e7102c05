package dev.sreladder.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.system.LadderException;

/**
 * The committee's audit trail: every evaluation of a stored profile with the exact rule files
 * behind it (stored once per fingerprint), and the decisions taken against evaluations.
 */
public final class AuditTrail {

    private final Database database;

    public AuditTrail(Database database) {
        this.database = database;
    }

    /** One recorded evaluation. {@code document} is the evaluation's JSON as it was given. */
    public record Recorded(long id, String profileId, int profileVersion, int number, String target, String verdict,
            String verdictRule, int score, String document, String fingerprint, Instant evaluatedAt) {
    }

    /** One committee decision. */
    public record Decision(long id, String profileId, long evaluationId, int evaluationNumber, String decision,
            String reason, boolean override, Instant decidedAt) {
    }

    public enum Choice { PROMOTE, DEFER }

    /** Records an evaluation with its rule files, in one transaction; returns its number for the profile. */
    public int record(String profileId, int profileVersion, Evaluation evaluation, RuleSet rules, String document) {
        return database.inTransaction(jdbc -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            storeRuleSet(jdbc, rules, now);
            int number = jdbc.sql("select coalesce(max(number), 0) + 1 from evaluation where profile_id = ?")
                    .param(profileId).query(Integer.class).single();
            jdbc.sql("""
                    insert into evaluation (profile_id, profile_version, number, target, verdict, verdict_rule, score,
                                            document, fingerprint, evaluated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(profileId, profileVersion, number, evaluation.target().name(),
                            evaluation.verdict().name(), evaluation.verdictRule(), evaluation.score(), document,
                            rules.fingerprint(), now)
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

    public List<Decision> decisions(String profileId) {
        return database.read(jdbc -> jdbc.sql("""
                select d.id, d.profile_id, d.evaluation_id, e.number, d.decision, d.reason, d.override, d.decided_at
                from decision d join evaluation e on e.id = d.evaluation_id
                where d.profile_id = ? order by d.decided_at, d.id""")
                .param(profileId)
                .query((rs, row) -> new Decision(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        StoredProfiles.instant(rs.getObject(8, OffsetDateTime.class))))
                .list());
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
                        + " (evaluation " + latest.number() + "); to " + choice.name().toLowerCase()
                        + " against the verdict, give --reason \"…\"");
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("""
                    insert into decision (profile_id, evaluation_id, decision, reason, override, decided_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(profileId, latest.id(), choice.name(), trimmed, override, now).update();
            return new Decision(0, profileId, latest.id(), latest.number(), choice.name(), trimmed, override,
                    now.toInstant());
        });
    }

    private static void storeRuleSet(JdbcClient jdbc, RuleSet rules, OffsetDateTime now) {
        boolean stored = jdbc.sql("select count(*) from rule_set where fingerprint = ?").param(rules.fingerprint())
                .query(Integer.class).single() > 0;
        if (stored) {
            return;
        }
        jdbc.sql("insert into rule_set (fingerprint, stored_at) values (?, ?)").params(rules.fingerprint(), now)
                .update();
        for (RuleFile file : rules.files()) {
            jdbc.sql("insert into rule_file (fingerprint, path, content) values (?, ?, ?)")
                    .params(rules.fingerprint(), file.fileName(), file.content()).update();
        }
    }

    private static final String SELECT_EVALUATION = """
            select id, profile_id, profile_version, number, target, verdict, verdict_rule, score, document,
                   fingerprint, evaluated_at
            from evaluation""";

    private static Recorded recorded(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recorded(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                StoredProfiles.instant(rs.getObject(11, OffsetDateTime.class)));
    }
}
