package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Actor;
import dev.sreladder.database.Database;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * The committee's flow against a real database: import → profiles → evaluate → history →
 * decide → delete, re-imports as versions, a bad file stores nothing, and a past verdict
 * replayed under the rules it was given with. Run against H2 and, where one is configured,
 * PostgreSQL (see the subclasses).
 */
abstract class StorageFlowTest implements CycleStory {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    StoredProfiles profiles;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditService audit;

    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
    String url;

    /** Another committee member on the same database: the same tables, recorded as {@code name}. */
    AuditTrail member(String name) {
        return new AuditTrail(new Database(dataSource, url, new Actor(name)));
    }

    /** This process's actor as the database records it. */
    String actor() {
        return recordedAs(System.getProperty("user.name"));
    }

    /** How the database records a member named {@code user}: with the database user on a server. */
    String recordedAs(String user) {
        return url.startsWith("jdbc:h2:") ? user
                : user + " (db " + JdbcClient.create(dataSource).sql("select current_user").query(String.class).single()
                        + ")";
    }

    java.time.Instant serverNow() {
        return JdbcClient.create(dataSource).sql("select current_timestamp")
                .query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class)).single().toInstant();
    }

    @Override
    public CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    /** Each test works on its own ids, so tests share one database without stepping on each other. */
    Path profile(Path folder, String id, String yamlBody) throws IOException {
        Path file = folder.resolve(id + ".yaml");
        Files.writeString(file, "id: " + id + "\n" + yamlBody);
        return file;
    }

    static String maya() throws IOException {
        return Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
    }

    @Test
    void shouldKeepACycleFromImportToDecisionAndEraseItOnRequest() throws IOException {
        Path folder = Files.createTempDirectory("cycle");
        profile(folder, "flow-maya", maya());

        CommandRun imported = run("import", folder.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).contains("imported flow-maya (version 1)");

        assertThat(run("profiles").out())
                .containsPattern("flow-maya\\s+Maya Chen\\s+MID → SENIOR\\s+1\\s+not evaluated");

        CommandRun evaluated = run("evaluate", "flow-maya");
        assertThat(evaluated.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(evaluated.out()).contains("Verdict: NOT_YET").contains("recorded as evaluation 1 of flow-maya");
        assertThat(run("profiles").out()).containsPattern("flow-maya .*NOT_YET");

        CommandRun refused = run("decide", "flow-maya", "--decision", "promote");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("the rules said NOT_YET for flow-maya (evaluation 1)")
                .contains("--reason");

        CommandRun decided = run("decide", "flow-maya", "--decision", "promote", "--reason",
                "Led the storage migration");
        assertThat(decided.out()).contains("recorded: promote (override) for flow-maya against evaluation 1");

        CommandRun history = run("history", "flow-maya");
        assertThat(history.out()).containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+62\\s+sha256:")
                .contains("promote (override)").contains("Led the storage migration");
        assertThat(run("history", "flow-maya", "--show", "1").out()).contains("evaluation 1 of flow-maya")
                .contains("Verdict: NOT_YET   score 62%");
        assertThat(run("evaluate", "flow-maya", "--replay", "1").out()).contains("identical: NOT_YET, score 62");

        CommandRun erased = run("delete", "flow-maya", "--reason", "left the committee's cohort");
        assertThat(erased.out()).contains("erased flow-maya: 1 version, 1 evaluation, 1 decision");
        assertThat(run("profiles").out()).doesNotContain("flow-maya");
        assertThat(run("history", "flow-maya").out()).contains("flow-maya was erased");
        for (List<String> command : List.of(List.of("evaluate", "flow-maya"), List.of("show", "flow-maya"),
                List.of("plan", "flow-maya"), List.of("what-if", "flow-maya", "--set", "mentoring=3"))) {
            CommandRun afterwards = run(command.toArray(String[]::new));
            assertThat(afterwards.exitCode()).as(command.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(afterwards.err()).as(command.toString()).containsPattern(command.get(0) + ": flow-maya was"
                    + " erased \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC by .+ — reason: left the committee's cohort;"
                    + " 'history flow-maya' shows what was erased");
        }
    }

    @Test
    void shouldStoreAReImportAsANewVersionAndKeepTheOldOne() throws IOException {
        Path folder = Files.createTempDirectory("versions");
        Path file = profile(folder, "flow-versions", maya());
        run("import", file.toString());
        run("evaluate", "flow-versions");
        profile(folder, "flow-versions", maya().replace("mentoring: 1", "mentoring: 3"));

        assertThat(run("import", file.toString()).out()).contains("imported flow-versions (version 2)");
        assertThat(run("show", "flow-versions").out()).contains("version 2 of 2").contains("mentoring: 3");
        assertThat(run("show", "flow-versions", "--version", "1").out()).contains("mentoring: 1");
        assertThat(run("evaluate", "flow-versions").out())
                .contains("recorded as evaluation 2 of flow-versions (profile version 2)");
        assertThat(auditTrail.history("flow-versions")).extracting(AuditTrail.Recorded::profileVersion)
                .containsExactly(1, 2);
    }

    @Test
    void shouldStoreNothingOfABadFileInAFolderImport() throws IOException {
        Path folder = Files.createTempDirectory("partial");
        profile(folder, "flow-good", maya());
        profile(folder, "flow-bad", "name: Bad\nlevel: MID\ncompetencies:\n  mentorng: 2\n");

        CommandRun run = run("import", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("imported flow-good");
        assertThat(run.err()).contains("unknown competency 'mentorng' at " + folder.resolve("flow-bad.yaml") + ":5")
                .contains("1 of 2 profiles were not imported; 1 were");
        assertThat(profiles.latestVersion("flow-bad")).isEmpty();
        assertThat(profiles.latestVersion("flow-good")).isPresent();
    }

    @Test
    void shouldMeasureTheImpactOfARuleEditOnTheStoredProfiles() throws IOException {
        Path folder = Files.createTempDirectory("impact");
        run("import", profile(folder, "flow-impact", maya()).toString());
        Path edited = Files.createTempDirectory("edited-rules");
        for (var file : RuleSources.fromDirectory(Path.of("rules"))) {
            Files.writeString(edited.resolve(file.fileName()),
                    file.content().replace("atLeast(\"slosDefined\", 1)", "atLeast(\"slosDefined\", 9)"));
        }

        CommandRun impact = run("rules", "impact", edited.toString());

        assertThat(impact.out()).contains("profiles in the stored profiles").contains("flow-impact")
                .contains("+ BLOCKER slo-driven-thinking [MID]");
    }

    @Test
    void shouldReplayAPastVerdictUnderTheRulesItWasGivenWith() throws IOException {
        Path folder = Files.createTempDirectory("replay");
        run("import", profile(folder, "flow-replay", maya()).toString());
        // A verdict given under an older rule set in which mid-level engineers met every senior gap
        // but one: the stored rule files, not today's, must reproduce it.
        Path olderRules = Files.createTempDirectory("older-rules");
        for (var file : RuleSources.fromDirectory(Path.of("rules"))) {
            Files.writeString(olderRules.resolve(file.fileName()), file.content()
                    .replace("atLeast(\"resilienceTesting\", 3), atLeast(\"gameDays\", 1)", "atLeast(\"gameDays\", 0)")
                    .replace("atLeast(\"designDocs\", 2), atLeast(\"postmortemsLed\", 2)", "atLeast(\"designDocs\", 0)")
                    .replace("atLeast(\"capacityPlanning\", 3)", "atLeast(\"capacityPlanning\", 2)")
                    .replace("atLeast(\"writing\", 3)", "atLeast(\"writing\", 2)")
                    .replace("atLeast(\"mentoring\", 3), atLeast(\"mentees\", 1)", "atLeast(\"mentees\", 0)"));
        }
        try (RuleSet older = new RuleCompiler().compile(RuleSources.fromDirectory(olderRules), "older rules")) {
            var stored = profiles.latest("flow-replay", Ladder.article()).orElseThrow();
            Evaluation then = new Evaluator().evaluate(older, stored.document().profile(), null);
            assertThat(then.verdict().name()).isEqualTo("ALMOST");
            auditTrail.record("flow-replay", stored.version(), then, older);
        }

        assertThat(run("evaluate", "flow-replay").out()).contains("Verdict: NOT_YET");
        CommandRun replay = run("evaluate", "flow-replay", "--replay", "1");
        assertThat(replay.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(replay.out()).contains("identical: ALMOST");
        assertThat(run("evaluate", "flow-replay", "--replay", "9").err()).contains("no evaluation 9 of flow-replay");
    }

    @Test
    void shouldReplayAWaiverTheNotesAndTheEvidenceItemsAsTheyWereRecorded() throws IOException {
        Path folder = Files.createTempDirectory("judgement");
        String body = maya().replaceAll("(?m)^  gameDays: 0$", String.join("\n", "  gameDays:",
                "    - what: Q3 region failover game day", "      link: https://wiki.example.com/gd/2026-q3",
                "      when: 2026-08-14")).replaceAll("(?m)^expected:(.|\n)*", "") + String.join("\n",
                "manager: Dana Wu", "selfRatings:", "  mentoring: 3", "waived:",
                "  mentoring: the team has not hired anyone in the review period", "");
        CommandRun imported = run("import", profile(folder, "flow-judgement", body).toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCode.OK);

        CommandRun evaluated = run("evaluate", "flow-judgement");
        assertThat(evaluated.exitCode()).as(evaluated.err()).isEqualTo(ExitCode.OK);
        CommandRun shown = run("history", "flow-judgement", "--show", "1", "--format", "json");
        assertThat(shown.out()).contains("\"kind\":\"WAIVED\"").contains("ratings-disconnect");
        CommandRun replay = run("evaluate", "flow-judgement", "--replay", "1");
        assertThat(replay.exitCode()).as(replay.err()).isEqualTo(ExitCode.OK);
        assertThat(replay.out()).contains("identical: NOT_YET");
        assertThat(run("show", "flow-judgement").out()).contains("link: https://wiki.example.com/gd/2026-q3");
    }

    @Test
    void shouldStoreTheFactModelOfEachNewRuleSet() throws IOException {
        Path folder = Files.createTempDirectory("fact-model");
        run("import", profile(folder, "flow-model", maya()).toString());

        run("evaluate", "flow-model");

        String fingerprint = auditTrail.history("flow-model").get(0).fingerprint();
        assertThat(auditTrail.factModel(fingerprint)).isEqualTo(FactModel.CURRENT.version());
        assertThat(auditTrail.history("flow-model").get(0).documentSchema()).isEqualTo(1);
    }

    @Test
    void shouldRefuseToReplayARuleSetWrittenForAFactModelThisBuildDoesNotKnow() throws IOException {
        Path folder = Files.createTempDirectory("unknown-model");
        run("import", profile(folder, "flow-unknown-model", maya()).toString());
        // A rule set of its own (a comment changes the fingerprint), so no other test replays it.
        Path rules = Files.createTempDirectory("model-rules");
        for (var file : RuleSources.fromDirectory(Path.of("rules"))) {
            Files.writeString(rules.resolve(file.fileName()), file.content()
                    + (file.isLadder() ? "\n# flow-unknown-model\n" : "\n// flow-unknown-model\n"));
        }
        String fingerprint;
        try (RuleSet own = new RuleCompiler().compile(RuleSources.fromDirectory(rules), "own rules")) {
            var stored = profiles.latest("flow-unknown-model", Ladder.article()).orElseThrow();
            auditTrail.record("flow-unknown-model", stored.version(),
                    new Evaluator().evaluate(own, stored.document().profile(), null), own);
            fingerprint = own.fingerprint();
        }
        int model = JdbcClient.create(dataSource).sql("select fact_model from rule_set where fingerprint = ?")
                .param(fingerprint).query(Integer.class).single();
        JdbcClient.create(dataSource).sql("update rule_set set fact_model = 99 where fingerprint = ?")
                .param(fingerprint).update();

        CommandRun replay = run("evaluate", "flow-unknown-model", "--replay", "1");
        // The rule set is in the chain now: put it back, so the tests sharing this database find the chain whole.
        JdbcClient.create(dataSource).sql("update rule_set set fact_model = ? where fingerprint = ?")
                .params(model, fingerprint).update();

        assertThat(replay.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(replay.out()).isEmpty();
        assertThat(replay.err()).contains("this rule set was written for fact model 99, which this build of "
                + "sre-ladder does not know").contains("replay it with the build that recorded it");
    }

    @Test
    void shouldNotStoreAnUnchangedReImportAsANewVersion() throws IOException {
        Path folder = Files.createTempDirectory("unchanged");
        profile(folder, "flow-same", maya());
        run("import", folder.toString());

        CommandRun again = run("import", folder.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out().strip()).isEqualTo("unchanged: flow-same, version 1");
        assertThat(profiles.versions("flow-same")).hasSize(1);
    }

    @Test
    void shouldRecordWhoAndTheServersTimeOnEveryAct() throws IOException {
        Path folder = Files.createTempDirectory("who");
        profile(folder, "flow-who", maya());
        java.time.Instant before = serverNow();
        run("import", folder.toString());
        run("evaluate", "flow-who");
        run("decide", "flow-who", "--decision", "defer");
        java.time.Instant after = serverNow();

        String json = run("history", "flow-who", "--format", "json").out();
        String by = "\"by\":\"" + actor() + "\"";
        assertThat(json).contains("\"versions\":[{\"version\":1").contains("\"evaluations\":[{\"number\":1")
                .contains("\"decisions\":[{\"evaluation\":1");
        assertThat(json.split(java.util.regex.Pattern.quote(by), -1)).hasSize(4);
        assertThat(profiles.versions("flow-who").get(0).importedAt()).isBetween(before, after);
        assertThat(auditTrail.history("flow-who").get(0).evaluatedAt()).isBetween(before, after);
        assertThat(auditTrail.decisions("flow-who").get(0).decidedAt()).isBetween(before, after);
        assertThat(run("history", "flow-who").out()).contains("defer by " + actor());

        CommandRun erased = run("delete", "flow-who", "--reason", "asked to be forgotten");
        assertThat(erased.out()).contains("tombstone by " + actor());
        assertThat(auditTrail.erasures("flow-who").get(0).erasedAt()).isAfterOrEqualTo(before);
    }

    @Test
    void shouldRefuseADecisionWhenTheLatestVersionIsNotEvaluated() throws IOException {
        Path folder = Files.createTempDirectory("unevaluated");
        Path file = profile(folder, "flow-unevaluated", maya());
        run("import", file.toString());
        run("evaluate", "flow-unevaluated");
        profile(folder, "flow-unevaluated", maya().replace("mentoring: 1", "mentoring: 3"));
        run("import", file.toString());

        CommandRun refused = run("decide", "flow-unevaluated", "--decision", "defer");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("version 2 of flow-unevaluated has not been evaluated")
                .contains("evaluate flow-unevaluated first");
        assertThat(auditTrail.decisions("flow-unevaluated")).isEmpty();
        run("evaluate", "flow-unevaluated");
        assertThat(run("decide", "flow-unevaluated", "--decision", "defer").out())
                .contains("recorded: defer for flow-unevaluated against evaluation 2");
    }

    @Test
    void shouldKeepAndMarkAConflictingDecisionOfAnotherMember() throws IOException {
        Path folder = Files.createTempDirectory("conflict");
        run("import", profile(folder, "flow-conflict", maya()).toString());
        run("evaluate", "flow-conflict");
        member("bob").decide("flow-conflict", AuditTrail.Choice.PROMOTE, "Led the storage migration");

        CommandRun mine = run("decide", "flow-conflict", "--decision", "defer");

        assertThat(mine.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(mine.out()).contains("recorded: defer for flow-conflict against evaluation 1")
                .contains("conflict: promote (override) by " + recordedAs("bob") + " at ");
        assertThat(auditTrail.decisions("flow-conflict")).extracting(AuditTrail.Decision::decidedBy,
                AuditTrail.Decision::conflict).containsExactly(tuple(recordedAs("bob"), false), tuple(actor(), true));
        String report = run("report", "--format", "md").out();
        assertThat(report).contains("**OVERRIDE** **Maya Chen** (`flow-conflict`): promote — override: the rules said"
                + " NOT_YET (on evaluation 1, ").contains(", by " + recordedAs("bob") + ")")
                .contains("**CONFLICT** **Maya Chen** (`flow-conflict`): defer (on evaluation 1, ")
                .contains(", by " + actor() + ") — conflict");
    }

    @Test
    void shouldNameWhoDecidedApartFromWhoEvaluatedInTheHistory() throws IOException {
        Path folder = Files.createTempDirectory("deciders");
        run("import", profile(folder, "flow-deciders", maya()).toString());
        run("evaluate", "flow-deciders");
        member("alice").decide("flow-deciders", AuditTrail.Choice.PROMOTE, "Led the storage migration");
        member("bob").decide("flow-deciders", AuditTrail.Choice.DEFER, null);
        String bob = java.util.regex.Pattern.quote(recordedAs("bob"));

        CommandRun history = run("history", "flow-deciders");

        assertThat(history.out()).containsPattern("RULES\\s+EVALUATED BY\\s+DECISION\\n")
                .containsPattern("sha256:\\S+\\s+" + java.util.regex.Pattern.quote(actor()) + "\\s+defer by " + bob
                        + ", CONFLICT\\n")
                .containsPattern("evaluation 1: promote \\(override\\) decided by "
                        + java.util.regex.Pattern.quote(recordedAs("alice")) + ", .* — Led the storage migration\\n")
                .containsPattern("evaluation 1: defer decided by " + bob + ", .* UTC — CONFLICT\\n");
        String json = run("history", "flow-deciders", "--format", "json").out();
        assertThat(json).contains("\"verdict\":\"NOT_YET\",\"score\":62,").contains("\"by\":\"" + actor() + "\"")
                .contains("\"decision\":\"defer\",\"override\":false,\"reason\":null,")
                .contains("\"conflict\":true,\"by\":\"" + recordedAs("bob") + "\"");
    }

    @Test
    void shouldLeaveATombstoneAndNeverRestartTheNumbers() throws IOException {
        Path folder = Files.createTempDirectory("tombstone");
        Path file = profile(folder, "flow-gone", maya());
        run("import", file.toString());
        run("evaluate", "flow-gone");
        run("decide", "flow-gone", "--decision", "defer");

        assertThat(run("delete", "flow-gone").err()).contains("delete needs --reason TEXT");
        CommandRun erased = run("delete", "flow-gone", "--reason", "left the company");

        assertThat(erased.out())
                .contains("erased flow-gone: 1 version, 1 evaluation, 1 decision; tombstone by "
                + actor() + " at ").contains(" — reason: left the company");
        CommandRun history = run("history", "flow-gone");
        assertThat(history.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(history.out()).containsPattern("flow-gone was erased \\S+ \\S+ UTC by " + java.util.regex.Pattern
                .quote(actor())
                + ": 1 version, 1 evaluation, 1 decision — reason: left the company");
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from profile_version where profile_id = ?")
                .param("flow-gone").query(Integer.class).single()).isZero();
        assertThat(run("import", file.toString()).out()).contains("imported flow-gone (version 2)");
        assertThat(run("evaluate", "flow-gone").out()).contains("recorded as evaluation 2 of flow-gone");
        assertThat(run("history", "flow-gone").out()).contains("flow-gone was erased").doesNotContain("\n1 ");
    }

    @Test
    void shouldEvaluateAndRecordEveryStoredProfileButTheErasedWithAll() throws IOException {
        Path folder = Files.createTempDirectory("all");
        profile(folder, "flow-all-maya", maya());
        profile(folder, "flow-all-ready", maya().replace("target: SENIOR", "target: MID"));
        profile(folder, "flow-all-gone", maya());
        run("import", folder.toString());
        run("delete", "flow-all-gone", "--reason", "left before the round");
        int stored = profiles.list().size();

        CommandRun all = run("evaluate", "--all");

        assertThat(all.exitCode()).as(all.err()).isEqualTo(ExitCode.OK);
        assertThat(all.out()).contains("Maya Chen (flow-all-maya) · MID → SENIOR")
                .contains("recorded as evaluation 1 of flow-all-maya (profile version 1)")
                .contains("Maya Chen (flow-all-ready) · MID → MID")
                .contains("recorded as evaluation 1 of flow-all-ready (profile version 1)")
                .doesNotContain("flow-all-gone")
                .endsWith("evaluated and recorded " + stored + " stored profiles\n");
        assertThat(auditTrail.history("flow-all-maya")).extracting(AuditTrail.Recorded::verdict,
                AuditTrail.Recorded::evaluatedBy).containsExactly(tuple("NOT_YET", actor()));

        CommandRun json = run("evaluate", "--all", "--format", "json", "--target", "senior");

        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.OK);
        assertThat(json.out().lines()).hasSize(stored).anySatisfy(line -> assertThat(line)
                .startsWith("{\"profile\":\"flow-all-ready\"").contains("\"target\":\"SENIOR\""));
        assertThat(auditTrail.history("flow-all-ready")).extracting(AuditTrail.Recorded::target)
                .containsExactly("MID", "SENIOR");
    }

    @Test
    void shouldFindARowChangedOrRemovedBehindTheToolsBack() throws IOException {
        Path folder = Files.createTempDirectory("tamper");
        run("import", profile(folder, "flow-tamper", maya()).toString());
        run("evaluate", "flow-tamper");
        run("import", profile(folder, "flow-tamper-gone", maya()).toString());
        run("delete", "flow-tamper-gone", "--reason", "a test of the chain");
        CommandRun whole = run("audit", "verify");
        assertThat(whole.exitCode()).as(whole.err()).isEqualTo(ExitCode.OK);
        assertThat(whole.out()).containsPattern("the audit trail is whole: \\d+ records");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long evaluation = jdbc.sql("select seq from audit_record where kind = 'evaluation' and profile_id = ?")
                .param("flow-tamper").query(Long.class).single();
        long erasure = jdbc.sql("select seq from audit_record where kind = 'erasure' and profile_id = ?")
                .param("flow-tamper-gone").query(Long.class).single();

        jdbc.sql("update evaluation set score = 100 where profile_id = ?").param("flow-tamper").update();
        try {
            CommandRun changed = run("audit", "verify");
            assertThat(changed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(changed.err()).contains("the audit trail is broken: record " + evaluation
                    + " (evaluation 1 of flow-tamper) was changed")
                    .contains("What to do next:", "Record nothing more in this database",
                            "Restore the database from a backup taken before the break",
                            "audit verify --head N:sha256:…");
        } finally {
            jdbc.sql("update evaluation set score = 62 where profile_id = ?").param("flow-tamper").update();
        }
        var tombstone = jdbc.sql("select * from erasure where profile_id = ?").param("flow-tamper-gone")
                .query().singleRow();
        jdbc.sql("delete from erasure where profile_id = ?").param("flow-tamper-gone").update();
        try {
            CommandRun removed = run("audit", "verify");
            assertThat(removed.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(removed.err()).contains("record " + erasure + " (erasure of flow-tamper-gone) was removed");
        } finally {
            jdbc.sql("insert into erasure (id, profile_id, reason, versions, evaluations, decisions, erased_by, "
                    + "erased_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(value(tombstone, "id"), value(tombstone, "profile_id"), value(tombstone, "reason"),
                            value(tombstone, "versions"), value(tombstone, "evaluations"),
                            value(tombstone, "decisions"), value(tombstone, "erased_by"),
                            value(tombstone, "erased_at"))
                    .update();
        }
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
    }

    /** A column of a row read with plain SQL, whatever case the database gives its names in. */
    private static Object value(java.util.Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(column)).findFirst()
                .orElseThrow().getValue();
    }

    /** The tool's limits, the same on every database: what it accepts is stored, what it refuses is refused with exit
     * 1. */
    @Test
    void shouldStoreANameAndAReasonAtTheLimitInEmojiAndRefuseANul() throws IOException {
        Path folder = Files.createTempDirectory("limits");
        String grin = "\uD83D\uDE00";
        String thumbWithSkinTone = "\uD83D\uDC4D\uD83C\uDFFD";
        String name = grin.repeat(500) + thumbWithSkinTone.repeat(500);
        Path file = profile(folder, "flow-limits", maya().replaceAll("(?m)^name: .*$", "name: " + name));
        Path nul = profile(folder, "flow-nul", "name: \"Nul\\0Name\"\nlevel: MID\n");
        String reason = thumbWithSkinTone.repeat(2000);

        CommandRun imported = run("import", file.toString());
        CommandRun evaluated = run("evaluate", "flow-limits");
        CommandRun decided = run("decide", "flow-limits", "--decision", "promote", "--reason", reason);
        CommandRun refusedFile = run("import", nul.toString());
        CommandRun refusedReason = run("decide", "flow-limits", "--decision", "defer", "--reason", "a\u0000b");

        assertThat(imported.err() + evaluated.err() + decided.err()).isEmpty();
        assertThat(profiles.latestVersion("flow-limits").orElseThrow().name()).isEqualTo(name);
        assertThat(auditTrail.decisions("flow-limits")).extracting(AuditTrail.Decision::reason).containsExactly(reason);
        assertThat(refusedFile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refusedFile.err()).isEqualTo("import: name holds the control character U+0000 at " + nul
                + ":2 — remove it; "
                + "text is stored plain, without control characters" + System.lineSeparator());
        assertThat(profiles.latestVersion("flow-nul")).isEmpty();
        assertThat(refusedReason.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refusedReason.err()).startsWith("decide: --reason holds the control character U+0000 — ");
        assertThat(auditTrail.decisions("flow-limits")).hasSize(1);
    }
}
