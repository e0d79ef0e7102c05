package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * The committee goes on working on a database the previous release wrote (a copy of the
 * release-f20f2a5 fixture of its own): re-imports, new versions, evaluations and decisions are
 * recorded under today's rules next to the old ones, and the chain stays whole.
 */
class PreviousReleaseDatabaseWorkTest extends ReleaseDatabaseTest {

    @Autowired
    AuditTrail auditTrail;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        openACopyOf(PreviousReleaseDatabaseTest.RELEASE, registry);
    }

    /** The text the previous release stored for a version, written to a file of the same name. */
    private Path storedText(String id, int version) throws IOException {
        run("profiles"); // opens and migrates the copy
        String yaml = jdbc().sql("select yaml from profile_version where profile_id = ? and version = ?")
                .params(id, version).query(String.class).single();
        Path file = Files.createTempDirectory("previous-release").resolve(id + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void shouldFindTheSameTextTheLatestVersionUnchangedUnderTheDefaultLadder() throws IOException {
        Path file = storedText("hannah-okafor", 1);

        CommandRun again = run("import", file.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out().strip()).isEqualTo("unchanged: hannah-okafor, version 1");
    }

    @Test
    void shouldRecordANewVersionItsEvaluationAndADecisionAfterTheOldOnes() throws IOException {
        Path file = storedText("elena-petrova", 1);
        Files.writeString(file, Files.readString(file).replace("mentees: 0", "mentees: 2"));

        CommandRun imported = run("import", file.toString());
        CommandRun evaluated = run("evaluate", "elena-petrova");
        CommandRun decided = run("decide", "elena-petrova", "--decision", "defer");

        assertThat(imported.out()).contains("imported elena-petrova (version 2)");
        assertThat(evaluated.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(evaluated.out()).contains("recorded as evaluation 2 of elena-petrova (profile version 2)");
        assertThat(decided.exitCode()).as(decided.err()).isEqualTo(ExitCode.OK);
        assertThat(decided.out()).contains("recorded: defer");
        assertThat(run("history", "elena-petrova").out())
                .containsPattern("1\\s+\\S+ \\S+\\s+1\\s+STAFF\\s+NOT_YET\\s+66\\s+"
                        + PreviousReleaseDatabaseTest.DEFAULT_RULES)
                .containsPattern("2\\s+\\S+ \\S+\\s+2\\s+STAFF\\s+");
        assertThat(run("audit", "verify").out()).startsWith("the audit trail is whole: ");
    }

    @Test
    void shouldReplayBothTheOldAndTheNewEvaluationOfOneProfileIdentically() {
        CommandRun evaluated = run("evaluate", "grace-liu");

        assertThat(evaluated.out()).contains("recorded as evaluation 2 of grace-liu (profile version 1)");
        assertThat(run("evaluate", "grace-liu", "--replay", "1").out()).contains("identical: READY, score 100");
        assertThat(run("evaluate", "grace-liu", "--replay", "2").out()).contains("identical: READY, score 100");
        String today = auditTrail.history("grace-liu").get(1).fingerprint();
        assertThat(today).doesNotStartWith(PreviousReleaseDatabaseTest.DEFAULT_RULES);
        assertThat(auditTrail.ruleFiles(today)).extracting(file -> file.path()).contains("ladder.yaml");
    }

    @Test
    void shouldGiveAnErasedIdThatComesBackTheNextVersionNumber() throws IOException {
        Path file = Files.createTempDirectory("comes-back").resolve("sam-taylor-junior-new-hire.yaml");
        Files.copy(Path.of("samples/sam-taylor-junior-new-hire.yaml"), file);

        CommandRun imported = run("import", file.toString());

        assertThat(imported.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).contains("imported sam-taylor-junior-new-hire (version 2)");
        assertThat(run("evaluate", "sam-taylor-junior-new-hire").out())
                .contains("recorded as evaluation 2 of sam-taylor-junior-new-hire (profile version 2)");
    }
}
