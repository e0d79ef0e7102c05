package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRefTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadADashAsStandardInputOnlyWhereTheCommandReadsIt() {
        assertThat(ProfileRef.of("-")).isEqualTo(new ProfileRef.StandardInput("-"));
        assertThat(ProfileRef.ofPath("-")).isInstanceOf(ProfileRef.Missing.class);
    }

    @Test
    void shouldTellAFolderFromAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("alice.yaml"), "name: Alice\n");

        assertThat(ProfileRef.of(dir.toString())).isEqualTo(new ProfileRef.Folder(dir.toString(), dir));
        assertThat(((ProfileRef.Folder) ProfileRef.of(dir.toString())).files()).containsExactly(file);
        assertThat(ProfileRef.of(file.toString())).isEqualTo(new ProfileRef.File(file.toString(), file));
    }

    @Test
    void shouldTakeWhatIsNotThereAndLooksLikeAnIdForAStoredId() {
        assertThat(ProfileRef.ofPath("alice-2")).isEqualTo(new ProfileRef.StoredId("alice-2", Path.of("alice-2")));
        assertThat(ProfileRef.ofPath("no/such.yaml"))
                .isEqualTo(new ProfileRef.Missing("no/such.yaml", Path.of("no/such.yaml")));
    }

    @Test
    void shouldLetAPathThatExistsWinOverAnIdOfTheSameName() throws IOException {
        Path named = Files.writeString(dir.resolve("bob"), "name: Bob\n");
        Path folder = Files.createDirectory(dir.resolve("team"));

        assertThat(ProfileRef.ofPath(named.toString())).isInstanceOf(ProfileRef.File.class);
        assertThat(ProfileRef.ofPath(folder.toString())).isInstanceOf(ProfileRef.Folder.class);
    }
}
