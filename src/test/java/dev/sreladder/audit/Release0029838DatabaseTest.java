package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.audit.ReleaseFixture.StoredEvaluation;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * A database written by release 0029838, the last before fact model 4
 * (src/test/resources/fixtures/release-0029838, see its README): rule sets of fact model 3,
 * profile versions that name their ladder, one profile of the platform ladder and evaluation
 * documents of schema 2. Today's build opens one copy of it for the whole class: what the copy
 * held when it was opened is read once, before any test adds to it, so the tests that go on
 * working (imports, evaluations under fact model 4, decisions) never change what the others check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Release0029838DatabaseTest extends ReleaseDatabaseTest
        implements CommitteeStory.Erasure, CommitteeStory.Overrides {

    static final String RELEASE = "0029838";
    static final String DEFAULT_RULES = "sha256:a796034e5a51";
    static final String TUNED_RULES = "sha256:cfe0c4d36d05";
    static final String PLATFORM_RULES = "sha256:e37f237b7eba";

    /** What {@code audit verify} said when today's build first opened the copy. */
    private CommandRun verifiedOnOpening;

    /** The evaluations the release recorded, as the copy held them when it was opened. */
    private List<StoredEvaluation> recordedOnOpening;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        openACopyOf(RELEASE, registry);
    }

    @BeforeAll
    void openTheCopy() {
        verifiedOnOpening = run("audit", "verify");
        recordedOnOpening = ReleaseFixture.evaluations(dataSource);
    }

    @Test
    void shouldFindTheChainTheReleaseWroteWhole() {
        assertThat(verifiedOnOpening.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(verifiedOnOpening.out().strip()).isEqualTo("the audit trail is whole: 26 records\n"
                + "head: record 26, sha256:066549ff3f4c925175576e261499bd92b8c549c03406e1811cb2f891f3980c05");
    }

    @Test
    void shouldHoldEveryEvaluationTheReleaseRecordedInTheSchemaItWroteIt() {
        assertThat(recordedOnOpening).extracting(StoredEvaluation::profileId, StoredEvaluation::number,
                StoredEvaluation::schema).containsExactly(
                        tuple("elena-petrova", 1, 1), tuple("grace-liu", 1, 1), tuple("hannah-okafor", 1, 1),
                        tuple("hugo-martin", 1, 2), tuple("hugo-martin", 2, 2),
                        tuple("maya-chen", 1, 1), tuple("maya-chen", 2, 1), tuple("maya-chen", 3, 1),
                        tuple("maya-chen", 4, 1));
    }

    @Test
    void shouldKeepTheReleasesRuleSetsAsFactModelThreeWithTheirLadderFiles() {
        List<String> ruleSets = jdbc().sql("select fingerprint || ' ' || fact_model from rule_set")
                .query(String.class).list();
        List<String> ladderFiles = jdbc().sql("select fingerprint from rule_file where path = 'ladder.yaml'")
                .query(String.class).list();

        for (String fingerprint : List.of(DEFAULT_RULES, TUNED_RULES, PLATFORM_RULES)) {
            assertThat(ruleSets).as(fingerprint).anySatisfy(row -> assertThat(row).startsWith(fingerprint)
                    .endsWith(" 3"));
            assertThat(ladderFiles).as(fingerprint).anySatisfy(row -> assertThat(row).startsWith(fingerprint));
        }
    }

    @Test
    void shouldKeepThePlatformProfileSealedWithItsLadder() {
        List<String> versions = jdbc().sql("select profile_id || ' ' || version || ' ' || ladder"
                + " from profile_version where profile_id in ('maya-chen', 'hugo-martin') order by profile_id, version")
                .query(String.class).list();
        CommandRun underTodaysDefault = run("evaluate", "hugo-martin");

        assertThat(versions).containsExactly("hugo-martin 1 platform-engineering", "maya-chen 1 article-sre",
                "maya-chen 2 article-sre");
        assertThat(underTodaysDefault.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(underTodaysDefault.err())
                .contains("stored profile hugo-martin (version 1) was imported under the ladder"
                        + " 'platform-engineering', but the rules in use are for the ladder 'article-sre'");
    }

    @Test
    void shouldListEveryProfileVersionEvaluationAndDecisionTheReleaseRecorded() {
        CommandRun maya = run("history", "maya-chen");
        CommandRun hugo = run("history", "hugo-martin");
        CommandRun profiles = run("profiles");

        assertThat(maya.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(maya.out())
                .containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+62\\s+" + DEFAULT_RULES + "\\S*\\s+alice")
                .containsPattern("2\\s+\\S+ \\S+\\s+2\\s+SENIOR\\s+NOT_YET\\s+68\\s+" + DEFAULT_RULES + "\\S*\\s+alice")
                .containsPattern("3\\s+\\S+ \\S+\\s+2\\s+STAFF\\s+NOT_YET\\s+52\\s+" + DEFAULT_RULES + "\\S*\\s+bob")
                .containsPattern("4\\s+\\S+ \\S+\\s+2\\s+SENIOR\\s+NOT_YET\\s+62\\s+" + TUNED_RULES + "\\S*\\s+bob")
                .contains("version 1: imported by alice").contains("from cohort/maya-chen.yaml")
                .contains("version 2: imported by alice").contains("from again/maya-chen.yaml");
        assertThat(hugo.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(hugo.out())
                .containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+ALMOST\\s+88\\s+" + PLATFORM_RULES + "\\S*\\s+alice")
                .containsPattern("2\\s+\\S+ \\S+\\s+1\\s+STAFF\\s+NOT_YET\\s+61\\s+" + PLATFORM_RULES
                        + "\\S*\\s+bob\\s+defer by bob")
                .contains("evaluation 2: defer decided by bob").contains("Another way of broad impact first")
                .contains("version 1: imported by alice")
                .contains("from platform/hugo-martin-engineer-one-of-two.yaml");
        assertThat(profiles.out()).containsPattern("hugo-martin\\s+Hugo Martin\\s+ENGINEER")
                .containsPattern("maya-chen\\s+Maya Chen\\s+MID → SENIOR\\s+2\\s+NOT_YET")
                .contains("elena-petrova", "grace-liu", "hannah-okafor").doesNotContain("sam-taylor");
    }

    @Test
    void shouldReplayEveryRecordedEvaluationIdenticallyTheTunedAndPlatformOnesWithTheirOwnRules() {
        Map<String, String> replayed = replayedIdentically(recordedOnOpening);

        // A replay compiles its rule set anew: the tuned and platform ones are checked on the loop's output.
        assertThat(replayed.get("maya-chen 4")).contains("rules " + TUNED_RULES)
                .contains("identical: NOT_YET, score 62");
        assertThat(replayed.get("hugo-martin 2")).contains("rules " + PLATFORM_RULES)
                .contains("identical: NOT_YET, score 61, the same 13 findings");
    }

    @Test
    void shouldReadEveryStoredDocumentBackExactlyAsItWasWritten() {
        for (StoredEvaluation stored : recordedOnOpening) {
            CommandRun shown = run("history", stored.profileId(), "--show", Integer.toString(stored.number()),
                    "--format", "json");

            assertThat(shown.out().strip()).as(stored.toString()).isEqualTo(stored.document());
        }
    }

    @Test
    void shouldShowTheUnmetAlternativesOfTheSchemaTwoDocumentAsTheyWereStored() {
        CommandRun shown = run("history", "hugo-martin", "--show", "2", "--format", "json");

        assertThat(shown.out()).contains("\"code\":\"multiplies-teams\"")
                .contains("\"requires\":[{\"anyOf\":[{\"atLeast\":2,\"of\":["
                        + "{\"key\":\"selfServiceTools\",\"op\":\">=\",\"value\":3},"
                        + "{\"key\":\"developerExperience\",\"op\":\">=\",\"value\":3}]},"
                        + "{\"key\":\"adoptingTeams\",\"op\":\">=\",\"value\":6}]}]");
    }

    @Test
    void shouldShowTheDecisionsInTheReportAndNameTheProfileOfAnotherLadder() {
        CommandRun report = run("report", "--format", "md");

        // Under the default rules the platform profile is not read: the report names it.
        assertThat(report.out()).contains("from the stored profiles")
                .contains("**OVERRIDE** **Hannah Okafor** (`hannah-okafor`): promote"
                        + " — override: the rules said NOT_YET (on evaluation 1, ")
                .contains("**CONFLICT** **OVERRIDE** **Grace Liu** (`grace-liu`): defer")
                .contains("stored profile hugo-martin (version 1) was imported under the ladder 'platform-engineering'")
                .doesNotContain("sam-taylor");
    }

    @Test
    void shouldEvaluateAProfileTheReleaseStoredUnderTodaysRulesNextToItsOldEvaluation() {
        CommandRun evaluated = run("evaluate", "elena-petrova");
        CommandRun decided = run("decide", "elena-petrova", "--decision", "defer");

        assertThat(evaluated.exitCode()).as(evaluated.err()).isEqualTo(ExitCode.OK);
        assertThat(evaluated.out()).contains("recorded as evaluation 2 of elena-petrova (profile version 1)");
        assertThat(factModelOf("elena-petrova", 2)).isEqualTo(4);
        assertThat(factModelOf("elena-petrova", 1)).isEqualTo(3);
        assertThat(decided.exitCode()).as(decided.err()).isEqualTo(ExitCode.OK);
        assertThat(decided.out()).contains("recorded: defer for elena-petrova against evaluation 2");
        assertThat(run("evaluate", "elena-petrova", "--replay", "2").out()).contains("identical: ");
        assertThat(run("audit", "verify").out()).startsWith("the audit trail is whole: ");
    }

    @Test
    void shouldImportEvaluateAndDecideANewProfileUnderTodaysRules() throws IOException {
        Path file = Files.createTempDirectory("release-0029838").resolve("priya-nair.yaml");
        Files.copy(Path.of("samples/priya-nair-junior-ready.yaml"), file);

        CommandRun imported = run("import", file.toString());
        CommandRun evaluated = run("evaluate", "priya-nair");
        CommandRun decided = run("decide", "priya-nair", "--decision", "promote");

        assertThat(imported.out()).contains("imported priya-nair (version 1)");
        assertThat(evaluated.out()).contains("Verdict: READY")
                .contains("recorded as evaluation 1 of priya-nair (profile version 1)");
        assertThat(factModelOf("priya-nair", 1)).isEqualTo(4);
        assertThat(decided.exitCode()).as(decided.err()).isEqualTo(ExitCode.OK);
        assertThat(decided.out()).contains("recorded: promote for priya-nair against evaluation 1");
        assertThat(run("audit", "verify").out()).startsWith("the audit trail is whole: ");
    }

    /** The fact model of the rule set a stored evaluation was given under. */
    private int factModelOf(String profileId, int number) {
        return jdbc().sql("select r.fact_model from evaluation e join rule_set r on r.fingerprint = e.fingerprint"
                + " where e.profile_id = ? and e.number = ?").params(profileId, number).query(Integer.class).single();
    }
}
