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
 * A database written by release 385d9ad, before the fact model and the evaluation document had
 * version numbers (src/test/resources/fixtures/release-385d9ad, see its README), opened with
 * today's build: its migrations run, and every evaluation it recorded replays identically. The
 * release after it has a fixture of its own ({@link PreviousReleaseDatabaseTest}); this one stays.
 */
class Release385d9adDatabaseTest extends ReleaseDatabaseTest {

    static final String RELEASE = "385d9ad";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        openACopyOf(RELEASE, registry);
    }

    @Test
    void shouldListTheEvaluationsThePreviousReleaseRecorded() {
        CommandRun maya = run("history", "maya-chen");
        CommandRun hannah = run("history", "hannah-okafor");

        assertThat(maya.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(maya.out()).containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+62\\s+sha256:29f342a811ff")
                .containsPattern("2\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+62\\s+sha256:29f342a811ff");
        assertThat(hannah.out()).containsPattern("1\\s+\\S+ \\S+\\s+1\\s+SENIOR\\s+NOT_YET\\s+93\\s+sha256:")
                .contains("promote (override)").contains("Ran the cross-team SLO review since October");
        assertThat(recorded()).extracting(StoredEvaluation::profileId, StoredEvaluation::number).containsExactly(
                tuple("grace-liu", 1), tuple("hannah-okafor", 1),
                tuple("maya-chen", 1), tuple("maya-chen", 2));
    }

    @Test
    void shouldReplayEveryRecordedEvaluationIdentically() {
        for (StoredEvaluation stored : recorded()) {
            CommandRun replay = run("evaluate", stored.profileId(), "--replay", Integer.toString(stored.number()));

            assertThat(replay.exitCode()).as(stored + ": " + replay.out() + replay.err()).isEqualTo(ExitCode.OK);
            assertThat(replay.out()).contains("replayed evaluation " + stored.number() + " of " + stored.profileId())
                    .contains("identical: ");
        }
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
    void shouldRecordTheRowsOfTheEarlierBuildAsFactModelOneAndDocumentSchemaOne() {
        recorded();
        JdbcClient jdbc = jdbc();

        assertThat(jdbc.sql("select distinct fact_model from rule_set").query(Integer.class).list()).containsExactly(1);
        assertThat(jdbc.sql("select distinct document_schema from evaluation").query(Integer.class).list())
                .containsExactly(1);
    }

    @Test
    void shouldStillShowTheDecisionsInTheReport() {
        CommandRun report = run("report", "--format", "md");

        assertThat(report.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(report.out()).contains("from the stored profiles")
                .contains("**OVERRIDE** **Hannah Okafor** (`hannah-okafor`): promote — override: the rules said NOT_YET"
                        + " (on evaluation 1, ")
                .contains("— “Ran the cross-team SLO review since October”")
                .contains("**Grace Liu** (`grace-liu`): promote (on evaluation 1, ");
    }

    @Test
    void shouldFindTheMigratedTrailWholeWithTheEarlierActsUnattributed() {
        recorded();
        CommandRun verify = run("audit", "verify");

        // The earlier build's rows were outside the chain (it starts at V3): today's build adopted them on
        // first opening the copy, each a record of its own, then one adoption record (see ChainAdoption).
        assertThat(verify.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(verify.out().strip()).isEqualTo("the audit trail is whole: 25 records\n"
                + "head: record 25, sha256:01224a0a2e91466aa3851ec659e38c061045726e7fbb6494bab335b3941b4afc");
        assertThat(run("history", "hannah-okafor").out()).contains("promote (override) by (not recorded)");
    }
}
