package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.database.Database;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * A database the tool may not write: one line naming it and the fix, exit 1, found at once. The
 * pool is configured as application.properties configures it. Running as root, a file's
 * permissions stop nothing, so the cases use what stops root too: H2's read-only mode (what H2
 * falls back to for a file its user may not write) and a folder under /proc.
 */
class StorageFaultsTest {

    @TempDir
    Path home;

    private static StoredProfiles profiles(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMinimumIdle(0);
        pool.setInitializationFailTimeout(1);
        pool.setConnectionTimeout(5000);
        return new StoredProfiles(new Database(pool, url), new ProfileReader());
    }

    @Test
    void shouldRefuseToWriteAReadOnlyDatabaseWithOneLine() {
        String url = "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        // Created and closed again: each connection of this data source closes after use.
        assertThat(new StoredProfiles(new Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                url, "sa", ""), url), new ProfileReader()).list()).isEmpty();
        StoredProfiles readOnly = profiles(url + ";ACCESS_MODE_DATA=r");
        var maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article());

        assertThat(readOnly.list()).as("reading still works").isEmpty();
        assertThatThrownBy(() -> readOnly.importProfile(maya)).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).isEqualTo("the database " + home.resolve("db/ladder.mv.db")
                    + " is read-only — make the file and its folder writable by you, or point "
                    + "--spring.datasource.url at a database you can write");
        });
    }

    @Test
    void shouldRefuseAFolderItCannotWriteAtOnce() {
        String url = "jdbc:h2:file:/proc/self/ladder;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

        assertThatThrownBy(() -> profiles(url).list()).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).isEqualTo("cannot write the database /proc/self/ladder.mv.db (the file "
                    + "cannot be created or opened there) — check that its folder is writable and the disk is not "
                    + "full");
        });
    }

    @Test
    void shouldNotQuoteStoredValuesInAnInternalDatabaseError() {
        String url = "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Database database = new Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""),
                url);

        assertThatThrownBy(() -> database.inTransaction(jdbc
                -> jdbc.sql("insert into profile (id, created_at) values (?, ?)")
                .params("x".repeat(200) + "private", java.time.OffsetDateTime.now()).update()))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
                    assertThat(error.getMessage()).doesNotContain("private").isEqualTo("database error at "
                            + home.resolve("db/ladder.mv.db")
                            + ": JdbcSQLDataException, SQL state 22001, error code 22001");
                });
    }

    /** This build's migrations copied to a folder, with {@code extra} beside them. */
    private Path migrations(String folder, String extraName, String extraSql) throws Exception {
        Path copy = java.nio.file.Files.createDirectories(home.resolve(folder));
        Path shipped = Path.of(getClass().getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(shipped)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        java.nio.file.Files.writeString(copy.resolve(extraName), extraSql);
        return copy;
    }

    private static String newestShippedVersion() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of(StorageFaultsTest.class.getResource("/db/migration")
                .toURI()))) {
            return files.map(file -> file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))
                    .mapToInt(Integer::parseInt).max().orElseThrow() + "";
        }
    }

    private static int profileCount(Database database) {
        return database.read(jdbc -> jdbc.sql("select count(*) from profile").query(Integer.class).single());
    }

    @Test
    void shouldRefuseADatabaseMigratedByANewerBuildUpFront() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Path newer = migrations("newer", "V99__a_later_release.sql", "create table later_release (id integer);");
        profileCount(new Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""), url,
                "filesystem:" + newer));

        Database thisBuild = new Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa",
                ""),
                url);

        String shipped = newestShippedVersion();
        assertThatThrownBy(() -> profileCount(thisBuild)).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).isEqualTo("the database at " + home.resolve("db/ladder.mv.db") + " was "
                    + "migrated by a newer sre-ladder (schema version 99; this build knows up to " + shipped
                    + ") — upgrade sre-ladder");
        });
    }

    @Test
    void shouldReportAFailedMigrationAsFailedNotAsEdited() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Path broken = migrations("broken", "V99__broken.sql", "create table half_made (id integer);\nthis is not sql;");
        java.util.function.Supplier<Database> database = () -> new Database(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""), url,
                "filesystem:" + broken);
        // A database of this build, holding a profile: a new one would be made whole elsewhere, never half-made.
        new Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""), url).write(
                write -> write.jdbc().sql("insert into profile (id, created_at) values ('maya', current_timestamp)")
                        .update());

        assertThatThrownBy(() -> profileCount(database.get())).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).as("this build's own migration failed").isEqualTo(ExitCode.INTERNAL_ERROR);
            assertThat(error.getMessage()).isEqualTo("migration V99__broken.sql failed on the database at "
                    + home.resolve("db/ladder.mv.db") + " (SQL state 42001, error code 42001) — restore the database "
                    + "from a backup if the migration left it half-changed, and report the failure");
        });
        // H2 runs DDL outside transactions: the failure stays recorded, and the next run is told so.
        assertThatThrownBy(() -> profileCount(database.get())).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).isEqualTo("the database at " + home.resolve("db/ladder.mv.db") + " holds a "
                    + "migration that failed part-way (schema version 99, left by an earlier run) — restore the "
                    + "database from a backup taken before it").doesNotContain("edited");
        });
    }
}
