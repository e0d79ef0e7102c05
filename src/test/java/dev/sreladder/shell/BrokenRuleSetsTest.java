package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.shell.terminal.ShellModeRunner;
import dev.sreladder.system.ExitCode;

/**
 * The broken rule sets of issue 14, each as a maintainer would write it into the rules folder in
 * use: {@code rules validate DIR} and {@code rules reload} both refuse it with its file:line and
 * exit 1, and the running shell keeps evaluating with the rules it had.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class BrokenRuleSetsTest {

    private static Path rulesDir;
    private static Path home;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        home = Files.createTempDirectory("sre-ladder-broken-rules");
        rulesDir = Files.createDirectories(home.resolve("rules"));
        registry.add("ladder.rules-dir", rulesDir::toString);
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @Autowired
    ShellModeRunner runner;

    CommandRun run(String... words) {
        return CommandRun.of(runner, words);
    }

    /** The default rules, with their ladder file, as the folder in use; reloaded before each case. */
    @BeforeEach
    void defaultRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> files = Files.list(rulesDir)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("zz-")).toList()) {
                Files.delete(file);
            }
        }
    }

    @AfterEach
    void restoreTheRules() throws IOException {
        defaultRules();
        assertThat(run("rules", "reload").exitCode()).isEqualTo(ExitCode.OK);
    }

    private static final String EXPECTATION_HEADER = """
            package rules;
            import dev.sreladder.evaluation.Checking;
            import function dev.sreladder.evaluation.RuleApi.atLeast;
            import function dev.sreladder.evaluation.RuleApi.expectation;
            """;

    private static final String TRAP_HEADER = """
            package rules;
            import dev.sreladder.evaluation.Promotion;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.atLeast;
            import function dev.sreladder.evaluation.RuleApi.trap;
            """;

    /**
     * Each case: what is wrong, the file written into the rules folder, the text that marks the line,
     * and the message there ({file}: the file's path).
     */
    static Stream<Arguments> brokenRuleSets() {
        return Stream.of(
                Arguments.of("a key typo in an expectation", "zz-typo.drl", EXPECTATION_HEADER + """
                        rule "A senior runs game days"
                            @code("senior-game-days") @section("Final Thoughts")
                        when
                            Checking(level == "SENIOR")
                        then
                            insert(expectation(drools, "Run game days.",
                                atLeast("gamedays", 1)));
                        end
                        """, "atLeast(\"gamedays\"", "unknown profile key 'gamedays' in atLeast(...) — did you mean"
                        + " 'gameDays'?"),
                Arguments.of("a key typo in a trap's way out", "zz-trap-typo.drl", TRAP_HEADER + """
                        rule "A senior without mentees is stuck"
                            @code("no-mentees") @section("Final Thoughts")
                        when
                            Promotion(from == "SENIOR")
                            $profile : Profile(value("mentees") == 0)
                        then
                            insert(trap(drools, $profile, "mentees is {mentees}", "Mentor someone.",
                                atLeast("mentes", 1)));
                        end
                        """, "atLeast(\"mentes\"", "unknown profile key 'mentes' in atLeast(...) — did you mean"
                        + " 'mentees'?"),
                Arguments.of("a value compared with text", "zz-text.drl", TRAP_HEADER + """
                        rule "A senior who hands on most incidents is stuck"
                            @code("hands-on") @section("Final Thoughts")
                        when
                            Promotion(from == "SENIOR")
                            $profile : Profile(value("handsOnIncidentShare") >= "half")
                        then
                            insert(trap(drools, $profile, "share {handsOnIncidentShare}", "Let go.",
                                atLeast("mentees", 1)));
                        end
                        """, ">= \"half\"", "the condition value(\"handsOnIncidentShare\") >= \"half\" cannot be"
                        + " evaluated for the sample samples/"),
                Arguments.of("two verdict rules that overlap", "zz-verdict.drl", """
                        package rules;
                        import dev.sreladder.evaluation.Finding;
                        import dev.sreladder.evaluation.FindingKind;
                        import dev.sreladder.evaluation.Verdict;
                        import function dev.sreladder.evaluation.RuleApi.verdictReached;
                        rule "Two gaps or fewer make the verdict almost"
                            @code("verdict-almost-too") @section("Final Thoughts")
                            salience -100
                        when
                            not Finding(kind == FindingKind.BLOCKER || kind == FindingKind.TRAP)
                            accumulate(Finding(kind == FindingKind.GAP); $gaps : count(); $gaps <= 2)
                        then
                            insert(verdictReached(drools, Verdict.ALMOST));
                        end
                        """, "rule \"Two gaps", "\"Two gaps or fewer make the verdict almost\" ({file}:6)"
                        + " each reached a verdict for the sample samples/"),
                Arguments.of("a rule that re-triggers itself", "zz-loop.drl", """
                        package rules;
                        import dev.sreladder.evaluation.Finding;
                        import dev.sreladder.profile.Profile;
                        import function dev.sreladder.evaluation.RuleApi.note;
                        rule "Every finding gets a note"
                            @code("echo") @section("Final Thoughts")
                        when
                            $profile : Profile()
                            Finding()
                        then
                            insert(note(drools, $profile, "one more finding", "Read it."));
                        end
                        """, "rule \"Every finding", "rule \"Every finding gets a note\" fired 10000 of 10000 times"
                        + " for the sample samples/"),
                Arguments.of("a duplicate code in one level file", "zz-junior.drl", EXPECTATION_HEADER + """
                        rule "A junior writes"
                            @code("junior-writes") @section("Final Thoughts")
                        when
                            Checking(level == "JUNIOR")
                        then
                            insert(expectation(drools, "Write.", atLeast("writing", 1)));
                        end

                        rule "A junior writes runbooks"
                            @code("junior-writes") @section("Final Thoughts")
                        when
                            Checking(level == "JUNIOR")
                        then
                            insert(expectation(drools, "Write runbooks.", atLeast("writing", 2)));
                        end
                        """, "rule \"A junior writes runbooks\"", "rule \"A junior writes runbooks\" has the code"
                        + " \"junior-writes\" of rule \"A junior writes\""),
                Arguments.of("a trap whose way out does not clear it", "zz-way-out.drl", TRAP_HEADER + """
                        rule "A senior who runs no game days is stuck"
                            @code("no-game-days") @section("Final Thoughts")
                        when
                            Promotion(from == "SENIOR")
                            $profile : Profile(value("gameDays") == 0)
                        then
                            insert(trap(drools, $profile, "gameDays is {gameDays}", "Run game days.",
                                atLeast("mentees", 1)));
                        end
                        """, "rule \"A senior who runs", "trap \"no-game-days\" still fires for"),
                Arguments.of("an unknown level name", "zz-level.drl", EXPECTATION_HEADER + """
                        rule "A senior writes design docs"
                            @code("senior-design-docs") @section("Final Thoughts")
                        when
                            Checking(level == "SENOIR")
                        then
                            insert(expectation(drools, "Write design docs.", atLeast("designDocs", 1)));
                        end
                        """, "\"SENOIR\"", "names the level 'SENOIR', which ladder 'article-sre' does not have — did"
                        + " you mean 'SENIOR'?"));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void shouldRefuseItOnValidateWithFileAndLine(String mistake, String name, String drl, String marker,
            String message) throws IOException {
        Path file = rulesDir.resolve(name);
        Files.writeString(file, drl);

        CommandRun run = run("rules", "validate", rulesDir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        String at = file + ":" + lineOf(file, marker) + ": ";
        assertThat(run.err().lines().filter(line -> line.startsWith(at)))
                .anySatisfy(line -> assertThat(line).contains(message.replace("{file}", file.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void shouldRefuseItOnReloadWithFileAndLineAndKeepTheRulesInUse(String mistake, String name, String drl,
            String marker, String message) throws IOException {
        String before = run("evaluate", "samples/maya-chen.yaml", "--format", "json").out();
        Path file = rulesDir.resolve(name);
        Files.writeString(file, drl);

        CommandRun run = run("rules", "reload");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rules reload: reload refused; the rules in use are unchanged.");
        String at = file + ":" + lineOf(file, marker) + ": ";
        assertThat(run.err().lines().filter(line -> line.startsWith(at)))
                .anySatisfy(line -> assertThat(line).contains(message.replace("{file}", file.toString())));
        assertThat(run("evaluate", "samples/maya-chen.yaml", "--format", "json").out())
                .as("the running shell evaluates with the rules it had").isEqualTo(before);
    }

    @Test
    void shouldPassTheDefaultRulesOnValidateAndReload() {
        assertThat(run("rules", "validate", rulesDir.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("rules", "reload").out()).startsWith("Reloaded the rules from " + rulesDir + ": ");
    }

    @Test
    void shouldNameEachProfileImpactCouldNotEvaluateOnceOnStandardError() throws IOException {
        Path edited = Files.createDirectories(home.resolve("edited"));
        try (Stream<Path> files = Files.list(rulesDir)) {
            for (Path file : files.toList()) {
                Files.copy(file, edited.resolve(file.getFileName()));
            }
        }
        Files.writeString(edited.resolve("zz-gaps.drl"), """
                package rules;
                import dev.sreladder.evaluation.Finding;
                import dev.sreladder.evaluation.FindingKind;
                import dev.sreladder.profile.Profile;
                rule "A rule that fails when there are gaps"
                    @code("fails-on-gaps") @section("Final Thoughts")
                when
                    $profile : Profile()
                    exists Finding(kind == FindingKind.GAP)
                then
                    int zero = 0;
                    int fails = 1 / zero;
                end
                """);

        CommandRun run = run("rules", "impact", edited.toString(), "--profiles", "samples");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        String aisha = "samples/aisha-bello-junior-three-gaps.yaml: rule \"A rule that fails when there are gaps\""
                + " failed for aisha-bello: ArithmeticException: / by zero (under the rules in " + edited + ")";
        assertThat(run.err()).containsOnlyOnce(aisha).containsPattern("\\d+ of 21 profiles could not be evaluated");
        assertThat(run.out()).doesNotContain("aisha-bello-junior-three-gaps.yaml")
                .doesNotContain("No profile would change")
                .containsPattern("of the \\d+ profiles that could be evaluated would change");
    }
}
