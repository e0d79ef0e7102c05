package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.system.LadderException;

class NewProfileFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteANamedFileWhateverTheEngineerIsCalled() {
        Path named = dir.resolve("me.yaml");

        NewProfileFile file = NewProfileFile.of(named.toString());

        assertThat(file.named()).contains(named);
        assertThat(file.forName("Alice Smith")).isEqualTo(named);
    }

    @Test
    void shouldNameTheFileAfterTheEngineerInAFolderOrTheWorkingOne() {
        assertThat(NewProfileFile.of(dir.toString()).named()).isEmpty();
        assertThat(NewProfileFile.of(dir.toString()).forName("Alice Smith"))
                .isEqualTo(dir.resolve(ProfileAnswers.idFor("Alice Smith") + ".yaml"));
        assertThat(NewProfileFile.of(" ").forName("Alice Smith"))
                .isEqualTo(Path.of(ProfileAnswers.idFor("Alice Smith") + ".yaml"));
    }

    @Test
    void shouldRefuseAFileInAFolderThatIsNotThereBeforeAnyQuestion() {
        Path missing = dir.resolve("nope/me.yaml");

        assertThatThrownBy(() -> NewProfileFile.of(missing.toString())).isInstanceOf(LadderException.class)
                .hasMessage("cannot write " + missing + ": no such folder " + dir.resolve("nope"));
    }

    @Test
    void shouldReplaceAnExistingFileOnlyWithForceOrAYes() throws IOException {
        Path existing = Files.writeString(dir.resolve("me.yaml"), "name: Me\n");

        assertThat(NewProfileFile.mayReplace(dir.resolve("new.yaml"), false, question -> false)).isFalse();
        assertThat(NewProfileFile.mayReplace(existing, true, question -> false)).isTrue();
        assertThat(NewProfileFile.mayReplace(existing, false, question -> question.equals(existing
                + " exists: replace it?"))).isTrue();
        assertThatThrownBy(() -> NewProfileFile.mayReplace(existing, false, question -> false))
                .hasMessage(existing + " exists; nothing written — give another file, or --force to replace it");
    }
}
