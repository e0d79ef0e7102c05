package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;

/** A written profile is its owner's alone, and an existing file goes only when asked. */
class ProfileWriterTest {

    @TempDir
    Path folder;

    private final Ladder ladder = Ladder.article();
    private final Profile maya = new Profile("maya-chen", "Maya Chen", ladder.level("MID").orElseThrow(), null, 2,
            Values.zero(ladder), "");

    @Test
    void shouldWriteAFileOnlyItsOwnerCanRead() throws IOException {
        Path file = folder.resolve("maya-chen.yaml");

        assertThat(ProfileWriter.write(file, maya, false)).isTrue();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new ProfileReader().read(file, ladder).profile()).isEqualTo(maya);
    }

    @Test
    void shouldRefuseToReplaceAFileUnlessAsked() throws IOException {
        Path file = folder.resolve("maya-chen.yaml");
        Files.writeString(file, "mine");

        assertThatThrownBy(() -> ProfileWriter.write(file, maya, false)).isInstanceOf(LadderException.class)
                .hasMessage(file + " exists; nothing written — give another file, or --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("mine");

        ProfileWriter.write(file, maya, true);

        assertThat(new ProfileReader().read(file, ladder).profile()).isEqualTo(maya);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void shouldNameAMissingFolder() {
        Path file = folder.resolve("no/such/maya.yaml");

        assertThatThrownBy(() -> ProfileWriter.write(file, maya, false))
                .hasMessage("cannot write " + file + ": no such folder " + file.getParent());
    }
}
