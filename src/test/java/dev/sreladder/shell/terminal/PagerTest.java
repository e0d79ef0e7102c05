package dev.sreladder.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pager a long result opens in, as git chooses one from the environment, and the user's pager run. */
class PagerTest {

    @TempDir
    Path folder;

    @Test
    void shouldUseJLinesPagerWhenNoPagerIsSet() {
        assertThat(Pager.chosen(true, Map.of())).isEqualTo(new Pager.Builtin());
    }

    @Test
    void shouldRunThePagerSetInPagerWithLessDefaultsWhenLessIsUnset() {
        assertThat(Pager.chosen(true, Map.of("PAGER", "less -S")))
                .isEqualTo(new Pager.External(List.of("sh", "-c", "less -S"), Map.of("LESS", "FRX")));
    }

    @Test
    void shouldLeaveLessAsTheUserSetIt() {
        assertThat(Pager.chosen(true, Map.of("PAGER", "less", "LESS", "-i")))
                .isEqualTo(new Pager.External(List.of("sh", "-c", "less"), Map.of()));
        assertThat(Pager.chosen(true, Map.of("PAGER", "less", "LESS", "")))
                .isEqualTo(new Pager.External(List.of("sh", "-c", "less"), Map.of()));
    }

    @Test
    void shouldPageNothingForAnEmptyPagerOrCat() {
        assertThat(Pager.chosen(true, Map.of("PAGER", ""))).isEqualTo(new Pager.Off());
        assertThat(Pager.chosen(true, Map.of("PAGER", " cat "))).isEqualTo(new Pager.Off());
    }

    @Test
    void shouldPageNothingWhenTurnedOffWhateverPagerSays() {
        assertThat(Pager.chosen(false, Map.of("PAGER", "less"))).isEqualTo(new Pager.Off());
        assertThat(Pager.chosen(false, Map.of())).isEqualTo(new Pager.Off());
    }

    @Test
    void shouldHintAtTheKeysOfJLinesPager() {
        assertThat(Pager.BUILTIN_HINT).contains("space: next page", "b: back", "/: search", "q: quit");
    }

    @Test
    void shouldGiveTheWholeResultToTheUsersPagerWithLessSet() throws IOException {
        Path seen = folder.resolve("seen");
        Pager pager = Pager.chosen(true, Map.of("PAGER", "{ echo \"LESS=$LESS\"; cat; } > '" + seen + "'"));

        boolean shown = ((Pager.External) pager).show("line 1\nline 2\n", StandardCharsets.UTF_8, terminal());

        assertThat(shown).isTrue();
        assertThat(Files.readString(seen)).isEqualTo("LESS=FRX\nline 1\nline 2\n");
    }

    @Test
    void shouldSayWhenThePagerCannotBeFound() throws IOException {
        Pager pager = Pager.chosen(true, Map.of("PAGER", "no-such-pager-anywhere 2>/dev/null"));

        assertThat(((Pager.External) pager).show("line 1\n", StandardCharsets.UTF_8, terminal())).isFalse();
    }

    private static Terminal terminal() throws IOException {
        return new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
    }
}
