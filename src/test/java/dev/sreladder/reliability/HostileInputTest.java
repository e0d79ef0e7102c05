package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.system.ExitCode;

/**
 * Careless and hostile input through the real commands: each is refused with one exact line
 * on stderr naming the file and line, exit code 1, nothing on stdout and nothing stored.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class HostileInputTest {

    /** Set if YAML ever constructs an object from a tag: it must never be. */
    static final AtomicBoolean CANARY_BUILT = new AtomicBoolean();

    /** A class a hostile tag names; loading or building it trips the canary. */
    public static final class Canary {
        static {
            CANARY_BUILT.set(true);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-hostile");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + folder.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    StoredProfiles profiles;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    /** Exit 1, nothing on stdout, exactly this one line on stderr (naming the command, unless it is not one). */
    static void assertRefused(CommandRun run, String line) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    }

    @AfterEach
    void nothingIsStored() {
        assertThat(profiles.list()).extracting(StoredProfiles.Summary::id).allMatch(id -> id.startsWith("kept-"));
    }

    static Stream<Arguments> badFiles() {
        String laughs = "name: A\nlevel: MID\nnotes: &a "
                + "[\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "competencies: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "evidence: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "expected: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
        return Stream.of(
                Arguments.of("an empty file", "",
                        "the file is empty at %s:1 — a profile needs at least 'name' and 'level'"),
                Arguments.of("a YAML list", "- name: A\n- level: MID\n",
                        "a profile must be a YAML mapping of keys to values, not a list at %s:1 — start with lines "
                        + "such as 'name: Maya Chen' and 'level: MID'"),
                Arguments.of("a YAML scalar", "just some text\n",
                        "a profile must be a YAML mapping of keys to values, not text at %s:1 — start with lines "
                        + "such as 'name: Maya Chen' and 'level: MID'"),
                Arguments.of("two YAML documents", "name: A\nlevel: MID\n---\nname: B\nlevel: MID\n",
                        "more than one YAML document in the file at %s:4 — keep one profile per file"),
                Arguments.of("10,000 levels of nesting", "name: A\nlevel: MID\nnotes: " + "[".repeat(10_000)
                        + "]".repeat(10_000) + "\n",
                        "notes must be text, not a list at %s:3 — put the value in quotes"),
                Arguments.of("a billion-laughs alias bomb", laughs,
                        "YAML anchors and aliases ('&', '*') are not allowed at %s:3 — write each value out in full"),
                Arguments.of("a tag naming a class to build", "name: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\nlevel: MID\n",
                        "YAML tags such as '!!' are not allowed at %s:1 — remove the tag and write the plain value"),
                Arguments.of("a tag naming a canary class", "name: A\nlevel: MID\nnotes: !!"
                        + Canary.class.getName() + " {}\n",
                        "YAML tags such as '!!' are not allowed at %s:3 — remove the tag and write the plain value"),
                Arguments.of("an id that climbs out with ../", "id: ../../etc/passwd\nname: A\nlevel: MID\n",
                        "id must use only a-z, 0-9 and '-', and start and end with a letter or digit at %s:1"
                                + " — write it as, for example, 'maya-chen'"),
                Arguments.of("a 100,000-character name", "name: " + "N".repeat(100_000) + "\nlevel: MID\n",
                        "name is 100000 characters long at %s:1 — give at most 1000"),
                Arguments.of("true where text is expected", "name: true\nlevel: MID\n",
                        "name must be text, not true/false at %s:1 — put the value in quotes"),
                Arguments.of("a name that clears the screen and retitles the window",
                        "name: \"\\e[2J\\e]0;x\\a\"\nlevel: MID\n", "name holds the control character U+001B at %s:1"
                                + " — remove it; text is stored plain, without control characters"),
                Arguments.of("a NUL in a name (PostgreSQL refuses it, H2 stores it)", "name: \"A\\0B\"\nlevel: MID\n",
                        "name holds the control character U+0000 at %s:1 — remove it; text is stored plain, without "
                                + "control characters"),
                Arguments.of("a C1 control (8-bit CSI) in a name", "name: \"A\\x9b2J\"\nlevel: MID\n",
                        "name holds the control character U+009B at %s:1 — remove it; text is stored plain, without "
                                + "control characters"),
                Arguments.of("a bidi override in a name", "name: \"A\\u202EB\"\nlevel: MID\n",
                        "name holds the control character U+202E at %s:1 — remove it; text is stored plain, without "
                                + "control characters"),
                Arguments.of("a carriage return in notes", "name: A\nlevel: MID\nnotes: \"one\\rtwo\"\n",
                        "notes holds the control character U+000D at %s:3 — remove it; line breaks and tabs are the "
                                + "only control characters allowed"),
                Arguments.of("a name of 1001 emoji", "name: " + "\uD83D\uDE00".repeat(1001) + "\nlevel: MID\n",
                        "name is 1001 characters long at %s:1 — give at most 1000"),
                Arguments.of("one character with 8000 combining marks as a name",
                        "name: a" + "\u0301".repeat(8000) + "\nlevel: MID\n", "name is too long to store (8001 UTF-16 "
                                + "code units, of at most 8000) at %s:1 — give at most 1000 characters, with fewer "
                                + "combining marks"),
                Arguments.of("notes of 20,001 characters", "name: A\nlevel: MID\nnotes: " + "n".repeat(20_001) + "\n",
                        "notes is 20001 characters long at %s:3 — give at most 20000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void shouldRefuseABadFileInOneLineWithItsLineAndStoreNothing(String kind, String yaml, String message)
            throws IOException {
        Path file = folder.resolve("candidate.yaml");
        Files.writeString(file, yaml);

        assertRefused(run("import", file.toString()), "import: " + message.formatted(file));
        assertRefused(run("evaluate", file.toString(), "--format", "json"), "evaluate: " + message.formatted(file));
        assertThat(CANARY_BUILT).as("no class named by a tag is loaded or built").isFalse();
    }

    @Test
    void shouldNotEchoPersonalDataFromALineItRefuses() throws IOException {
        String secret = "diagnosed with burnout in March";
        Path unclosed = Files.writeString(folder.resolve("unclosed.yaml"),
                "name: A\nlevel: MID\nnotes: \"" + secret + "\n");
        Path wrongType = Files.writeString(folder.resolve("wrong-type.yaml"),
                "name: A\nlevel: MID\ncompetencies:\n  writing: " + secret + "\n");
        Path unknownKey = Files.writeString(folder.resolve("unknown-key.yaml"),
                "name: A\nlevel: MID\nnotse: " + secret + "\n");

        assertRefused(run("import", unclosed.toString()), "import: malformed YAML (while scanning a quoted scalar) at "
                + unclosed + ":3 — check the indentation and the ':' after each key");
        assertRefused(run("import", wrongType.toString()), "import: competencies.writing must be a whole number "
                + "from 0 to 4, not text at " + wrongType + ":4 — write it as a plain number");
        assertRefused(run("import", unknownKey.toString()), "import: unknown key 'notse' at " + unknownKey
                + ":3 — did you mean 'notes'?");
    }

    @Test
    void shouldReadYesNoAndOnAsTextUnderYaml12() throws IOException {
        // YAML 1.2 (SnakeYAML Engine) has only true/false as booleans: yes, no and on are text,
        // so a person called "Yes" keeps their name; 'true' where text is expected is refused above.
        Path file = Files.writeString(folder.resolve("kept-yes.yaml"), "name: yes\nlevel: MID\nnotes: on\n");

        CommandRun run = run("evaluate", file.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"name\" : \"yes\"");
        Path no = Files.writeString(folder.resolve("kept-no.yaml"), "name: no\nlevel: MID\n");
        assertThat(run("evaluate", no.toString(), "--format", "json").out()).contains("\"name\" : \"no\"");
    }

    @Test
    void shouldAcceptLineBreaksAndTabsInNotesAndCountAnEmojiAsOneCharacter() throws IOException {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        Path file = Files.writeString(folder.resolve("kept-emoji.yaml"), "name: " + family.repeat(1000)
                + "\nlevel: MID\nnotes: \"one\\n\\ttwo\"\n", StandardCharsets.UTF_8);

        CommandRun run = run("import", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(profiles.latest("kept-emoji", Ladder.article()).orElseThrow().document().profile().notes())
                .isEqualTo("one\n\ttwo");
    }

    @Test
    void shouldRefuseAReasonWithAControlCharacterOrOverTheLimitAndStoreNothing() throws IOException {
        Path file = Files.writeString(folder.resolve("kept-reason.yaml"), "name: A\nlevel: MID\n");
        run("import", file.toString());
        run("evaluate", "kept-reason");

        assertRefused(run("decide", "kept-reason", "--decision", "promote", "--reason", "ok\u001b[2Jno"),
                "decide: --reason holds the control character U+001B — remove it; text is stored plain, "
                        + "without control characters");
        assertRefused(run("decide", "kept-reason", "--decision", "promote", "--reason", "forged\n  evaluation 9"),
                "decide: --reason holds the control character U+000A — remove it; text is stored plain, "
                        + "without control characters");
        assertRefused(run("decide", "kept-reason", "--decision", "promote", "--reason", "r".repeat(2001)),
                "decide: --reason is 2001 characters long — give at most 2000");
        assertThat(run("history", "kept-reason").out()).doesNotContain("promote");
    }

    @Test
    void shouldShowControlCharactersThatReachedTheDatabaseAnywayEscapedInTextOutput() throws IOException {
        Path file = Files.writeString(folder.resolve("kept-edited.yaml"), "name: A\nlevel: MID\n");
        run("import", file.toString());
        run("evaluate", "kept-edited");
        run("decide", "kept-edited", "--decision", "defer", "--reason", "honest");
        // Edited behind the tool's back, or stored by an older build.
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("update profile_version set name = ? where profile_id = 'kept-edited'")
                .param("\u001b[2J\u001b]0;x\u0007Eve").update();
        jdbc.sql("update decision set reason = ? where profile_id = 'kept-edited'")
                .param("fine\n  evaluation 9: promote (override) — forged\u009b2J\u202e").update();

        CommandRun listed = run("profiles");
        CommandRun shown = run("show", "kept-edited");
        CommandRun history = run("history", "kept-edited");
        CommandRun json = run("history", "kept-edited", "--format", "json");

        assertThat(listed.out() + shown.out() + history.out() + json.out())
                .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
        assertThat(listed.out()).containsPattern("kept-edited  \\\\u001b\\[2J\\\\u001b]0;x\\\\u0007Eve +MID");
        assertThat(shown.out()).contains("\\u001b[2J\\u001b]0;x\\u0007Eve, MID");
        assertThat(history.out()).containsPattern("defer decided by \\S+, [0-9: -]+ UTC — fine").contains(
                "— fine\\u000a  evaluation 9: promote (override) — forged"
                + "\\u009b2J\\u202e\n")
                .doesNotContain("\n  evaluation 9");
        // Jackson escapes C0 controls in JSON itself; C1 and bidi controls are escaped as well.
        assertThat(json.out()).contains("fine\\n  evaluation 9: promote (override) — forged\\u009B2J\\u202E")
                .doesNotContain("\u009b", "\u202e");
    }

    @Nested
    class References {

        @Test
        void shouldRefuseAFolderWhereOneProfileIsNeeded() {
            assertRefused(run("plan", folder.toString()), "plan: plan works on one profile; " + folder
                    + " is a folder — give one of its files");
        }

        @Test
        void shouldRefuseAFolderWithoutProfiles() {
            assertRefused(run("evaluate", folder.toString()), "evaluate: no profiles (*.yaml, *.yml) in " + folder);
            assertRefused(run("import", folder.toString()), "import: no profiles (*.yaml, *.yml) in " + folder);
        }

        @Test
        void shouldRefuseAMissingPath() {
            Path missing = folder.resolve("nobody.yaml");
            assertRefused(run("evaluate", missing.toString()), "evaluate: no such file or stored profile: " + missing);
            assertRefused(run("import", missing.toString()), "import: no such file or folder: " + missing);
        }

        @Test
        void shouldRefuseAStoredIdThatClimbsOutOfItsPlace() {
            assertRefused(run("show", "../../etc/passwd"),
                    "show: '../../etc/passwd' is not a profile id (a-z, 0-9 and '-', starting and ending with a "
                            + "letter or digit); 'profiles' lists them");
            assertRefused(run("history", "../x"),
                    "history: '../x' is not a profile id (a-z, 0-9 and '-', starting and ending with a "
                            + "letter or digit); 'profiles' lists them");
            assertRefused(run("evaluate", "../nobody"), "evaluate: no such file or stored profile: ../nobody");
        }

        @Test
        void shouldReportASymlinkLoopInAFolderAndImportTheRest() throws IOException {
            Files.createSymbolicLink(folder.resolve("a-loop.yaml"), folder.resolve("b-loop.yaml"));
            Files.createSymbolicLink(folder.resolve("b-loop.yaml"), folder.resolve("a-loop.yaml"));
            Files.writeString(folder.resolve("c.yaml"), "id: kept-after-loop\nname: C\nlevel: MID\n");

            CommandRun run = run("import", folder.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).startsWith("imported kept-after-loop (version ");
            assertThat(run.err().lines().toList()).containsExactly(
                    "import: cannot read " + folder.resolve("a-loop.yaml") + ": Too many levels of symbolic links"
                            + " or unable to access attributes of symbolic link",
                    "cannot read " + folder.resolve("b-loop.yaml") + ": Too many levels of symbolic links"
                            + " or unable to access attributes of symbolic link",
                    "2 of 3 profiles were not imported; 1 were");
        }

        @Test
        void shouldRefuseAFileItMayNotRead() throws IOException {
            assumeFalse("root".equals(System.getProperty("user.name")),
                    "runs as root, whom file permissions do not stop; the case runs for any other user");
            Path file = Files.writeString(folder.resolve("locked.yaml"), "name: A\nlevel: MID\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

            assertRefused(run("import", file.toString()), "import: cannot read " + file + ": permission denied");
        }
    }

    @Nested
    class CommandLines {

        @Test
        void shouldRefuseAnUnknownCommand() {
            assertRefused(run("evalute", "samples/maya-chen.yaml"),
                    "unknown command 'evalute' — did you mean 'evaluate'?");
            assertRefused(run("frobnicate"), "unknown command 'frobnicate' — run 'help' to see the commands");
        }

        @Test
        void shouldRefuseAnUnknownOption() {
            assertRefused(run("import", "samples/maya-chen.yaml", "--frce"),
                    "unknown option '--frce' for import — its options are --cycle");
        }

        @Test
        void shouldRefuseAnOptionWithoutItsValue() {
            assertRefused(run("plan", "samples/maya-chen.yaml", "--target"), "option '--target' of plan needs a value");
            assertRefused(run("history", "maya-chen", "--format"), "option '--format' of history needs a value");
        }

        @Test
        void shouldRefuseAnEmptyOptionValue() {
            assertRefused(run("evaluate", "samples/maya-chen.yaml", "--target", ""),
                    "option '--target' of evaluate is empty: give it a value, or leave the option out");
            assertRefused(run("plan", "samples/maya-chen.yaml", "--format="),
                    "option '--format' of plan is empty: give it a value, or leave the option out");
        }

        @Test
        void shouldRefuseAReasonWithHalfACharacterOrAReplacementCharacter() {
            assertRefused(run("delete", "nobody", "--reason", "a\uD800b"),
                    "delete: --reason holds half a character (the lone surrogate U+D800) — write the whole "
                            + "character, or remove it; save the text as UTF-8");
        }

        @Test
        void shouldRefuseAnUnknownFormat() {
            assertRefused(run("what-if", "samples/maya-chen.yaml", "--set", "gameDays=1", "--format", "yaml"),
                    "what-if: unknown format 'yaml' — use text or json");
        }
    }

    @Test
    void shouldRenderTheLongestNameStorageKeepsWithoutBreakingTheOutput() throws IOException {
        String name = "Ñ".repeat(1000);
        Path file = Files.writeString(folder.resolve("kept-long.yaml"), "name: " + name + "\nlevel: MID\n",
                StandardCharsets.UTF_8);

        CommandRun json = run("evaluate", file.toString(), "--format", "json");
        CommandRun imported = run("import", file.toString());
        CommandRun listed = run("profiles");
        CommandRun evaluated = run("evaluate", "kept-long");

        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out()).get("name").asString())
                .isEqualTo(name);
        assertThat(imported.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(listed.out()).contains("kept-long  " + name + "  MID → (next)");
        assertThat(evaluated.out()).startsWith(name + " (kept-long) · MID → SENIOR\n");
        assertThat(json.err() + imported.err() + listed.err() + evaluated.err()).isEmpty();
    }
}
