package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

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
        var maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"));

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
                    + "cannot be created or opened there) — check that its folder is writable and the disk is not full");
        });
    }

    @Test
    void shouldNotQuoteStoredValuesInAnInternalDatabaseError() {
        String url = "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Database database = new Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""),
                url);

        assertThatThrownBy(() -> database.inTransaction(jdbc -> jdbc.sql("insert into profile (id, created_at) values (?, ?)")
                .params("x".repeat(200) + "private", java.time.OffsetDateTime.now()).update()))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
                    assertThat(error.getMessage()).doesNotContain("private").isEqualTo("database error at "
                            + home.resolve("db/ladder.mv.db") + ": JdbcSQLDataException, SQL state 22001, error code 22001");
                });
    }
}
