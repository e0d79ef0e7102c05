package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * The ladder file in the audit trail: it is stored with the rule files and is part of the
 * fingerprint, an evaluation made under another ladder replays under the ladder it was made
 * with, and a profile stored under one ladder is never read under another. The rules in use are
 * a folder of the test's own ({@link #RULES}): each test writes the ladder it needs there and
 * reloads, as a maintainer would. Run against H2 and, where one is configured, PostgreSQL (see
 * the subclasses).
 */
abstract class LadderStorageTest {

    /** The rules folder of the running application; every test rewrites it and reloads. */
    static final Path RULES = folder("ladder-storage-rules");

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    StoredProfiles profiles;

    @Autowired
    DataSource dataSource;

    CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    static Path folder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            useRules(folder, ladder -> ladder, drl -> drl);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default rules, with the ladder file and the DRL files edited as given, written to {@code folder}. */
    static void useRules(Path folder, UnaryOperator<String> ladder, UnaryOperator<String> drl) {
        try (Stream<Path> old = Files.list(folder); Stream<Path> defaults = Files.list(Path.of("rules"))) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
            for (Path file : defaults.toList()) {
                String name = file.getFileName().toString();
                if (name.equals("ladder.yaml")) {
                    Files.writeString(folder.resolve(name), ladder.apply(Files.readString(file)));
                } else if (name.endsWith(".drl")) {
                    Files.writeString(folder.resolve(name), drl.apply(Files.readString(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps in the rules now in {@link #RULES}, as {@code rules reload} does for a maintainer. */
    void reload(UnaryOperator<String> ladder, UnaryOperator<String> drl) {
        useRules(RULES, ladder, drl);
        CommandRun reloaded = run("rules", "reload");
        assertThat(reloaded.exitCode()).as(reloaded.out() + reloaded.err()).isEqualTo(ExitCode.OK);
    }

    void defaultLadder() {
        reload(ladder -> ladder, drl -> drl);
    }

    /** The default ladder under another id: the same levels and keys, but not the same ladder. */
    void otherLadder() {
        reload(ladder -> ladder.replace("ladder: article-sre", "ladder: other-sre"), drl -> drl);
    }

    /** A ladder with a competency the article's lacks, and a senior expectation that uses it. */
    void securityLadder() {
        reload(ladder -> ladder.replace("ladder: article-sre", "ladder: sre-security")
                .replace("competencies:\n", "competencies:\n  security: keeping systems and their secrets safe\n"),
                drl -> drl.replace("atLeast(\"writing\", 3)));",
                        "atLeast(\"writing\", 3), atLeast(\"security\", 3)));"));
    }

    static Path profile(String id, String extra) throws IOException {
        Path file = Files.createTempDirectory("ladder-storage").resolve(id + ".yaml");
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        Files.writeString(file, "id: " + id + "\n" + maya.replace("competencies:\n", "competencies:\n" + extra));
        return file;
    }

    private String fingerprint(String id, int number) {
        return auditTrail.evaluation(id, number).orElseThrow().fingerprint();
    }

    @Test
    void shouldStoreTheLadderFileAmongTheRuleFilesOfAnEvaluation() throws IOException {
        defaultLadder();
        run("import", profile("ladder-stored", "").toString());

        run("evaluate", "ladder-stored");

        List<RuleFile> stored = auditTrail.ruleFiles(fingerprint("ladder-stored", 1));
        assertThat(stored).extracting(RuleFile::path).contains("ladder.yaml", "senior.drl");
        assertThat(stored).filteredOn(file -> file.path().equals("ladder.yaml")).extracting(RuleFile::content)
                .containsExactly(Files.readString(Path.of("rules/ladder.yaml")));
        assertThat(run("evaluate", "ladder-stored", "--format", "json").out())
                .contains("\"files\" : " + (stored.size() - 1));
    }

    @Test
    void shouldGiveAnotherFingerprintWhenOnlyTheLadderFileChanged() throws IOException {
        defaultLadder();
        run("import", profile("ladder-retitled", "").toString());
        run("evaluate", "ladder-retitled");
        reload(ladder -> ladder.replace("title: Building a Career in SRE", "title: Our SRE ladder"), drl -> drl);

        run("evaluate", "ladder-retitled");

        String before = fingerprint("ladder-retitled", 1);
        String after = fingerprint("ladder-retitled", 2);
        assertThat(after).isNotEqualTo(before);
        assertThat(auditTrail.ruleFiles(after)).filteredOn(file -> !file.path().equals("ladder.yaml"))
                .isEqualTo(auditTrail.ruleFiles(before).stream().filter(file -> !file.path().equals("ladder.yaml"))
                        .toList());
        assertThat(run("history", "ladder-retitled").out()).contains(after.substring(0, 19))
                .contains(before.substring(0, 19));
    }

    @Test
    void shouldReplayAnEvaluationMadeUnderAnotherLadderAfterTheRulesChangedBack() throws IOException {
        securityLadder();
        run("import", profile("ladder-security", "  security: 2\n").toString());
        CommandRun evaluated = run("evaluate", "ladder-security");
        assertThat(evaluated.out()).contains("security is 2, needs ≥ 3").contains("recorded as evaluation 1");
        defaultLadder();

        CommandRun replay = run("evaluate", "ladder-security", "--replay", "1");

        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isEqualTo(ExitCode.OK);
        assertThat(replay.out()).contains("identical: NOT_YET, score 62");
    }

    @Test
    void shouldShowAnEvaluationMadeUnderAnotherLadderAfterTheRulesChangedBack() throws IOException {
        securityLadder();
        run("import", profile("ladder-security-shown", "  security: 2\n").toString());
        run("evaluate", "ladder-security-shown");
        defaultLadder();

        CommandRun shown = run("history", "ladder-security-shown", "--show", "1");

        assertThat(shown.exitCode()).as(shown.err()).isEqualTo(ExitCode.OK);
        assertThat(shown.out()).contains("security is 2, needs ≥ 3").contains("Verdict: NOT_YET");
    }

    @Test
    void shouldRefuseToEvaluateAProfileStoredUnderAnotherLadderNamingBoth() throws IOException {
        defaultLadder();
        run("import", profile("ladder-refused", "").toString());
        run("evaluate", "ladder-refused");
        otherLadder();

        CommandRun refused = run("evaluate", "ladder-refused");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("stored profile ladder-refused (version 1) was imported under the ladder"
                + " 'article-sre'").contains("'other-sre'");
        assertThat(auditTrail.history("ladder-refused")).hasSize(1);
    }

    @Test
    void shouldRefuseAProfileOfAnArticleLadderUnderALadderWithMoreKeys() throws IOException {
        defaultLadder();
        run("import", profile("ladder-fewer-keys", "").toString());
        securityLadder();

        CommandRun refused = run("evaluate", "ladder-fewer-keys");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("'article-sre'").contains("'sre-security'");
    }

    @Test
    void shouldListAProfileStoredUnderAnotherLadderAsAProblemOfTheReport() throws IOException {
        defaultLadder();
        run("import", profile("ladder-reported", "").toString());
        otherLadder();

        CommandRun report = run("report", "--format", "md");

        assertThat(report.out() + report.err()).contains("stored profile ladder-reported (version 1) was imported"
                + " under the ladder 'article-sre'");
        assertThat(report.out()).doesNotContain("(`ladder-reported`)");
    }

    @Test
    void shouldStillListTheRecordsOfAProfileStoredUnderAnotherLadder() throws IOException {
        defaultLadder();
        run("import", profile("ladder-history", "").toString());
        run("evaluate", "ladder-history");
        otherLadder();

        CommandRun history = run("history", "ladder-history");

        assertThat(history.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(history.out()).containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+62\\s+sha256:");
        assertThat(run("history", "ladder-history", "--show", "1").out()).contains("Verdict: NOT_YET   score 62%");
        assertThat(run("evaluate", "ladder-history", "--replay", "1").out()).contains("identical: NOT_YET, score 62");
    }

    @Test
    void shouldStoreTheSameTextImportedUnderAnotherLadderAsANewVersion() throws IOException {
        defaultLadder();
        Path file = profile("ladder-reimported", "");
        run("import", file.toString());
        otherLadder();

        CommandRun again = run("import", file.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("imported ladder-reimported (version 2)");
        assertThat(profiles.versions("ladder-reimported")).extracting(StoredProfiles.Version::ladder)
                .containsExactly("article-sre", "other-sre");
        assertThat(run("evaluate", "ladder-reimported").out())
                .contains("recorded as evaluation 1 of ladder-reimported (profile version 2)");
        assertThat(run("import", file.toString()).out().strip()).isEqualTo("unchanged: ladder-reimported, version 2");
        assertThat(run("audit", "verify").out()).startsWith("the audit trail is whole: ");
    }

    @Test
    void shouldSealTheLadderOfAVersionInTheAuditChain() throws IOException {
        otherLadder();
        run("import", profile("ladder-sealed", "").toString());
        assertThat(run("audit", "verify").out()).startsWith("the audit trail is whole: ");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("update profile_version set ladder = 'article-sre' where profile_id = 'ladder-sealed'").update();
        try {
            CommandRun verify = run("audit", "verify");

            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.out() + verify.err()).contains("ladder-sealed");
        } finally {
            jdbc.sql("update profile_version set ladder = 'other-sre' where profile_id = 'ladder-sealed'").update();
        }
    }

    /** The default ladder, with the senior clear-writing expectation met by either of two conditions. */
    void alternatives() {
        reload(ladder -> ladder, drl -> !drl.contains("atLeast(\"writing\", 3)));") ? drl
                : drl.replace("import function dev.sreladder.evaluation.RuleApi.atLeast;\n",
                        "import function dev.sreladder.evaluation.RuleApi.atLeast;\n"
                                + "import function dev.sreladder.evaluation.RuleApi.anyOf;\n")
                        .replace("atLeast(\"writing\", 3)));",
                                "anyOf(atLeast(\"writing\", 3), atLeast(\"designDocs\", 2))));"));
    }

    @Test
    void shouldRecordAnEvaluationWithAlternativesInTheSchemaThatHoldsThemAndReplayIt() throws IOException {
        alternatives();
        run("import", profile("ladder-any-of", "").toString());

        run("evaluate", "ladder-any-of");

        AuditTrail.Recorded recorded = auditTrail.evaluation("ladder-any-of", 1).orElseThrow();
        assertThat(recorded.documentSchema()).isEqualTo(2);
        assertThat(recorded.document()).contains("{\"anyOf\":[{\"key\":\"writing\",\"op\":\">=\",\"value\":3},"
                + "{\"key\":\"designDocs\",\"op\":\">=\",\"value\":2}]}");
        assertThat(run("evaluate", "ladder-any-of", "--replay", "1").out()).contains("identical: NOT_YET, score 62");
        assertThat(run("history", "ladder-any-of", "--show", "1", "--format", "json").out().strip())
                .isEqualTo(recorded.document());
    }

    @Test
    void shouldRecordAnEvaluationWithoutAlternativesAsEveryEarlierBuildDid() throws IOException {
        alternatives();
        Path file = profile("ladder-plain", "");
        Files.writeString(file, Files.readString(file).replace("writing: 2", "writing: 3"));
        run("import", file.toString());

        run("evaluate", "ladder-plain");

        AuditTrail.Recorded recorded = auditTrail.evaluation("ladder-plain", 1).orElseThrow();
        assertThat(recorded.documentSchema()).isEqualTo(1);
        assertThat(recorded.document()).doesNotContain("anyOf");
    }
}
