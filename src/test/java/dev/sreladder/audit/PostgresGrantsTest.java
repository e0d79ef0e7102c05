package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.sreladder.SreLadderApplication;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * Least privilege on a real PostgreSQL server: the owner migrates a schema of its own, and a member
 * and an eraser log in holding exactly the statements 'database grants' prints. A member imports,
 * evaluates, decides, reads history and verifies the trail, and opens, adds to, re-pins and closes a
 * promotion cycle; its 'delete' is one line naming the act
 * and the grant; the database itself refuses it a change to a recorded row; an eraser erases and the
 * trail stays whole; a member never migrates a schema behind the build. Skipped without
 * {@value PostgresStorageFlowTest#URL_VARIABLE}.
 */
class PostgresGrantsTest {

    @TempDir
    static Path homes;

    private static PostgresRoles roles;
    private static String member;
    private static String eraser;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();
    private static ConfigurableApplicationContext asOwner;
    private static ConfigurableApplicationContext asMember;
    private static ConfigurableApplicationContext asEraser;

    private static String server() {
        return System.getenv(PostgresStorageFlowTest.URL_VARIABLE);
    }

    private static boolean configured() {
        return server() != null && !server().isBlank();
    }

    @BeforeAll
    static void aSchemaItsOwnerMigratedAndRolesHoldingThePrintedGrants() throws Exception {
        if (!configured()) {
            return;
        }
        roles = PostgresRoles.create(server(), "grants");
        asOwner = sreLadder(roles, roles.owner());
        roles.grantAsSuperuser(printed(asOwner, "owner", roles.owner()));
        assertThat(run(asOwner, "audit", "verify").exitCode()).as("the owner's first run migrates")
                .isEqualTo(ExitCode.OK);
        member = roles.role("alice");
        eraser = roles.role("erin");
        roles.grantAsOwner(printed(asOwner, "member", member));
        roles.grantAsOwner(printed(asOwner, "eraser", eraser));
        asMember = sreLadder(roles, member);
        asEraser = sreLadder(roles, eraser);
    }

    @AfterAll
    static void close() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
    }

    @BeforeEach
    void requirePostgres() {
        assumeTrue(configured(), "PostgreSQL grants tests skipped: set " + PostgresStorageFlowTest.URL_VARIABLE
                + " to a throwaway database's JDBC URL (as a superuser, who creates the roles)");
    }

    @Test
    void shouldLetAMemberImportEvaluateDecideReadHistoryAndVerifyTheTrail() throws IOException {
        Path file = profile("maya-as-member");

        CommandRun imported = run(asMember, "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCode.OK);
        assertThat(run(asMember, "import", file.toString()).out()).contains("unchanged: maya-as-member");
        assertThat(run(asMember, "evaluate", "maya-as-member").out()).contains("recorded as evaluation 1");
        assertThat(run(asMember, "decide", "maya-as-member", "--decision", "defer").out())
                .contains("recorded: defer");
        assertThat(run(asEraser, "decide", "maya-as-member", "--decision", "promote", "--reason", "read it")
                .out()).contains("conflict:");
        CommandRun history = run(asMember, "history", "maya-as-member");
        assertThat(history.out()).contains("(db " + member + ")").contains("(db " + eraser + ")");
        CommandRun verify = run(asMember, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).contains("the audit trail is whole");
    }

    @Test
    void shouldLetAMemberOpenAddToPinAndCloseACycle() throws IOException {
        assertThat(run(asMember, "import", profile("round-candidate").toString()).exitCode()).isEqualTo(ExitCode.OK);
        Path raised = Files.createDirectories(homes.resolve("raised-rules"));
        for (var file : dev.sreladder.rules.RuleSources.fromDirectory(Path.of("rules"))) {
            Files.writeString(raised.resolve(file.fileName()), file.content().replace("atLeast(\"gameDays\", 1)",
                    "atLeast(\"gameDays\", 3)"));
        }

        for (List<String> act : List.of(List.of("cycle", "open", "2026-H2", "--reason", "the second half"),
                List.of("cycle", "add", "2026-H2", "round-candidate"), List.of("evaluate", "round-candidate"),
                List.of("cycle", "pin", "2026-H2", "--rules", raised.toString(), "--reason", "game days count"),
                List.of("evaluate", "round-candidate"),
                List.of("cycle", "close", "2026-H2", "--force", "--reason", "the committee ran out of time"))) {
            CommandRun done = run(asMember, act.toArray(String[]::new));
            assertThat(done.exitCode()).as(act + ": " + done.err()).isEqualTo(ExitCode.OK);
        }

        CommandRun show = run(asMember, "cycle", "show", "2026-H2", "--format", "json");
        assertThat(show.out()).contains("\"state\" : \"closed\"").contains("(db " + member + ")");
        assertThat(run(asMember, "decide", "round-candidate", "--decision", "defer").err())
                .contains("cycle 2026-H2 is closed");
        CommandRun verify = run(asMember, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void shouldRefuseAMembersDeleteInOneLineNamingTheActAndTheGrant() throws IOException {
        assertThat(run(asMember, "import", profile("kept-by-members").toString()).exitCode()).isEqualTo(ExitCode.OK);

        CommandRun delete = run(asMember, "delete", "kept-by-members", "--reason", "asked to leave");

        assertThat(delete.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(delete.err().strip()).doesNotContain("\n").doesNotContain("42501").doesNotContain("SQL state")
                .startsWith("delete: permission denied by the database at ")
                .contains("'delete' (erasing a profile) needs DELETE on table ")
                .contains("'sre-ladder database grants --role eraser --user YOUR_DB_ROLE'")
                .doesNotContain(roles.password());
        assertThat(run(asMember, "history", "kept-by-members").out()).as("nothing erased")
                .contains("imported by");
    }

    @Test
    void shouldLetTheDatabaseRefuseAMemberChangingOrDeletingARecordedRow() throws Exception {
        assertThat(run(asMember, "import", profile("row-guarded").toString()).exitCode()).isEqualTo(ExitCode.OK);

        try (Connection connection = DriverManager.getConnection(roles.url(member));
                Statement statement = connection.createStatement()) {
            for (String change : List.of("update audit_record set kind = 'decision'",
                    "delete from audit_record", "update evaluation set verdict = 'READY'",
                    "delete from profile_version", "delete from audit_head", "insert into erasure (profile_id,"
                            + " reason, versions, evaluations, decisions, erased_by, erased_at) values ('x', 'x', 0, 0,"
                            + " 0, 'x', current_timestamp)",
                    "update profile set created_at = current_timestamp", "truncate audit_record")) {
                assertThatThrownBy(() -> statement.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .extracting(error -> ((SQLException) error).getSQLState()).isEqualTo("42501");
            }
        }
        assertThat(run(asMember, "audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void shouldLetAnEraserEraseAndKeepTheTrailWhole() throws IOException {
        assertThat(run(asMember, "import", profile("leaves-the-cycle").toString()).exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(run(asMember, "evaluate", "leaves-the-cycle").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run(asMember, "decide", "leaves-the-cycle", "--decision", "defer").exitCode())
                .isEqualTo(ExitCode.OK);

        CommandRun delete = run(asEraser, "delete", "leaves-the-cycle", "--reason", "asked to leave");

        assertThat(delete.exitCode()).as(delete.err()).isEqualTo(ExitCode.OK);
        assertThat(delete.out()).contains("erased leaves-the-cycle: 1 version, 1 evaluation, 1 decision");
        assertThat(run(asMember, "history", "leaves-the-cycle").out()).contains("erased");
        for (ConfigurableApplicationContext each : List.of(asMember, asEraser)) {
            CommandRun verify = run(each, "audit", "verify");
            assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void shouldRefuseAMemberASchemaBehindTheBuildInOneLineAndLeaveItUnmigrated() throws Exception {
        PostgresRoles older = PostgresRoles.create(server(), "behind");
        ConfigurableApplicationContext ownerOfOlder = sreLadder(older, older.owner());
        older.grantAsSuperuser(printed(ownerOfOlder, "owner", older.owner()));
        // The owner's earlier build migrated it as far as version 5.
        Flyway.configure().dataSource(older.url(older.owner()), null, null).locations("classpath:db/migration")
                .target("5").load().migrate();
        String late = older.role("late");
        // The grants on the tables a schema of version 5 has: those the earlier build printed.
        older.grantAsOwner(printed(ownerOfOlder, "member", late).replace(", " + older.schema() + ".cycle_act", ""));

        CommandRun profiles = run(sreLadder(older, late), "profiles");

        assertThat(profiles.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(profiles.err().strip()).doesNotContain("\n").contains("is at schema version 5 and this sre-ladder"
                + " needs 6; members never migrate it — its owner (database role '" + older.owner() + "', you are '"
                + late + "') runs this sre-ladder once to migrate it");
        assertThat(Flyway.configure().dataSource(older.url(older.owner()), null, null)
                .locations("classpath:db/migration").load().info().current().getVersion().getVersion())
                .as("the schema's version after the member's run").isEqualTo("5");
    }

    /** What 'database grants --role ROLE --user USER' prints, run as the configured sre-ladder runs it. */
    private static String printed(ConfigurableApplicationContext context, String role, String user) {
        CommandRun grants = run(context, "database", "grants", "--role", role, "--user", user);
        assertThat(grants.exitCode()).as(grants.err()).isEqualTo(ExitCode.OK);
        return grants.out();
    }

    private static CommandRun run(ConfigurableApplicationContext context, String... words) {
        return CommandRun.of(context, words);
    }

    /** sre-ladder as one database role, with a data folder of its own (the head it remembers). */
    private static ConfigurableApplicationContext sreLadder(PostgresRoles in, String role) throws IOException {
        Path home = Files.createDirectories(homes.resolve(in.schema() + "-" + role));
        ConfigurableApplicationContext context = new SpringApplication(SreLadderApplication.class).run(
                "--spring.shell.interactive.enabled=false", "--spring.datasource.url=" + in.url(role),
                "--ladder.home=" + home, "--ladder.actor=" + role);
        CONTEXTS.add(context);
        return context;
    }

    private static Path profile(String id) throws IOException {
        Path file = Files.createDirectories(homes.resolve("profiles")).resolve(id + ".yaml");
        Files.writeString(file, "id: " + id + "\n"
                + Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        return file;
    }
}
