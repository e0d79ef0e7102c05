package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * Issue 22, attack 3: rows forged with plain JDBC behind the tool's back, on a database the tool
 * wrote. Each forgery is caught by {@code audit verify --head} given the head printed before it;
 * a cut tail with the head rewound only by the head kept outside the database.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForgedAuditTrailTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-forged");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("ladder")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Imports and evaluates a copy of maya-chen as {@code id}; returns the head 'audit verify' prints then. */
    String stored(String id) throws IOException {
        Path folder = Files.createTempDirectory("forged");
        Path file = folder.resolve(id + ".yaml");
        Files.writeString(file, "id: " + id + "\n"
                + Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        assertThat(run("import", file.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("evaluate", id).exitCode()).isEqualTo(ExitCode.OK);
        CommandRun verify = run("audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        Matcher head = Pattern.compile("head: record (\\d+), (sha256:[0-9a-f]{64})").matcher(verify.out());
        assertThat(head.find()).as(verify.out()).isTrue();
        return head.group(1) + ":" + head.group(2);
    }

    @Test
    @Order(1)
    void shouldCatchAnInsertedDecision() throws IOException {
        String head = stored("forge-decision");
        long evaluation = jdbc().sql("select id from evaluation where profile_id = 'forge-decision'")
                .query(Long.class).single();
        jdbc().sql("insert into decision (profile_id, evaluation_id, decision, reason, override, conflict, decided_at,"
                + " decided_by) values ('forge-decision', ?, 'DEFER', 'forged', false, false, current_timestamp,"
                + " 'bob')")
                .param(evaluation).update();
        try {
            assertThat(run("history", "forge-decision").out()).contains("forged");
            CommandRun verify = run("audit", "verify", "--head", head);

            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.err()).containsPattern("the audit trail is broken: decision \\d+ on forge-decision is"
                    + " not in the audit chain: it was written behind the tool's back");
        } finally {
            jdbc().sql("delete from decision where decided_by = 'bob'").update();
        }
        assertThat(run("audit", "verify", "--head", head).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    @Order(2)
    void shouldCatchAnInsertedTombstone() throws IOException {
        String head = stored("forge-tombstone");
        jdbc().sql("insert into erasure (profile_id, reason, versions, evaluations, decisions, erased_by, erased_at)"
                + " values ('forge-tombstone', 'forged', 1, 1, 0, 'bob', current_timestamp)").update();
        try {
            assertThat(run("history", "forge-tombstone").out()).contains("forged");
            CommandRun verify = run("audit", "verify", "--head", head);

            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.err()).contains("the audit trail is broken: erasure of forge-tombstone is not in the"
                    + " audit chain");
        } finally {
            jdbc().sql("delete from erasure where erased_by = 'bob'").update();
        }
        assertThat(run("audit", "verify", "--head", head).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    @Order(3)
    void shouldCatchEditedRuleFilesAndRefuseToReplayThemWithOneLine() throws IOException {
        String head = stored("forge-rules");
        String fingerprint = jdbc().sql("select fingerprint from evaluation where profile_id = 'forge-rules'")
                .query(String.class).single();
        String path = jdbc().sql("select min(path) from rule_file where fingerprint = ?").param(fingerprint)
                .query(String.class).single();
        String content = jdbc().sql("select content from rule_file where fingerprint = ? and path = ?")
                .params(fingerprint, path).query(String.class).single();
        jdbc().sql("update rule_file set content = ? where fingerprint = ? and path = ?")
                .params(content + "\n// forged\n", fingerprint, path).update();
        try {
            CommandRun replay = run("evaluate", "forge-rules", "--replay", "1");
            CommandRun verify = run("audit", "verify", "--head", head);

            assertThat(replay.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(replay.err().lines()).hasSize(1);
            assertThat(replay.err()).contains("the stored rule files of " + fingerprint + " no longer match their"
                    + " fingerprint").contains("restore the database from a backup");
            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.err()).contains("the audit trail is broken: the stored rule files of " + fingerprint
                    + " no longer match their fingerprint (record ");
        } finally {
            jdbc().sql("update rule_file set content = ? where fingerprint = ? and path = ?")
                    .params(content, fingerprint, path).update();
        }
        assertThat(run("audit", "verify", "--head", head).exitCode()).isEqualTo(ExitCode.OK);
    }

    /** A cycle with the stored profile as its candidate, evaluated and decided in it, then closed. */
    private String closedCycle(String id) {
        String cycle = "forged-" + id;
        assertThat(run("cycle", "open", cycle).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("cycle", "add", cycle, id).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("evaluate", id).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("decide", id, "--decision", "defer").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("cycle", "close", cycle).exitCode()).isEqualTo(ExitCode.OK);
        return cycle;
    }

    @Test
    @Order(4)
    void shouldCatchAClosedCycleReopenedByDeletingItsClose() throws IOException {
        stored("forge-reopen");
        String cycle = closedCycle("forge-reopen");
        String head = run("audit", "verify").out().replaceAll("(?s).*head: record (\\d+), (sha256:[0-9a-f]{64}).*",
                "$1:$2");
        var close = jdbc().sql("select * from cycle_act where cycle = ? and act = 'close'").param(cycle).query()
                .singleRow();
        jdbc().sql("delete from cycle_act where cycle = ? and act = 'close'").param(cycle).update();
        try {
            assertThat(run("cycle", "show", cycle).out()).contains("· open");
            CommandRun verify = run("audit", "verify", "--head", head);

            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.err()).containsPattern("the audit trail is broken: record \\d+ \\(act \\d+ of cycle "
                    + cycle + "\\) was removed");
        } finally {
            jdbc().sql("insert into cycle_act (id, cycle, act, profile_id, fingerprint, reason, forced, acted_by,"
                    + " acted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(close.get("ID"), close.get("CYCLE"),
                    close.get("ACT"), close.get("PROFILE_ID"), close.get("FINGERPRINT"), close.get("REASON"),
                    close.get("FORCED"), close.get("ACTED_BY"), close.get("ACTED_AT")).update();
        }
        assertThat(run("audit", "verify", "--head", head).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    @Order(5)
    void shouldCatchAnEvaluationMovedOutOfItsCycleAndAnInsertedCandidate() throws IOException {
        String head = stored("forge-moved");
        String cycle = closedCycle("forge-moved");
        head = run("audit", "verify").out().replaceAll("(?s).*head: record (\\d+), (sha256:[0-9a-f]{64}).*", "$1:$2");
        jdbc().sql("update evaluation set cycle = null where profile_id = 'forge-moved' and number = 2").update();
        try {
            CommandRun verify = run("audit", "verify", "--head", head);

            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.err()).containsPattern("record \\d+ \\(evaluation 2 of forge-moved\\) was changed");
        } finally {
            jdbc().sql("update evaluation set cycle = ? where profile_id = 'forge-moved' and number = 2").param(cycle)
                    .update();
        }
        jdbc().sql("insert into cycle_act (cycle, act, profile_id, forced, acted_by, acted_at) values (?, 'add',"
                + " 'forge-decision', false, 'bob', current_timestamp)").param(cycle).update();
        try {
            CommandRun verify = run("audit", "verify", "--head", head);

            assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(verify.err()).containsPattern("act \\d+ of cycle " + cycle + " is not in the audit chain: it"
                    + " was written behind the tool's back");
        } finally {
            jdbc().sql("delete from cycle_act where acted_by = 'bob'").update();
        }
        assertThat(run("audit", "verify", "--head", head).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    @Order(9)
    void shouldCatchACutTailOnlyByAHeadKeptOutsideTheDatabase() throws IOException {
        String before = stored("forge-cut");
        run("evaluate", "forge-cut");
        CommandRun verified = run("audit", "verify");
        String head = verified.out().replaceAll("(?s).*head: record (\\d+), (sha256:[0-9a-f]{64}).*", "$1:$2");
        long last = Long.parseLong(head.substring(0, head.indexOf(':')));
        // Cut the last evaluation off, its record with it, and rewind the head: the chain left is whole.
        jdbc().sql("delete from evaluation where profile_id = 'forge-cut' and number = 2").update();
        jdbc().sql("update profile set last_evaluation = 1 where id = 'forge-cut'").update();
        jdbc().sql("delete from audit_record where seq = ?").param(last).update();
        String previous = jdbc().sql("select hash from audit_record where seq = ?").param(last - 1)
                .query(String.class).single();
        jdbc().sql("update audit_head set records = ?, last_hash = ? where id = 1").params(last - 1, previous).update();

        CommandRun givenHead = run("audit", "verify", "--head", head);
        CommandRun earlierHead = run("audit", "verify", "--head", before);
        CommandRun write = run("evaluate", "forge-cut");

        assertThat(givenHead.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(givenHead.err()).contains("record " + last + " is missing: the chain ends at record " + (last - 1));
        assertThat(earlierHead.exitCode()).isEqualTo(ExitCode.BAD_INPUT); // this member's remembered head catches it
        assertThat(write.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(write.err()).contains("nothing was stored").contains("no longer holds the head this member last saw")
                .contains("delete ");
    }
}
