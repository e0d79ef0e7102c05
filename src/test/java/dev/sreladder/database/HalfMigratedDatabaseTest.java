package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Issue 22, attack 5: an H2 file an earlier build left half-migrated (its first run killed during a
 * migration: H2 runs DDL outside transactions) is refused in one line naming the file and the fix,
 * exit 1, never a raw Flyway line; and its files are made owner-only all the same.
 */
class HalfMigratedDatabaseTest {

    @TempDir
    Path home;

    private String url() {
        return "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private Path file() {
        return home.resolve("db/ladder.mv.db");
    }

    private DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(url(), "sa", "");
    }

    /** As an earlier build left it: migrated to {@code version} with Flyway, then {@code sql} of the next. */
    static void halfMigrated(String url, String version, String... sql) throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations(Migrations.DEFAULT_LOCATION).target(version).load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String statement : sql) {
            jdbc.sql(statement).update();
        }
    }

    private LadderException refusal() {
        Database database = new Database(dataSource(), url());
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> database.read(jdbc -> jdbc.sql("select count(*) from profile").query(Integer.class).single()));
        assertThat(thrown).isInstanceOf(LadderException.class);
        return (LadderException) thrown;
    }

    @Test
    void shouldTellAFirstRunKilledBeforeItsFirstMigrationWasRecordedToDeleteTheFile() throws Exception {
        halfMigrated(url(), "1", "delete from \"flyway_schema_history\" where \"version\" = '1'");

        LadderException error = refusal();

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(error.getMessage()).isEqualTo("the database file " + file() + " is half-made (the migration "
                + "to schema version 1 was stopped part-way, by an earlier sre-ladder) and holds no data"
                + " — delete it and run the command again");
    }

    @Test
    void shouldTellAFirstRunKilledInItsThirdMigrationToDeleteTheFile() throws Exception {
        halfMigrated(url(), "2", "alter table profile_version add column imported_by varchar(300)");

        LadderException error = refusal();

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(error.getMessage()).isEqualTo("the database file " + file() + " is half-made (the migration "
                + "to schema version 3 was stopped part-way, by an earlier sre-ladder) and "
                + "holds no data — delete it and run the command again").doesNotContain("Flyway").hasLineCount(1);
    }

    @Test
    void shouldTellAnUpgradeKilledPartWayOverStoredProfilesToRestoreABackup() throws Exception {
        halfMigrated(url(), "2", "insert into profile (id, created_at) values ('maya-chen', current_timestamp)",
                "alter table profile_version add column imported_by varchar(300)");

        LadderException error = refusal();

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(error.getMessage()).isEqualTo("the database file " + file() + " is half-migrated (the migration "
                + "to schema version 3 was stopped part-way, by an earlier sre-ladder) — "
                + "restore it from a backup taken before that run");
    }

    @Test
    void shouldTellTablesWithoutAnyRecordOfMigrationsToDeleteTheFile() throws Exception {
        JdbcClient.create(dataSource()).sql("create table profile (id varchar(100) primary key)").update();

        LadderException error = refusal();

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(error.getMessage()).isEqualTo("the database file " + file() + " is half-made (its migrations "
                + "were stopped before the first was recorded, by an earlier sre-ladder) and holds no data — delete "
                + "it and run the command again");
    }

    @Test
    void shouldSayTheSameAtTheNextRunHavingLeftTheFileAsItWas() throws Exception {
        halfMigrated(url(), "2", "alter table profile_version add column imported_by varchar(300)");

        String first = refusal().getMessage();
        LadderException next = refusal();

        assertThat(next.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(next.getMessage()).isEqualTo(first);
    }

    /** The attack as found: an earlier build's later runs had recorded the half-made migration as failed. */
    @Test
    void shouldTellAFileAnEarlierBuildRecordedAsFailedToDeleteItWhenItHoldsNoData() throws Exception {
        halfMigrated(url(), "2", "alter table profile_version add column imported_by varchar(300)");
        org.assertj.core.api.Assertions.catchThrowable(() -> Flyway.configure().dataSource(dataSource())
                .locations(Migrations.DEFAULT_LOCATION).load().migrate());

        LadderException error = refusal();

        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(error.getMessage()).isEqualTo("the database file " + file() + " is half-made (the migration "
                + "to schema version 3 was stopped part-way, by an earlier sre-ladder) and holds no data — delete it "
                + "and run the command again");
    }

    @Test
    void shouldMakeTheFilesOfARefusedDatabaseOwnerOnly() throws Exception {
        halfMigrated(url(), "2", "alter table profile_version add column imported_by varchar(300)");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        refusal();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void shouldRunTheNextCommandOnceTheHalfMadeFileIsDeleted() throws Exception {
        halfMigrated(url(), "2", "alter table profile_version add column imported_by varchar(300)");
        refusal();

        Files.delete(file());

        int profiles = new Database(dataSource(), url()).read(jdbc -> jdbc.sql("select count(*) from profile")
                .query(Integer.class).single());
        assertThat(profiles).isZero();
    }

    @Test
    void shouldNotMistakeAnInternalFailureForAHalfMigratedFile() {
        assertThat(HalfMigrated.of(new org.flywaydb.core.api.FlywayException("something else"),
                new DatabaseUrl(url()), dataSource())).isEmpty();
    }
}
