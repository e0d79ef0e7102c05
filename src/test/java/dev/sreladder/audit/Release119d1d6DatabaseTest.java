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
 * A database written by release 119d1d6, the last before issue 22 changed what the chain holds
 * (src/test/resources/fixtures/release-119d1d6, see its README): rule sets of fact model 4 outside
 * the chain, evaluation documents of schema 1 and 2 with waivers and evidence items, an override, a
 * conflict, a re-import and an erasure. Today's build adopts its rule sets into the chain when it
 * first opens the copy; the chain it then holds is pinned here, as a committee would have kept it.
 * What the copy held when it was opened is read once, before any test adds to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Release119d1d6DatabaseTest extends ReleaseDatabaseTest
        implements CommitteeStory.Erasure, CommitteeStory.Overrides {

    static final String RELEASE = "119d1d6";
    static final String DEFAULT_RULES = "sha256:4c99f5f24905";
    static final String TUNED_RULES = "sha256:ee7c3e42b84b";
    static final String PLATFORM_RULES = "sha256:e37f237b7eba";
    /** The head the release's own chain had: 31 records (it printed no head; its audit_head row holds it). */
    static final String RELEASE_HEAD = "31:sha256:4fec1738caa266fd60fba139cc49e62b6f743d6fb3ad6a3cbc4f84e26ef79e41";
    /** The head after today's build adopted the release's rule sets: pinned, as a committee keeps it. */
    static final String ADOPTED_HEAD =
            "record 35, sha256:1010a99500230436559ec32b7cdb1b9502553fd365988fb21089c4572049cbbe";

    /** What {@code audit verify} said when today's build first opened the copy. */
    private CommandRun verifiedOnOpening;

    /** The evaluations the release recorded, as the copy held them when it was opened. */
    private List<StoredEvaluation> recordedOnOpening;

    /** The rule sets (fingerprint and fact model) the copy held when it was opened: today's rules come later. */
    private List<String> ruleSetsOnOpening;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        openACopyOf(RELEASE, registry);
    }

    @BeforeAll
    void openTheCopy() {
        verifiedOnOpening = run("audit", "verify");
        recordedOnOpening = ReleaseFixture.evaluations(dataSource);
        ruleSetsOnOpening = jdbc().sql("select fingerprint || ' ' || fact_model from rule_set").query(String.class)
                .list();
    }

    @Test
    void shouldFindTheChainWholeAfterAdoptingTheReleasesRuleSetsWithThePinnedHead() {
        // 31 records of the release, then its 3 rule sets and one adoption record (see ChainAdoption).
        assertThat(verifiedOnOpening.exitCode()).as(verifiedOnOpening.err()).isEqualTo(ExitCode.OK);
        assertThat(verifiedOnOpening.out().strip()).isEqualTo("the audit trail is whole: 35 records\n"
                + "head: " + ADOPTED_HEAD);
    }

    @Test
    void shouldStillExtendTheHeadTheReleaseItselfHad() {
        CommandRun verify = run("audit", "verify", "--head", RELEASE_HEAD);

        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void shouldHoldEveryEvaluationTheReleaseRecordedInTheSchemaItWroteIt() {
        assertThat(recordedOnOpening).extracting(StoredEvaluation::profileId, StoredEvaluation::number,
                StoredEvaluation::schema).containsExactly(
                        tuple("amelia-brooks", 1, 1), tuple("elena-petrova", 1, 1), tuple("grace-liu", 1, 1),
                        tuple("hana-kowalski", 1, 1), tuple("hannah-okafor", 1, 1),
                        tuple("hugo-martin", 1, 2), tuple("hugo-martin", 2, 2), tuple("lucas-moreau", 1, 1),
                        tuple("maya-chen", 1, 1), tuple("maya-chen", 2, 1), tuple("maya-chen", 3, 1),
                        tuple("maya-chen", 4, 1), tuple("ravi-kapoor", 1, 1));
    }

    @Test
    void shouldKeepTheReleasesRuleSetsAsFactModelFourWithTheirLadderFiles() {
        List<String> ladderFiles = jdbc().sql("select fingerprint from rule_file where path = 'ladder.yaml'")
                .query(String.class).list();

        assertThat(ruleSetsOnOpening).hasSize(3);
        for (String fingerprint : List.of(DEFAULT_RULES, TUNED_RULES, PLATFORM_RULES)) {
            assertThat(ruleSetsOnOpening).as(fingerprint).anySatisfy(row -> assertThat(row).startsWith(fingerprint)
                    .endsWith(" 4"));
            assertThat(ladderFiles).as(fingerprint).anySatisfy(row -> assertThat(row).startsWith(fingerprint));
        }
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
                .contains("evaluation 2: defer decided by bob").contains("Another way of broad impact first");
        assertThat(profiles.out()).containsPattern("hugo-martin\\s+Hugo Martin\\s+ENGINEER")
                .containsPattern("maya-chen\\s+Maya Chen\\s+MID → SENIOR\\s+2\\s+NOT_YET")
                .containsPattern("lucas-moreau\\s+Lucas Moreau\\s+MID → SENIOR\\s+1\\s+READY")
                .contains("amelia-brooks", "elena-petrova", "grace-liu", "hana-kowalski", "hannah-okafor",
                        "ravi-kapoor")
                .doesNotContain("sam-taylor");
    }

    @Test
    void shouldReplayEveryRecordedEvaluationIdenticallyTheTunedAndPlatformOnesWithTheirOwnRules() {
        Map<String, String> replayed = replayedIdentically(recordedOnOpening);

        assertThat(replayed).hasSize(13);
        assertThat(replayed.get("maya-chen 4")).contains("rules " + TUNED_RULES)
                .contains("identical: NOT_YET, score 62, the same 16 findings");
        assertThat(replayed.get("lucas-moreau 1")).contains("identical: READY, score 100, the same 16 findings");
        assertThat(replayed.get("hugo-martin 2")).contains("rules " + PLATFORM_RULES)
                .contains("identical: NOT_YET, score 61");
    }

    @Test
    void shouldShowEveryStoredDocumentExactlyAsTheReleaseShowedIt() throws IOException {
        assertShownAsTheReleaseShowedThem(RELEASE, recordedOnOpening);
        assertThat(recordedOnOpening).filteredOn(stored -> stored.profileId().equals("lucas-moreau")).singleElement()
                .satisfies(lucas -> assertThat(lucas.document()).contains("\"kind\":\"WAIVED\""));
    }

    @Test
    void shouldShowTheDecisionsInTheReportAndTheHeadItWasMadeAt() {
        CommandRun report = run("report", "--format", "md");
        CommandRun verify = run("audit", "verify");
        String head = verify.out().lines().filter(line -> line.startsWith("head: ")).findFirst().orElseThrow();

        assertThat(report.out()).contains("from the stored profiles")
                .contains("**OVERRIDE** **Hannah Okafor** (`hannah-okafor`): promote"
                        + " — override: the rules said NOT_YET (on evaluation 1, ")
                .contains("**CONFLICT** **OVERRIDE** **Grace Liu** (`grace-liu`): defer")
                .contains("Made at the audit trail's " + head + " — keep this line")
                .doesNotContain("sam-taylor");
    }

    @Test
    void shouldGoOnEvaluatingAndDecidingAfterItVerifies() {
        CommandRun evaluated = run("evaluate", "elena-petrova");
        CommandRun decided = run("decide", "elena-petrova", "--decision", "defer");
        CommandRun verify = run("audit", "verify", "--head", pinned());

        assertThat(evaluated.exitCode()).as(evaluated.err()).isEqualTo(ExitCode.OK);
        assertThat(evaluated.out()).contains("recorded as evaluation 2 of elena-petrova (profile version 1)");
        assertThat(decided.exitCode()).as(decided.err()).isEqualTo(ExitCode.OK);
        assertThat(decided.out()).contains("recorded: defer for elena-petrova against evaluation 2");
        assertThat(run("evaluate", "elena-petrova", "--replay", "2").out()).contains("identical: ");
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).startsWith("the audit trail is whole: ");
    }

    @Test
    void shouldImportEvaluateAndDecideANewProfile() throws IOException {
        Path file = Files.createTempDirectory("release-119d1d6").resolve("priya-nair.yaml");
        Files.copy(Path.of("samples/priya-nair-junior-ready.yaml"), file);

        CommandRun imported = run("import", file.toString());
        CommandRun evaluated = run("evaluate", "priya-nair");
        CommandRun decided = run("decide", "priya-nair", "--decision", "promote");
        CommandRun verify = run("audit", "verify", "--head", pinned());

        assertThat(imported.out()).contains("imported priya-nair (version 1)");
        assertThat(evaluated.out()).contains("Verdict: READY")
                .contains("recorded as evaluation 1 of priya-nair (profile version 1)");
        assertThat(decided.exitCode()).as(decided.err()).isEqualTo(ExitCode.OK);
        assertThat(decided.out()).contains("recorded: promote for priya-nair against evaluation 1");
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).startsWith("the audit trail is whole: ");
    }

    /** The pinned head as {@code --head} takes it: "35:sha256:…". */
    private static String pinned() {
        return ADOPTED_HEAD.replaceAll("record (\\d+), ", "$1:");
    }
}
