package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/** Reading the profile format of PRODUCT.md, and every way a file can be wrong. */
class ProfileReaderTest {

    @TempDir
    Path folder;

    private final ProfileReader reader = new ProfileReader();

    private Path write(String name, String yaml) throws IOException {
        return write(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Asserts a one-line bad-input error that names the file and line. */
    private void assertRejected(String yaml, int line, String message) throws IOException {
        assertRejected(write("candidate.yaml", yaml), line, message);
    }

    private void assertRejected(Path file, int line, String message) {
        assertThatThrownBy(() -> reader.read(file, Ladder.article()))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage()).contains(message).contains(file + ":" + line).doesNotContain("\n");
                });
    }

    @Nested
    class ValidProfiles {

        @Test
        void shouldReadEveryPartOfTheFormat() throws IOException {
            ProfileDocument document = reader.read(write("Maya Chen.yaml", """
                    name: Maya Chen
                    level: mid
                    target: Senior
                    yearsInLevel: 2.5
                    competencies:
                      incidentResponse: 3
                      mentoring: 1
                    evidence:
                      gameDays: 2
                      handsOnIncidentShare: 0.6
                    notes: kept, never used by rules
                    expected:
                      verdict: not_yet
                      score: 62
                      traps: []
                      gaps: [mentoring]
                    """), Ladder.article());

            Profile profile = document.profile();
            assertThat(profile.id()).isEqualTo("maya-chen");
            assertThat(profile.level()).isEqualTo(Levels.MID);
            assertThat(profile.target()).isEqualTo(Levels.SENIOR);
            assertThat(profile.yearsInLevel()).isEqualTo(2.5);
            assertThat(profile.value("incidentResponse")).isEqualTo(3);
            assertThat(profile.value("writing")).as("a missing rating counts as 0").isZero();
            assertThat(profile.value("gameDays")).isEqualTo(2);
            assertThat(profile.value("handsOnIncidentShare")).isEqualTo(0.6);
            assertThat(profile.notes()).isEqualTo("kept, never used by rules");
            assertThat(document.expected().verdict()).isEqualTo("NOT_YET");
            assertThat(document.expected().gaps()).containsExactly("mentoring");
            assertThat(document.expected().blockers()).as("not given, not checked").isNull();
        }

        @Test
        void shouldUseTheGivenIdOverTheFileName() throws IOException {
            assertThat(reader.read(write("x.yaml", "id: maya-chen\nname: M\nlevel: MID\n"), Ladder.article()).profile()
                    .id())
                    .isEqualTo("maya-chen");
        }

        @Test
        void shouldTreatANullTargetAsNoTarget() throws IOException {
            assertThat(reader.read(write("x.yaml", "name: M\nlevel: MID\ntarget: null\n"), Ladder.article()).profile()
                    .target()).isNull();
        }

        @Test
        void shouldAcceptAUtf8ByteOrderMark() throws IOException {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = "name: Tomás\nlevel: MID\n".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, 3);
            System.arraycopy(body, 0, bytes, 3, body.length);

            assertThat(reader.read(write("bom.yaml", bytes), Ladder.article()).profile().name()).isEqualTo("Tomás");
        }

        /**
         * SnakeYAML Engine 3.0.1 threw IndexOutOfBoundsException when a surrogate pair straddled
         * its 1024-code-point read window (issue 15); an emoji at every offset over three windows
         * reads back whole.
         */
        @Test
        void shouldReadAnEmojiAtEveryOffsetAcrossTheReadersBuffers() {
            String emoji = "\uD83D\uDE80";
            String head = "name: A\nlevel: MID\nnotes: ";
            for (int offset = head.length(); offset <= 3 * 1024 + 8; offset++) {
                String notes = "x".repeat(offset - head.length()) + emoji + " y";
                String yaml = head + notes + "\n";
                assertThat(yaml.indexOf(emoji)).isEqualTo(offset);

                ProfileDocument read = reader.read("offset-" + offset + ".yaml",
                        yaml.getBytes(StandardCharsets.UTF_8), "x", Ladder.article());

                assertThat(read.profile().notes()).as("emoji at UTF-16 offset %d", offset).isEqualTo(notes);
            }
        }

        @Test
        void shouldReadYesAsTextUnderYaml12() throws IOException {
            assertThat(reader.read(write("x.yaml", "name: yes\nlevel: MID\nnotes: on\n"), Ladder.article()).profile()
                    .notes())
                    .isEqualTo("on");
        }
    }

    @Nested
    class UnknownAndDuplicateKeys {

        @Test
        void shouldNameAnUnknownCompetencyItsLineAndTheClosestKey() throws IOException {
            Path file = write("x.yaml", "name: M\nlevel: MID\ncompetencies:\n  mentorng: 2\n");

            assertThatThrownBy(() -> reader.read(file, Ladder.article())).hasMessage(
                    "unknown competency 'mentorng' at " + file + ":4 — did you mean 'mentoring'?");
        }

        @Test
        void shouldSuggestTheClosestTopLevelAndEvidenceKeys() throws IOException {
            assertRejected("nmae: M\nlevel: MID\n", 1, "unknown key 'nmae'");
            assertRejected("nmae: M\nlevel: MID\n", 1, "did you mean 'name'?");
            assertRejected("name: M\nlevel: MID\nevidence:\n  gamedays: 1\n", 4, "did you mean 'gameDays'?");
        }

        @Test
        void shouldRejectAKeyGivenTwice() throws IOException {
            assertRejected("name: M\nlevel: MID\nlevel: SENIOR\n", 3,
                    "duplicate key 'level' at " + folder.resolve("candidate.yaml")
                    + ":3 — it is already given at line 2");
        }

        @Test
        void shouldRejectAnUnknownKeyInTheExpectedBlock() throws IOException {
            assertRejected("name: M\nlevel: MID\nexpected:\n  verdcit: READY\n", 4, "did you mean 'verdict'?");
        }
    }

    @Nested
    class WrongTypesAndRanges {

        @Test
        void shouldRejectANumberAsLevel() throws IOException {
            assertRejected("name: M\nlevel: 3\n", 2, "level must be a level name, not a whole number");
        }

        @Test
        void shouldRejectAFractionalRating() throws IOException {
            assertRejected("name: M\nlevel: MID\ncompetencies:\n  writing: 2.5\n", 4,
                    "competencies.writing is 2.5, not a whole number");
        }

        @Test
        void shouldRejectARatingWrittenAsText() throws IOException {
            assertRejected("name: M\nlevel: MID\ncompetencies:\n  writing: \"three\"\n", 4, "not text");
        }

        @Test
        void shouldRejectARatingAboveFour() throws IOException {
            assertRejected("name: M\nlevel: MID\ncompetencies:\n  writing: 5\n", 4, "got 5");
        }

        @Test
        void shouldRejectANegativeCount() throws IOException {
            assertRejected("name: M\nlevel: MID\nevidence:\n  mentees: -1\n", 4,
                    "evidence.mentees must be a whole number of 0 or more, got -1");
        }

        @Test
        void shouldRejectAShareAboveOne() throws IOException {
            assertRejected("name: M\nlevel: MID\nevidence:\n  handsOnIncidentShare: 1.5\n", 4,
                    "must be a number from 0 to 1, got 1.5");
        }

        @Test
        void shouldRejectNotANumberForYearsInLevel() throws IOException {
            assertRejected("name: M\nlevel: MID\nyearsInLevel: .nan\n", 3,
                    "yearsInLevel must be a number of 0 or more");
        }

        @Test
        void shouldRejectACountTooLargeToHold() throws IOException {
            assertRejected("name: M\nlevel: MID\nevidence:\n  mentees: 99999999999\n", 4, "got 99999999999");
        }

        @Test
        void shouldRejectTrueWhereTextIsExpected() throws IOException {
            assertRejected("name: true\nlevel: MID\n", 1, "name must be text, not true/false");
            assertRejected("name: true\nlevel: MID\n", 1, "— put the value in quotes");
        }

        @Test
        void shouldRejectAnIdWithAPath() throws IOException {
            assertRejected("id: ../etc\nname: M\nlevel: MID\n", 1, "id must use only a-z, 0-9 and '-'");
        }

        @Test
        void shouldRejectARatingWithoutAValue() throws IOException {
            assertRejected("name: M\nlevel: MID\ncompetencies:\n  writing:\n", 4, "competencies.writing has no value");
        }
    }

    @Nested
    class MissingAndInconsistent {

        @Test
        void shouldRequireAName() throws IOException {
            assertRejected("level: MID\n", 1, "missing 'name'");
        }

        @Test
        void shouldRequireALevel() throws IOException {
            assertRejected("name: M\n", 1, "missing 'level'");
        }

        @Test
        void shouldSuggestTheClosestLevelForAnUnknownOne() throws IOException {
            assertRejected("name: M\nlevel: SENOIR\n", 2, "unknown level in level at");
            assertRejected("name: M\nlevel: SENOIR\n", 2, "did you mean 'SENIOR'?");
        }

        @Test
        void shouldRejectATargetBelowTheLevel() throws IOException {
            assertRejected("name: M\nlevel: MID\ntarget: JUNIOR\n", 3, "target JUNIOR is below the current level MID");
        }
    }

    @Nested
    class MalformedAndHostileFiles {

        @Test
        void shouldRejectAnEmptyFile() throws IOException {
            assertRejected("", 1, "the file is empty");
        }

        @Test
        void shouldRejectAListOrAScalar() throws IOException {
            assertRejected("- a\n- b\n", 1, "a profile must be a YAML mapping of keys to values, not a list");
            assertRejected("hello\n", 1, "not text");
        }

        @Test
        void shouldRejectMoreThanOneDocument() throws IOException {
            assertRejected("name: A\nlevel: MID\n---\nname: B\nlevel: MID\n", 4, "more than one YAML document");
        }

        @Test
        void shouldRejectMalformedYamlAtItsLine() throws IOException {
            assertRejected("name: A\nlevel: MID\nnotes: \"unclosed\n", 3, "malformed YAML");
        }

        @Test
        void shouldRejectBytesThatAreNotUtf8AtTheirLine() throws IOException {
            byte[] latin1 = "name: A\nlevel: MID\nnotes: Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

            assertRejected(write("latin1.yaml", latin1), 3, "the file is not UTF-8 text");
        }

        @Test
        void shouldRejectAFileOver256KiB() throws IOException {
            assertRejected("name: A\nlevel: MID\nnotes: " + "x".repeat(ProfileReader.MAX_BYTES) + "\n", 1,
                    "a profile may be at most 256 KiB");
        }

        @Test
        void shouldRejectDeepNestingAtOnce() throws IOException {
            assertRejected("[".repeat(10_000) + "]".repeat(10_000) + "\n", 1, "not a list");
            assertRejected("name: A\nlevel: MID\nnotes: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", 3,
                    "notes must be text, not a list");
        }

        @Test
        void shouldRejectAnAliasBombWithoutExpandingIt() throws IOException {
            String bomb = "name: A\nlevel: MID\nnotes: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                    + "id: &b [*a,*a,*a,*a,*a,*a]\n";
            assertRejected(bomb, 3, "YAML anchors and aliases ('&', '*') are not allowed");
        }

        @Test
        void shouldRejectYamlTagsWithoutInstantiatingAnything() throws IOException {
            assertRejected("name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\nlevel: MID\n", 1,
                    "YAML tags such as '!!' are not allowed");
        }

        @Test
        void shouldNotEchoTheValueOfAPersonalField() throws IOException {
            Path file = write("x.yaml", "name: 42\nlevel: MID\nnotes: private remark about health\nnotes: again\n");

            assertThatThrownBy(() -> reader.read(file, Ladder.article())).message().doesNotContain("private remark");
        }

        @Test
        void shouldRejectAFolderOrAMissingFile() {
            assertThatThrownBy(() -> reader.read(folder, Ladder.article())).hasMessageContaining("is a folder");
            assertThatThrownBy(() -> reader.read(folder.resolve("nobody.yaml"), Ladder.article()))
                    .hasMessageContaining("no such file or stored profile");
        }
    }
}
