package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 22, attack 5: the first run's H2 file is migrated under a name of its own and takes its
 * real name only whole, owner-only from its first byte; an interrupted creation leaves nothing that
 * is ever opened as the database, and the next run removes it.
 */
class NewDatabaseFileTest {

    @TempDir
    Path home;

    private String url() {
        return "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private Database database() {
        return new Database(new DriverManagerDataSource(url(), "sa", ""), url());
    }

    private static int profiles(Database database) {
        return database.read(jdbc -> jdbc.sql("select count(*) from profile").query(Integer.class).single());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("db"))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void shouldMigrateTheFirstFileUnderItsOwnNameAndGiveItTheRealNameWhole() throws Exception {
        Files.createDirectories(home.resolve("db"));
        NewDatabaseFile file = NewDatabaseFile.of(new DriverManagerDataSource(url(), "sa", ""),
                new DatabaseUrl(url())).orElseThrow();
        List<String> seenDuringMigration = new ArrayList<>();
        List<String> modesDuringMigration = new ArrayList<>();

        file.createIfAbsent(dataSource -> {
            try {
                seenDuringMigration.addAll(names());
                modesDuringMigration.add(mode(home.resolve("db").resolve(names().get(0))));
                JdbcClient.create(dataSource).sql("create table made_here (id integer)").update();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seenDuringMigration).singleElement().asString()
                .matches("ladder\\.creating-" + ProcessHandle.current().pid() + "-\\d+\\.mv\\.db");
        assertThat(modesDuringMigration).containsExactly("rw-------");
        assertThat(names()).containsExactly("ladder.mv.db");
        assertThat(mode(home.resolve("db/ladder.mv.db"))).isEqualTo("rw-------");
        try (var connection = java.sql.DriverManager.getConnection(url(), "sa", "")) {
            assertThat(connection.getMetaData().getTables(null, "PUBLIC", "MADE_HERE", null).next())
                    .as("what the migration made is in the file that took the name").isTrue();
        }
    }

    @Test
    void shouldLeaveNoDatabaseWhenTheFirstMigrationFails() throws Exception {
        Files.createDirectories(home.resolve("db"));
        NewDatabaseFile file = NewDatabaseFile.of(new DriverManagerDataSource(url(), "sa", ""),
                new DatabaseUrl(url())).orElseThrow();

        assertThatThrownBy(() -> file.createIfAbsent(dataSource -> {
            JdbcClient.create(dataSource).sql("create table half_made (id integer)").update();
            throw new IllegalStateException("stopped part-way");
        })).hasMessage("stopped part-way");

        assertThat(names()).isEmpty();
    }

    @Test
    void shouldRemoveWhatAnInterruptedCreationLeftAndNothingOfACreationStillRunning() throws Exception {
        Path folder = Files.createDirectories(home.resolve("db"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(folder.resolve("ladder.creating-" + gone.pid() + "-1.mv.db"), "half");
        Files.writeString(folder.resolve("ladder.creating-" + gone.pid() + "-1.trace.db"), "half");
        long running = ProcessHandle.current().pid();
        Files.writeString(folder.resolve("ladder.creating-" + running + "-999.mv.db"), "in progress");

        profiles(database());

        assertThat(names()).containsExactly("ladder.creating-" + running + "-999.mv.db", "ladder.mv.db");
    }

    @Test
    void shouldCreateTheFolderAndTheFileOwnerOnlyOnFirstUse() throws Exception {
        assertThat(profiles(database())).isZero();

        assertThat(mode(home.resolve("db"))).isEqualTo("rwx------");
        assertThat(names()).containsExactly("ladder.mv.db");
        assertThat(mode(home.resolve("db/ladder.mv.db"))).isEqualTo("rw-------");
        assertThat(profiles(database())).as("the next run opens the whole file").isZero();
    }
}
