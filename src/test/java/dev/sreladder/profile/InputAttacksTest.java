package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/** Issue 22, inputs: each attack file (src/test/resources/attacks/inputs) gives one clear line, exit 1. */
class InputAttacksTest {

    private static final Path ATTACKS = Path.of("src/test/resources/attacks/inputs");

    private final ProfileReader reader = new ProfileReader();

    @TempDir
    Path folder;

    private String refusal(Path file) {
        LadderException error = (LadderException) org.assertj.core.api.Assertions
                .catchThrowable(() -> reader.read(file, Ladder.article()));
        assertThat(error).as("refused").isNotNull();
        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        return error.getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nan-rating.yaml|competencies.mentoring must be a whole number from 0 to 4, not .nan at %s:4 — write it as "
                + "a plain number",
        "minus-inf-rating.yaml|competencies.mentoring must be a whole number from 0 to 4, not -.inf at %s:4 — write"
                + " it as a plain number",
        "nan-capitals-rating.yaml|competencies.mentoring must be a whole number from 0 to 4, not .nan at %s:4 — "
                + "write it as a plain number",
        "deep-nesting.yaml|lists or mappings nested more than 20 deep at %s:4 — a profile nests at most four levels"
                + " (evidence, a count's list, an item, its keys)",
        "lone-surrogate-name.yaml|name holds half a character (the lone surrogate U+D800) at %s:1 — write the whole"
                + " character, or remove it; save the text as UTF-8",
        "dash-id.yaml|id must use only a-z, 0-9 and '-', and start and end with a letter or digit at %s:1 — write it"
                + " as, for example, 'maya-chen'",
        "dashes-id.yaml|id must use only a-z, 0-9 and '-', and start and end with a letter or digit at %s:1 — write "
                + "it as, for example, 'maya-chen'"})
    void shouldRefuseEachAttackFileInOneClearLine(String name, String line) {
        Path file = ATTACKS.resolve(name);

        assertThat(refusal(file)).isEqualTo(line.formatted(file));
    }

    @Test
    void shouldNeverQuoteTheLinesOfAFileLinkedToShadow() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("x.yaml"), ATTACKS.resolve("shadow").toAbsolutePath());

        String message = refusal(link);

        assertThat(message).doesNotContain("SECRETHASH").doesNotContain("19000").doesNotContain("99999")
                .contains("no space after the ':' of 'root' at " + link + ":1 — write it as 'root: …'");
    }

    @Test
    void shouldRefuseAFifoWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("x.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(fifo));

        assertThat(message).startsWith(fifo + " is a named pipe (FIFO), not a profile file — give a regular file");
    }

    @Test
    void shouldRefuseADeviceAndAFifoFoundInAFolder() throws Exception {
        Path fifo = folder.resolve("a.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(30, TimeUnit.SECONDS)).isTrue();
        Files.createSymbolicLink(folder.resolve("b.yaml"), Path.of("/dev/zero"));

        var loaded = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ProfileLoader(reader).load(folder.toString(), Ladder.article()));

        assertThat(loaded).extracting(ProfileLoader.Loaded::source).containsExactly(fifo.toString(),
                folder.resolve("b.yaml").toString());
        assertThat(loaded).allMatch(ProfileLoader.Unreadable.class::isInstance);
        assertThat(((ProfileLoader.Unreadable) loaded.get(1)).reason())
                .contains("is a character device, not a profile file");
    }

    @Test
    void shouldGiveADefaultIdWithoutADashAtEitherEnd() {
        assertThat(ProfileReader.defaultId(Path.of("_draft-.yaml"))).isEqualTo("draft");
        assertThat(ProfileReader.defaultId(Path.of("---.yaml"))).isEqualTo("profile");
    }

    @Test
    void shouldRefuseReplacementCharacters() {
        assertThatThrownBy(() -> reader.read("x.yaml", "name: \"a\\uFFFDb\"\nlevel: MID\n".getBytes(), "x",
                Ladder.article())).hasMessage("name holds U+FFFD, the mark of a character lost to a wrong encoding "
                        + "at x.yaml:1 — write the text again in UTF-8 (a terminal and locale set to UTF-8)");
    }
}
