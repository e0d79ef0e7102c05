package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Issue 22, attack 7: a data folder others may write is made private when it is the user's own,
 * and refused with the fix when it is someone else's or a symbolic link to a folder that is not
 * private; nothing is stored in a refused folder.
 */
class PrivateFolderTest {

    private static final String ME = PrivateFolder.currentUser();

    @TempDir
    Path home;

    private final List<String> notices = new ArrayList<>();

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void shouldMakeAFolderOfTheUsersOwnThatOthersMayWritePrivateAndSaySoOnce() throws Exception {
        Path folder = Files.createDirectory(home.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        PrivateFolder.prepare(folder, ME, notices::add);
        PrivateFolder.prepare(folder, ME, notices::add);

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(notices).containsExactly("made the database folder " + folder
                + " private (it was rwxrwxrwx, now rwx------): it holds personal data");
    }

    @Test
    void shouldRefuseASymbolicLinkToAFolderOthersMayReadAndLeaveTheFolderAsItIs() throws Exception {
        Path shared = Files.createDirectory(home.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(home.resolve("data"), shared);
        Path target = shared.toRealPath();

        assertThatThrownBy(() -> PrivateFolder.prepare(link, ME, notices::add))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).isEqualTo("the database folder " + link + " is a symbolic link"
                            + " to " + target + ", which others may use (rwxr-xr-x) — make it private"
                            + " (chmod 700 " + target + ") or set SRE_LADDER_HOME to a private folder");
                });
        assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
        assertThat(notices).isEmpty();
    }

    @Test
    void shouldUseASymbolicLinkToAPrivateFolder() throws Exception {
        Path own = Files.createDirectory(home.resolve("own"));
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwx------"));
        Path link = Files.createSymbolicLink(home.resolve("data"), own);

        PrivateFolder.prepare(link, ME, notices::add);

        assertThat(notices).isEmpty();
    }

    @Test
    void shouldRefuseAFolderOfSomeoneElse() throws Exception {
        Path folder = Files.createDirectory(home.resolve("theirs"));
        UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(folder, nobody);

        assertThatThrownBy(() -> PrivateFolder.prepare(folder, ME, notices::add))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).isEqualTo("the database folder " + folder + " belongs to 'nobody',"
                            + " not to you ('" + ME + "') — set SRE_LADDER_HOME to a folder of your own");
                });
    }

    @Test
    void shouldStoreNothingInARefusedFolder() throws Exception {
        Path shared = Files.createDirectory(home.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path link = Files.createSymbolicLink(home.resolve("data"), shared);
        String url = "jdbc:h2:file:" + link.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        Database database = new Database(new DriverManagerDataSource(url, "sa", ""), url);

        assertThatThrownBy(() -> database.read(jdbc -> jdbc.sql("select 1").query(Integer.class).single()))
                .isInstanceOfSatisfying(LadderException.class,
                        error -> assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        try (var files = Files.list(shared)) {
            assertThat(files).isEmpty();
        }
    }
}
