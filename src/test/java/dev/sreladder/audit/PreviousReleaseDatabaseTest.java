package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.audit.ReleaseFixture.StoredEvaluation;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * A database written by the previous release, f20f2a5, the last before ladder files
 * (src/test/resources/fixtures/release-f20f2a5, see its README), opened with today's build:
 * migration V5 runs on the copy, the audit chain it wrote stays whole, and every evaluation it
 * recorded reads back and replays identically. Only reads here; {@link PreviousReleaseDatabaseWorkTest}
 * goes on working on a copy of its own.
 */
class PreviousReleaseDatabaseTest extends ReleaseDatabaseTest implements CommitteeStory.Erasure {

    static final String RELEASE = "f20f2a5";
    static final String DEFAULT_RULES = "sha256:443c2e6b49b6";
    static final String TUNED_RULES = "sha256:3c4f8613cd58";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        openACopyOf(RELEASE, registry);
    }

    @Test
    void shouldFindTheChainThePreviousReleaseWroteWholeAfterMigratingIt() {
        recorded();

        CommandRun verify = run("audit", "verify");

        assertThat(verify.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(verify.out().strip()).isEqualTo("the audit trail is whole: 21 records\n"
                + "head: record 21, sha256:78b16088272171c2c669fd923f24bfc822b9e316b670887de64bf717ca08322d");
    }

    @Test
    void shouldRecordThatEveryVersionThePreviousReleaseStoredWasReadAgainstTheArticleLadder() {
        recorded();
        JdbcClient jdbc = jdbc();

        assertThat(jdbc.sql("select distinct ladder from profile_version").query(String.class).list())
                .containsExactly("article-sre");
        assertThat(jdbc.sql("select distinct fact_model from rule_set").query(Integer.class).list())
                .containsExactly(2);
        assertThat(jdbc.sql("select count(*) from rule_file where path = 'ladder.yaml'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void shouldListEveryVersionAndEvaluationThePreviousReleaseRecorded() {
        CommandRun maya = run("history", "maya-chen");

        assertThat(maya.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(maya.out())
                .containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+62\\s+" + DEFAULT_RULES + "\\S*\\s+alice")
                .containsPattern("2\\s+\\S+ \\S+\\s+2\\s+SENIOR\\s+NOT_YET\\s+68\\s+" + DEFAULT_RULES + "\\S*\\s+alice")
                .containsPattern("3\\s+\\S+ \\S+\\s+2\\s+STAFF\\s+NOT_YET\\s+52\\s+" + DEFAULT_RULES + "\\S*\\s+bob")
                .containsPattern("4\\s+\\S+ \\S+\\s+2\\s+SENIOR\\s+NOT_YET\\s+62\\s+" + TUNED_RULES + "\\S*\\s+bob")
                .contains("version 1: imported by alice").contains("from cohort/maya-chen.yaml")
                .contains("version 2: imported by alice").contains("from again/maya-chen.yaml");
        assertThat(recorded()).extracting(StoredEvaluation::profileId, StoredEvaluation::number).containsExactly(
                tuple("elena-petrova", 1), tuple("grace-liu", 1), tuple("hannah-okafor", 1),
                tuple("maya-chen", 1), tuple("maya-chen", 2), tuple("maya-chen", 3), tuple("maya-chen", 4));
    }

    @Test
    void shouldReplayEveryRecordedEvaluationIdentically() {
        for (StoredEvaluation stored : recorded()) {
            CommandRun replay = run("evaluate", stored.profileId(), "--replay", Integer.toString(stored.number()));

            assertThat(replay.exitCode()).as(stored + ": " + replay.out() + replay.err()).isEqualTo(ExitCode.OK);
            assertThat(replay.out()).as(stored.profileId() + " " + stored.number())
                    .contains("replayed evaluation " + stored.number() + " of " + stored.profileId())
                    .contains("identical: ");
        }
    }

    @Test
    void shouldReplayTheEvaluationGivenUnderTunedRulesWithThoseRulesNotTodays() {
        CommandRun replay = run("evaluate", "maya-chen", "--replay", "4");

        assertThat(replay.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(replay.out()).contains("rules " + TUNED_RULES).contains("identical: NOT_YET, score 62");
    }

    @Test
    void shouldReadEveryStoredDocumentBackExactlyAsItWasWritten() {
        for (StoredEvaluation stored : recorded()) {
            CommandRun shown = run("history", stored.profileId(), "--show", Integer.toString(stored.number()),
                    "--format", "json");

            assertThat(shown.out().strip()).as(stored.profileId() + " " + stored.number()).isEqualTo(stored.document());
        }
    }

    @Test
    void shouldStillShowTheConflictingDecisionsOfTwoMembers() {
        CommandRun grace = run("history", "grace-liu");

        assertThat(grace.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(grace.out()).contains("evaluation 1: promote decided by alice")
                .contains("evaluation 1: defer (override) decided by bob").contains("CONFLICT")
                .contains("Wants another quarter as incident commander");
    }

    @Test
    void shouldShowTheRecordedVerdictsAndDecisionsInTheReport() {
        CommandRun report = run("report", "--format", "md");

        assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCode.OK);
        assertThat(report.out()).contains("from the stored profiles")
                .contains("**OVERRIDE** **Hannah Okafor** (`hannah-okafor`): promote — override: the rules said NOT_YET"
                        + " (on evaluation 1, ")
                .contains("— “Ran the cross-team SLO review since October”")
                .doesNotContain("sam-taylor");
    }
}
