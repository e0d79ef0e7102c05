package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sreladder.maintenance.LadderOverviewTest;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.system.ExitCode;

/**
 * Every command on the second ladder, samples/ladders/platform, with the rules folder given as a
 * user gives it ({@code --ladder.rules-dir=samples/ladders/platform/rules}): five levels, a 0..3
 * scale, keys the article lacks, "any of" and "at least N of" expectations and two traps. The
 * stored profiles go to a database of this test's own.
 */
@TestPropertySource(properties = "ladder.rules-dir=" + PlatformLadderCommandsTest.RULES)
class PlatformLadderCommandsTest extends CommandTest {

    static final String RULES = "samples/ladders/platform/rules";
    static final String PROFILES = "samples/ladders/platform/samples";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-platform");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("ladder")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    static String profile(String name) {
        return PROFILES + "/" + name + ".yaml";
    }

    /** A copy of the platform rules to edit. */
    static Path copyOfRules(Path temp) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of(RULES))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    CommandRun succeeds(String... words) {
        CommandRun run = run(words);
        assertThat(run.exitCode()).as(String.join(" ", words) + "\n" + run.err()).isEqualTo(ExitCode.OK);
        return run;
    }

    @Nested
    class Evaluate {

        @Test
        void shouldHoldAProfileAtNotYetForTheLaddersOwnTrapWithItsWayOut() {
            CommandRun run = succeeds("evaluate", profile("dana-kowalski-senior-platform-hero"));

            assertThat(run.out()).contains("Dana Kowalski (dana-kowalski) · SENIOR → STAFF",
                    "Verdict: NOT_YET   score 100%",
                    "✗ platform-hero [SENIOR] answers 0.6 of the team's pages, with mentees 1 and selfServiceTools 1",
                    "clears when: selfServiceTools ≥ 2");
        }

        @Test
        void shouldGiveAnAnyOfGapItsAlternativesInJson() {
            JsonNode evaluation = JSON.readTree(succeeds("evaluate", profile("bruno-lima-senior-almost"), "--format",
                    "json").out());

            assertThat(evaluation.get("verdict").asString()).isEqualTo("ALMOST");
            assertThat(evaluation.get("score").asInt()).isEqualTo(75);
            assertThat(finding(evaluation, "security-leadership").get("requires")).isEqualTo(JSON.readTree("""
                    [{"anyOf": [{"key": "security", "op": ">=", "value": 3},
                                {"key": "securityFixes", "op": ">=", "value": 10}]}]"""));
        }

        @Test
        void shouldGiveAnAtLeastTwoOfGapWithOneMetAsAnyOneOfTheOthersInJson() {
            JsonNode evaluation = JSON.readTree(succeeds("evaluate", profile("hugo-martin-engineer-one-of-two"),
                    "--format", "json").out());

            assertThat(finding(evaluation, "broad-impact").get("requires")).isEqualTo(JSON.readTree("""
                    [{"anyOf": [{"key": "selfServiceTools", "op": ">=", "value": 2},
                                {"key": "adoptingTeams", "op": ">=", "value": 2},
                                {"key": "securityFixes", "op": ">=", "value": 5}]}]"""));
        }

        @Test
        void shouldCheckEveryLevelInBetweenForATargetTwoLevelsUp() {
            CommandRun run = succeeds("evaluate", profile("farah-haddad-associate-to-senior"));

            assertThat(run.out()).contains("ASSOCIATE → SENIOR", "score 61%", "△ removes-toil [ENGINEER]",
                    "△ broad-impact [SENIOR]");
        }

        private static JsonNode finding(JsonNode evaluation, String code) {
            for (JsonNode finding : evaluation.get("findings")) {
                if (finding.get("code").asString().equals(code)) {
                    return finding;
                }
            }
            throw new AssertionError("no finding " + code + " in " + evaluation);
        }
    }

    @Test
    void shouldExplainWhichRulesFiredWithTheLaddersLevels() {
        CommandRun run = succeeds("explain", profile("hugo-martin-engineer-one-of-two"));

        assertThat(run.out()).contains("A senior engineer has impact in at least two ways", "Checking SENIOR",
                "Checking ENGINEER");
    }

    @Test
    void shouldMarkEachAlternativeOfAnAnyOfAndAnAtLeastOfInTheTrace() {
        String oneOfTwo = succeeds("explain", profile("hugo-martin-engineer-one-of-two")).out();
        String nested = succeeds("explain", profile("ines-duarte-senior-one-team-short")).out();

        assertThat(oneOfTwo).contains("      → GAP\n        ✗ at least 2 of: selfServiceTools ≥ 2 (is 1) ✗, "
                + "adoptingTeams ≥ 2 (is 1) ✗, costSavings ≥ 50 (is 70) ✓, securityFixes ≥ 5 (is 2) ✗\n")
                .contains("✓ any of: developerExperience ≥ 2 (is 2) ✓, selfServiceTools ≥ 1 (is 1) ✓\n");
        assertThat(nested).contains("✗ any of: at least 2 of (selfServiceTools ≥ 3 (is 2) ✗, developerExperience "
                + "≥ 3 (is 2) ✗) ✗, adoptingTeams ≥ 6 (is 5) ✗\n")
                .contains("→ ALMOST: 1 gap, no blocker or trap\n");
    }

    @Test
    void shouldShowWhatIfForKeysTheArticleLacks() {
        CommandRun run = succeeds("what-if", profile("chen-wei-engineer-blocker"), "--set",
                "security=2,securityFixes=1");

        assertThat(run.out()).contains("security 1 → 2", "securityFixes 0 → 1", "Verdict: NOT_YET → ALMOST",
                "✓ BLOCKER secure-by-default [ENGINEER]");
    }

    @Test
    void shouldPlanThroughTheAnyOfAlternativeNeedingTheFewestChanges() {
        JsonNode plan = JSON.readTree(succeeds("plan", profile("ines-duarte-senior-one-team-short"), "--format",
                "json").out());

        assertThat(plan.get("reachable").asBoolean()).isTrue();
        assertThat(plan.get("changes")).isEqualTo(JSON.readTree("""
                [{"key": "adoptingTeams", "from": 5, "to": 6}]"""));
        assertThat(plan.get("after").get("verdict").asString()).isEqualTo("READY");
    }

    @Nested
    class Report {

        @Test
        void shouldReportTheCohortInMarkdownWithTheLaddersLevels() {
            CommandRun run = succeeds("report", PROFILES, "--format", "md");

            assertThat(run.out()).contains("Ada Okoye", "Kai Nakamura", "ENGINEER → SENIOR", "PRINCIPAL");
        }

        @Test
        void shouldReportTheCohortAsOneHtmlPage() {
            CommandRun run = succeeds("report", PROFILES, "--format", "html");

            assertThat(run.out()).contains("<html", "Jonas Berg", "out-of-touch", "</html>");
        }

        @Test
        void shouldReportOneCsvRowPerCandidate() {
            CommandRun run = succeeds("report", PROFILES, "--format", "csv");

            assertThat(run.out().lines().filter(line -> !line.isBlank()).count())
                    .isEqualTo(1 + ProfileFiles.inFolder(Path.of(PROFILES)).size());
            assertThat(run.out()).contains("gita-rao");
        }
    }

    @Test
    void shouldStoreAProfileEvaluateItByIdAndReplayTheRecordedEvaluation() {
        succeeds("import", profile("jonas-berg-staff-out-of-touch"));
        assertThat(succeeds("explain", "jonas-berg").out()).as("explain by id, as of the file")
                .isEqualTo(succeeds("explain", profile("jonas-berg-staff-out-of-touch")).out());

        CommandRun evaluated = succeeds("evaluate", "jonas-berg");
        CommandRun replayed = succeeds("evaluate", "jonas-berg", "--replay", "1");

        assertThat(evaluated.out()).contains("Verdict: NOT_YET", "✗ out-of-touch [STAFF]",
                "recorded as evaluation 1 of jonas-berg");
        assertThat(replayed.out()).contains("NOT_YET");
    }

    @Nested
    class Rules {

        @Test
        void shouldPassEverySamplesExpectations() {
            CommandRun run = succeeds("rules", "test", RULES);

            int samples = ProfileFiles.inFolder(Path.of(PROFILES)).size();
            assertThat(run.out()).contains(samples + " tested: " + samples + " passed, 0 failed");
        }

        @Test
        void shouldFireEveryRuleForSomeSample() {
            CommandRun run = succeeds("rules", "coverage", RULES);

            assertThat(run.out()).contains("Every rule fired for at least one profile.");
        }

        @Test
        void shouldListWhatAnEditedThresholdWouldChange(@TempDir Path temp) throws IOException {
            Path edited = copyOfRules(temp);
            Path staff = edited.resolve("staff.drl");
            Files.writeString(staff, Files.readString(staff).replace("atLeast(\"securityFixes\", 10)",
                    "atLeast(\"securityFixes\", 6)"));

            CommandRun run = succeeds("rules", "impact", edited.toString(), "--profiles", PROFILES);

            assertThat(run.out()).contains("bruno-lima", "1 of 11 profiles would change");
        }
    }

    @Nested
    class LadderShow {

        @Test
        void shouldNameTheLadderItsLevelsAndItsScale() {
            CommandRun run = succeeds("ladder", "show");

            assertThat(run.out()).contains("Platform Engineering Ladder (platform-engineering)",
                    "Levels, lowest first: ASSOCIATE → ENGINEER → SENIOR → STAFF → PRINCIPAL",
                    "  0  not seen in the review period", "  3  sets the bar that others follow");
        }

        @Test
        void shouldSayWhatEachLevelExpectsAsItsRulesDeclareIt() {
            CommandRun run = succeeds("ladder", "show");

            assertThat(run.out()).contains("ASSOCIATE expects (4)", "PRINCIPAL expects (3)",
                    "serves-product-teams: any of (developerExperience ≥ 2, selfServiceTools ≥ 1)",
                    "broad-impact: at least 2 of (selfServiceTools ≥ 2, adoptingTeams ≥ 2, costSavings ≥ 50,"
                            + " securityFixes ≥ 5)",
                    "multiplies-teams: any of (at least 2 of (selfServiceTools ≥ 3, developerExperience ≥ 3),"
                            + " adoptingTeams ≥ 6)");
        }

        @Test
        void shouldGiveEachTrapItsLevelAdviceAndWayOut() {
            CommandRun run = succeeds("ladder", "show");

            assertThat(run.out()).contains("platform-hero [SENIOR] A senior engineer who answers most pages alone",
                    "way out: mentees ≥ 1 and selfServiceTools ≥ 2",
                    "out-of-touch [STAFF] A staff engineer who plans the platform but never runs it",
                    "way out: onCallShifts ≥ 4 and incidentsLed ≥ 1");
        }

        @Test
        void shouldGiveTheSameInJson() {
            JsonNode ladder = JSON.readTree(succeeds("ladder", "show", "--format", "json").out());

            assertThat(ladder.get("ladder").asString()).isEqualTo("platform-engineering");
            assertThat(ladder.get("levels")).hasSize(5);
            assertThat(ladder.get("expectations").get(1).get("level").asString()).isEqualTo("ENGINEER");
            JsonNode trap = ladder.get("traps").get(0);
            assertThat(trap.get("code").asString()).isEqualTo("platform-hero");
            assertThat(trap.get("level").asString()).isEqualTo("SENIOR");
            assertThat(trap.get("triggeredBy").asString())
                    .isEqualTo("onCallLoad ≥ 0.4 and any of (mentees == 0, selfServiceTools < 2)");
            assertThat(trap.get("requires")).isEqualTo(JSON.readTree("""
                    [{"key": "mentees", "op": ">=", "value": 1}, {"key": "selfServiceTools", "op": ">=", "value": 2}]
                    """));
        }

        @Test
        void shouldShowAnotherRulesFolderWithoutTouchingTheRulesInUse() {
            CommandRun other = succeeds("ladder", "show", "rules");
            CommandRun inUse = succeeds("ladder", "show");

            assertThat(other.out()).contains("Building a Career in SRE (article-sre)", "wont-let-go [SENIOR]",
                    "way out: mentees ≥ 1 and mentoring ≥ 2", "impact-not-scaling [SENIOR]",
                    "way out: platformBuilding ≥ 2 and engineersEnabled ≥ 5");
            assertThat(inUse.out()).contains("platform-engineering");
        }

        @Test
        void shouldNameTheTargetsOfATrapThatSpringsForSomeOnlyAndSayWhenNoneSpringsIt(@TempDir Path temp)
                throws IOException {
            Path folder = copyOfRules(temp);
            Files.writeString(folder.resolve("extra.drl"), LadderOverviewTest.EXTRA_TRAPS);

            CommandRun run = succeeds("ladder", "show", folder.toString());

            assertThat(run.out()).contains("no-direction-yet [ASSOCIATE, ENGINEER, SENIOR, STAFF → PRINCIPAL]",
                    "impossible-load [ENGINEER]",
                    "advice and way out: shown when it springs (no generated profile sprang it)");
        }

        @Test
        void shouldSayWhatTriggersEachTrapBeforeItsAdvice() {
            CommandRun run = succeeds("ladder", "show");

            assertThat(run.out()).contains("""
                      ✗ platform-hero [SENIOR] A senior engineer who answers most pages alone is the platform's \
                    single point of failure
                          triggered by: onCallLoad ≥ 0.4 and any of (mentees == 0, selfServiceTools < 2)
                          advice: Hand the pages on:""", "      triggered by: strategy ≥ 2 and onCallShifts == 0\n"
                    + "      advice: Keep a hand on the platform you direct:");
        }

        @Test
        void shouldPrintTheHandbookPageInMarkdown() {
            CommandRun run = succeeds("ladder", "show", "--format", "md");

            assertThat(run.out()).startsWith("# Platform Engineering Ladder\n").contains("### SENIOR expects (4)",
                    "  - Needs at least 2 of these 4:\n", "- **Triggered by:** all of these 2:\n",
                    "## From one level to the next", "### STAFF → PRINCIPAL");
        }

        @Test
        void shouldWriteTheHtmlPageToTheOutFileItsExtensionNames(@TempDir Path temp) throws IOException {
            Path page = temp.resolve("ladder.html");

            CommandRun run = succeeds("ladder", "show", "--out", page.toString());

            assertThat(run.out()).isEqualTo("wrote the html page of Platform Engineering Ladder to " + page + "\n");
            assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains(
                    "<title>Platform Engineering Ladder</title>", "<h3>SENIOR → STAFF</h3>", "platform-hero");
        }

        @Test
        void shouldWriteTextWithoutColourToAnOutFile(@TempDir Path temp) throws IOException {
            Path page = temp.resolve("ladder.txt");

            succeeds("ladder", "show", "--out", page.toString());

            assertThat(Files.readString(page)).startsWith("Platform Engineering Ladder (platform-engineering)\n")
                    .doesNotContain("\u001b[");
        }

        @Test
        void shouldRefuseAnOutFileThatCannotBeWrittenNamingIt(@TempDir Path temp) {
            Path missing = temp.resolve("no-such-folder").resolve("ladder.html");

            CommandRun run = run("ladder", "show", "--format", "html", "--out", missing.toString());
            CommandRun folder = run("ladder", "show", "--format", "html", "--out", temp.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("cannot write the ladder page to " + missing + ": the folder "
                    + missing.getParent() + " does not exist");
            assertThat(folder.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(folder.err()).contains("cannot write the ladder page to " + temp
                    + ": it is a folder; give a file name");
        }

        @Test
        void shouldRefuseAFormatThatTheOutFilesExtensionContradicts(@TempDir Path temp) {
            CommandRun run = run("ladder", "show", "--format", "md", "--out", temp.resolve("ladder.html").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("has the extension of the html format, but --format is md");
            assertThat(temp.resolve("ladder.html")).doesNotExist();
        }

        @Test
        void shouldNameTheFormatsAndTheOutFileInItsHelp() {
            assertThat(run("ladder", "show", "--help").out())
                    .startsWith("ladder show [DIR] [--format text|json|md|html] [--out FILE]")
                    .contains("--out      write the page");
        }

        @Test
        void shouldRefuseAFolderThatIsNotThere() {
            CommandRun run = run("ladder", "show", "no-such-rules");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("rules folder no-such-rules does not exist or is not a folder");
        }
    }

    @Nested
    class LadderSchema {

        @Test
        void shouldPrintASchemaThatAcceptsEveryPlatformSample() throws IOException {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(succeeds("ladder", "schema").out(), InputFormat.JSON);

            List<Path> samples = ProfileFiles.inFolder(Path.of(PROFILES));
            for (Path sample : samples) {
                assertThat(schema.validate(Files.readString(sample), InputFormat.YAML)).as(sample.toString())
                        .isEmpty();
            }
        }

        @Test
        void shouldPrintTheSampleSchemaForTheDefaultRulesFolder() throws IOException {
            CommandRun run = succeeds("ladder", "schema", "rules");

            assertThat(run.out()).isEqualTo(Files.readString(Path.of("samples/profile.schema.json")));
        }
    }
}
