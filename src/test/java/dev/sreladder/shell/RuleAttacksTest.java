package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.shell.terminal.ShellModeRunner;
import dev.sreladder.system.ExitCode;

/**
 * Issue 22, attacks 1 and 2: a rules folder is code. Each attack (a folder under
 * {@code src/test/resources/attacks/rules/}, one {@code attack.drl} added to the product's rules)
 * is refused by {@code rules validate DIR}, {@code rules reload} and replay of a stored set, with
 * the file and line and exit 1, before any of it runs: no file appears, the process lives on, no
 * loop hangs, the rules in use stay. Most hide their code from a reader of the text with
 * {@code \u0022}, which Java reads as a quote: the build before the check (119d1d6) ran them.
 * The timeout only turns a hang of a build without the check into a failure.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES,
        threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RuleAttacksTest {

    private static final Path ATTACKS = Path.of("src/test/resources/attacks/rules");
    /** The files the attacks would write, in the working directory. */
    private static final List<Path> WRITTEN = Stream.of("pwned.txt", "pwned-files.txt", "pwned-qualified.txt",
            "pwned-import.txt").map(Path::of).toList();
    private static final String FORBIDDEN = "forbidden in a rule: ";

    private static Path rulesDir;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("sre-ladder-rule-attacks");
        rulesDir = Files.createDirectories(home.resolve("rules"));
        copyProductRules(rulesDir);
        registry.add("ladder.rules-dir", rulesDir::toString);
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @Autowired
    ShellModeRunner runner;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path temp;

    CommandRun run(String... words) {
        return CommandRun.of(runner, words);
    }

    /** Each attack: its folder, the line of attack.drl it is refused at, and what the refusal says there. */
    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("exact-issue-string", 10, FORBIDDEN + "uses Runtime.getRuntime: Runtime is neither a"
                        + " variable of the rule nor a type of the fact model"),
                Arguments.of("files-write-via-escapes", 10, FORBIDDEN + "uses java.nio.file.Files.writeString: java is"
                        + " neither a variable"),
                Arguments.of("system-exit-via-escapes", 10, FORBIDDEN + "uses System.exit: System is neither"),
                Arguments.of("escaped-identifier", 10, FORBIDDEN + "uses System.exit: System is neither"),
                Arguments.of("qualified-runtime", 10, FORBIDDEN + "uses java.lang.Runtime.getRuntime: java is neither"),
                Arguments.of("class-for-name", 10, FORBIDDEN + "uses Class.forName: Class is neither"),
                Arguments.of("get-class", 10, FORBIDDEN + "calls .getClass(...), which is not a method of the fact"
                        + " types"),
                Arguments.of("lambda", 10, FORBIDDEN + "a lambda"),
                Arguments.of("method-reference", 10, FORBIDDEN + "a method reference"),
                Arguments.of("anonymous-class", 10, FORBIDDEN + "new; the rule API's functions build what a rule"
                        + " inserts"),
                Arguments.of("new-thread", 10, FORBIDDEN + "new; the rule API's functions build what a rule inserts"),
                Arguments.of("drools-handle", 10, FORBIDDEN + "uses drools.getKieRuntime, which reaches past the rule"),
                Arguments.of("kcontext-handle", 10, FORBIDDEN + "uses kcontext, the rule's handle on the session"),
                Arguments.of("fact-getter-object", 10, FORBIDDEN + "calls .clear(...), which is not a method of the"
                        + " fact types"),
                Arguments.of("repeat-to-exhaust-memory", 10, FORBIDDEN + "calls .repeat(...), which is not a method"),
                Arguments.of("while-in-consequence", 10, FORBIDDEN + "a while loop"),
                Arguments.of("while-in-function", 6, FORBIDDEN + "a while loop"),
                Arguments.of("while-in-eval", 6, FORBIDDEN + "a while loop"),
                Arguments.of("recursive-function", 5, FORBIDDEN + "function deeper calls itself (deeper → deeper)"),
                Arguments.of("declare-foreign-type", 5, FORBIDDEN + "declare Box; rules match the fact model's types"
                        + " only"),
                Arguments.of("global", 5, FORBIDDEN + "global sink; rules reach nothing outside the facts"),
                Arguments.of("from-calling-a-method", 11, FORBIDDEN + "from; rules match the facts the tool inserts"),
                Arguments.of("accumulate-calling-a-method", 11, FORBIDDEN + "calls .repeat(...), which is not a"
                        + " method"),
                // Refused by the import check of the build before too; the code after it is now refused as well.
                Arguments.of("import-star", 3, "forbidden import: java.io.* imports a whole package"),
                Arguments.of("import-function-static", 4, "forbidden import: function java.lang.System.exit is not"
                        + " one of the rules' functions"));
    }

    private static void copyProductRules(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @BeforeEach
    @AfterEach
    void noAttackLeft() throws IOException {
        Files.deleteIfExists(rulesDir.resolve("attack.drl"));
        for (Path written : WRITTEN) {
            Files.deleteIfExists(written);
        }
    }

    /** The refusal as a user reads it: exit 1, nothing on stdout, the line at file:line, what rules may use once. */
    private static void assertRefused(CommandRun run, Path file, int line, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(error -> error.startsWith(file + ":" + line + ": ")))
                .as(run.err()).anySatisfy(error -> assertThat(error).contains(message));
        assertThat(run.err().lines().filter(error -> error.startsWith("A rule may use "))).hasSize(1);
        assertThat(WRITTEN).as("nothing of the attack ran").noneMatch(Files::exists);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void shouldRefuseTheAttackInRulesValidateBeforeAnyOfItRuns(String attack, int line, String message)
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        copyProductRules(folder);
        Path file = Files.copy(ATTACKS.resolve(attack).resolve("attack.drl"), folder.resolve("attack.drl"));

        CommandRun run = run("rules", "validate", folder.toString());

        assertRefused(run, file, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void shouldRefuseTheAttackInRulesReloadAndKeepTheRulesInUse(String attack, int line, String message)
            throws IOException {
        String before = run("rules", "list").out();
        Path file = Files.copy(ATTACKS.resolve(attack).resolve("attack.drl"), rulesDir.resolve("attack.drl"));

        CommandRun run = run("rules", "reload");

        assertRefused(run, file, line, message);
        assertThat(run("rules", "list").out()).as("the rules in use").isEqualTo(before);
    }

    @Test
    void shouldRefuseToReplayAStoredRuleSetThatFailsTheCheckWithOneLine() throws IOException {
        Path maya = temp.resolve("attack-replay.yaml");
        Files.writeString(maya, "id: attack-replay\n"
                + Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        assertThat(run("import", maya.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("evaluate", "attack-replay").exitCode()).isEqualTo(ExitCode.OK);
        // Someone with the database adds the attack to the stored set, under the fingerprint it now has
        // (or a build before the check stored it): replay compiles stored files, so it meets the check.
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String stored = jdbc.sql("select fingerprint from evaluation where profile_id = 'attack-replay'")
                .query(String.class).single();
        List<RuleFile> files = new ArrayList<>(jdbc.sql("select path, content from rule_file where fingerprint = ?")
                .param(stored).query((row, number) -> new RuleFile(row.getString(1), row.getString(2))).list());
        files.add(new RuleFile("attack.drl", Files.readString(ATTACKS.resolve("exact-issue-string/attack.drl"))));
        String forged = RuleCompiler.fingerprint(files);
        jdbc.sql("insert into rule_set (fingerprint, fact_model, stored_at) select ?, fact_model, ? from rule_set"
                + " where fingerprint = ?").params(forged, OffsetDateTime.now(), stored).update();
        for (RuleFile file : files) {
            jdbc.sql("insert into rule_file (fingerprint, path, content) values (?, ?, ?)")
                    .params(forged, file.path(), file.content()).update();
        }
        jdbc.sql("update evaluation set fingerprint = ? where profile_id = 'attack-replay'").param(forged).update();

        CommandRun replay = run("evaluate", "attack-replay", "--replay", "1");

        assertThat(replay.exitCode()).as(replay.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(replay.out()).isEmpty();
        assertThat(replay.err().lines()).hasSize(1).singleElement().asString()
                .contains("cannot replay evaluation 1 of attack-replay")
                .contains("attack.drl:10: " + FORBIDDEN);
        assertThat(WRITTEN).as("nothing of the attack ran").noneMatch(Files::exists);
    }
}
