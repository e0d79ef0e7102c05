package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/** The database file's privacy, migrations, and the failures a user can act on. */
class DatabaseTest {

    @TempDir
    Path home;

    private static Database database(String url, String... migrations) {
        return new Database(new DriverManagerDataSource(url, "sa", ""), url, migrations);
    }

    private String fileUrl() {
        return "jdbc:h2:file:" + home.resolve("private/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private int profiles(Database database) {
        return database.read(jdbc -> jdbc.sql("select count(*) from profile").query(Integer.class).single());
    }

    @Test
    void shouldCreateAPrivateFolderAndOwnerOnlyFilesOnFirstUse() throws IOException {
        Database database = database(fileUrl());
        assertThat(home.resolve("private")).as("nothing is opened before first use").doesNotExist();

        assertThat(profiles(database)).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("private"))))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home.resolve("private"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
    }

    @Test
    void shouldRefuseADatabaseWhoseAppliedMigrationWasEdited() throws Exception {
        profiles(database(fileUrl()));
        Path edited = Files.createDirectories(home.resolve("edited-migrations"));
        // All of this build's migrations, V1 edited: with V1 alone the later ones would look like a newer build's.
        try (Stream<Path> shipped = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, edited.resolve(file.getFileName()));
            }
        }
        String original = new String(getClass().getResourceAsStream("/db/migration/V1__profiles_and_audit_trail.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(edited.resolve("V1__profiles_and_audit_trail.sql"),
                original.replace("name        varchar(1000)", "name        varchar(2000)"));

        Database database = database(fileUrl(), "filesystem:" + edited);

        assertThatThrownBy(() -> profiles(database)).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).contains("was created by migrations that have since been edited")
                    .contains("never edit an applied migration").doesNotContain("\n");
        });
    }

    @Test
    void shouldNameACorruptFileAndNeverReplaceIt() throws IOException {
        Path folder = Files.createDirectories(home.resolve("private"));
        Path file = folder.resolve("ladder.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> profiles(database(fileUrl()))).isInstanceOfSatisfying(LadderException.class,
                error -> assertThat(error.getMessage()).contains(file.toString()).contains("corrupt")
                        .contains("backup"));
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(garbage);
    }
}
