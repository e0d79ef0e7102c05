package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * A {@code ladder.yaml} with one mistake, in a copy of the platform example's rules: every command
 * that reads the folder reports that mistake alone, with the ladder file's path and line and the
 * fix, and exits 1. None of the dozens of keys and levels the rules use is reported as unknown to
 * some other ladder, and a running shell keeps its rules when a reload meets the broken file.
 */
class BrokenLadderFileTest extends CommandTest {

    private static final Path PLATFORM = Path.of("samples/ladders/platform/rules");
    private static final String PROFILES = "samples/ladders/platform/samples";
    private static final Pattern PROBLEM_LINE = Pattern.compile("^\\S+:\\d+: .*");

    private static Path home;
    private static Path inUse;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        home = Files.createTempDirectory("sre-ladder-broken-ladder");
        inUse = Files.createDirectories(home.resolve("rules"));
        copy(PLATFORM, inUse);
        registry.add("ladder.rules-dir", inUse::toString);
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    private Path edited;

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @BeforeEach
    void aFreshCopy() throws IOException {
        edited = Files.createDirectories(Files.createTempDirectory(home, "edited"));
        copy(PLATFORM, edited);
    }

    /** After a test that broke the rules in use: the platform's again, reloaded (a reload is a compile and a trial). */
    private void restoreTheRulesInUse() throws IOException {
        copy(PLATFORM, inUse);
        assertThat(run("rules", "reload").exitCode()).isEqualTo(ExitCode.OK);
    }

    /** Each case: the mistake, the text of the platform's ladder.yaml replaced, by what, and the message. */
    static Stream<Arguments> brokenLadders() {
        return Stream.of(
                Arguments.of("a level listed twice", "levels: [ASSOCIATE, ENGINEER,",
                        "levels: [ASSOCIATE, ENGINEER, ENGINEER,", "the level ENGINEER is listed twice; list each"
                                + " level once"),
                Arguments.of("a misspelt key", "\ntitle:", "\ntitel:", "unknown key 'titel' — did you mean 'title'?"),
                Arguments.of("a wrong kind", "onCallShifts: {kind: count", "onCallShifts: {kind: tally",
                        "unknown kind 'tally' for 'onCallShifts' — use count (a whole number >= 0), share (0 to 1)"
                                + " or number (a decimal >= 0)"),
                Arguments.of("a key without its colon", "\nscale:\n", "\nscale\n", "malformed YAML"),
                Arguments.of("a lower-case level", "PRINCIPAL]", "principal]", "the level name 'principal' must be"
                        + " upper case"),
                Arguments.of("a key declared twice", "  mentees: {kind: count", "  mentoring: {kind: count",
                        "the key 'mentoring' is already declared at line"));
    }

    /** Breaks the ladder file in {@code folder}; the line of the mistake (the first, not a comment, holding it). */
    private static int breakLadder(Path folder, String from, String to) throws IOException {
        Path file = folder.resolve("ladder.yaml");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), to));
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#") && lines.get(i).contains(to.strip())) {
                return i + 1;
            }
        }
        throw new AssertionError(to + " not in " + file);
    }

    /** Exit 1, nothing on stdout, and the one problem on stderr is the ladder file's, at its line. */
    private static void assertTheLadderAlone(CommandRun run, Path folder, int line, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertTheLadderAlone(run.err(), folder, line, message);
    }

    private static void assertTheLadderAlone(String err, Path folder, int line, String message) {
        List<String> problems = err.lines().filter(text -> PROBLEM_LINE.matcher(text).matches()).toList();
        assertThat(problems).as(err).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith(folder.resolve("ladder.yaml") + ":" + line + ": ").contains(message));
        assertThat(err).doesNotContain(".drl").doesNotContain("article-sre");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLadders")
    void shouldReportItAloneOnValidate(String mistake, String from, String to, String message) throws IOException {
        int line = breakLadder(edited, from, to);

        CommandRun run = run("rules", "validate", edited.toString());

        assertTheLadderAlone(run, edited, line, message);
        assertThat(run.err()).contains("fix it first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLadders")
    void shouldReportItAloneOnReloadAndKeepTheRulesInUse(String mistake, String from, String to, String message)
            throws IOException {
        String before = run("evaluate", PROFILES, "--format", "json").out();
        int line = breakLadder(inUse, from, to);
        try {
            CommandRun run = run("rules", "reload");

            assertTheLadderAlone(run, inUse, line, message);
            assertThat(run.err()).startsWith("rules reload: reload refused; the rules in use are unchanged.");
            assertThat(run("evaluate", PROFILES, "--format", "json").out()).isEqualTo(before);
        } finally {
            restoreTheRulesInUse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLadders")
    void shouldReportItAloneAtStartUp(String mistake, String from, String to, String message) throws IOException {
        int line = breakLadder(edited, from, to);
        CurrentRules atStart = new CurrentRules(() -> RuleSources.fromDirectory(edited), edited.toString(),
                new RuleCompiler());

        assertThatThrownBy(atStart::get).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertTheLadderAlone(error.getMessage(), edited, line, message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLadders")
    void shouldReportItAloneOnLadderShowAndSchema(String mistake, String from, String to, String message)
            throws IOException {
        int line = breakLadder(edited, from, to);

        assertTheLadderAlone(run("ladder", "show", edited.toString()), edited, line, message);
        assertTheLadderAlone(run("ladder", "schema", edited.toString()), edited, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLadders")
    void shouldReportItAloneOnImpactAndCyclePin(String mistake, String from, String to, String message)
            throws IOException {
        int line = breakLadder(edited, from, to);
        String cycle = "pin-" + edited.getFileName();
        assertThat(run("cycle", "open", cycle).exitCode()).isEqualTo(ExitCode.OK);

        assertTheLadderAlone(run("rules", "impact", edited.toString(), "--profiles", PROFILES), edited, line,
                message);
        assertTheLadderAlone(run("cycle", "pin", cycle, "--rules", edited.toString(), "--reason", "edited ladder"),
                edited, line, message);
    }
}
