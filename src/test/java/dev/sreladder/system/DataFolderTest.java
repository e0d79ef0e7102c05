package dev.sreladder.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where the data lives: SRE_LADDER_HOME, else $HOME/.sre-ladder, else Java's user.home. */
class DataFolderTest {

    @Test
    void shouldUseSreLadderHomeFirst() {
        DataFolder folder = DataFolder.locate(Map.of("SRE_LADDER_HOME", "/tmp/ladder-data", "HOME", "/home/x"),
                "/root");

        assertThat(folder.path()).isEqualTo(Path.of("/tmp/ladder-data"));
        assertThat(folder.origin()).isEqualTo("SRE_LADDER_HOME");
    }

    @Test
    void shouldUseTheHomeVariableBeforeJavasUserHome() {
        DataFolder folder = DataFolder.locate(Map.of("HOME", "/home/x"), "/root");

        assertThat(folder.path()).isEqualTo(Path.of("/home/x/.sre-ladder"));
        assertThat(folder.origin()).isEqualTo("$HOME/.sre-ladder");
    }

    @Test
    void shouldFallBackToUserHomeWhenTheVariablesAreUnsetOrEmpty() {
        DataFolder folder = DataFolder.locate(Map.of("SRE_LADDER_HOME", " ", "HOME", ""), "/root");

        assertThat(folder.path()).isEqualTo(Path.of("/root/.sre-ladder"));
        assertThat(folder.origin()).isEqualTo("the user's home folder");
    }
}
