package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * Issue 22, attack 5, through the commands: a file an earlier build's killed first run left
 * half-migrated used to give every command "restore the database from a backup", and
 * {@code audit verify} exit 2 with Flyway's own line. Now each command says what it is, exit 1.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class HalfMigratedAuditVerifyTest {

    private static Path file;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createTempDirectory("sre-ladder-half");
        String url = "jdbc:h2:file:" + folder.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        HalfMigratedDatabaseTest.halfMigrated(url, "2", "alter table profile_version add column imported_by "
                + "varchar(300)");
        file = folder.resolve("ladder.mv.db");
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void shouldRefuseAHalfMigratedFileInOneLineUnderAuditVerify() {
        CommandRun verify = CommandRun.of(context, "audit", "verify");

        assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err().strip()).isEqualTo("audit verify: the database file " + file + " is half-made "
                + "(the migration to schema version 3 was stopped part-way, by an earlier sre-ladder) and holds no "
                + "data — delete it and run the command again");
    }

    @Test
    void shouldRefuseItTheSameWayUnderEveryOtherCommand() {
        CommandRun profiles = CommandRun.of(context, "profiles");

        assertThat(profiles.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(profiles.err().strip()).startsWith("profiles: the database file " + file + " is half-made")
                .doesNotContain("\n").doesNotContain("restore the database from a backup");
    }
}
