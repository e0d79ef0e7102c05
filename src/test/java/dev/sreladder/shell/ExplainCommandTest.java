package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.system.ExitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code explain} as a user runs it: the rule trace in text and in JSON, and its bad input. */
class ExplainCommandTest extends CommandTest {

    private static final String MAYA = "samples/maya-chen.yaml";
    /** A fact line shown as Java prints it: "Long 6", "Integer 2", "Double 0.5". */
    private static final Pattern RAW_VALUE = Pattern.compile(
            "(?m)^\\s+(Long|Integer|Double|Float|Short|String|Boolean) ");

    @TempDir
    Path folder;

    @Test
    void shouldShowEveryFiredRuleInOrderWithTheFactsItMatchedThenTheVerdict() throws IOException {
        CommandRun run = run("explain", "samples/hannah-okafor-mid-plateau-one-gap.yaml");
        int plateau = RulesCommandsTest.lineOf(Path.of("rules/traps.drl"), "rule \"A mid-level SRE who has mastered");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("RULE TRACE (")
                .contains("mid-level-plateau  \"A mid-level SRE who has mastered their stack but stays inside "
                        + "their team has plateaued\"  rules/traps.drl:" + plateau)
                .contains("      Promotion MID → SENIOR\n"
                        + "      Profile hannah-okafor (MID): infrastructureAsCode 4, productionDebugging 4, "
                        + "crossTeamInfluence 1, crossTeamInitiatives 0, yearsInLevel 3\n"
                        + "      → TRAP: 3 years at MID with productionDebugging 4 and infrastructureAsCode 4, but "
                        + "crossTeamInfluence is 1 and crossTeamInitiatives is 0\n")
                .contains("  Checking SENIOR\n"
                        + "      → GAP: 0 of 2 conditions met\n"
                        + "        ✗ crossTeamInfluence is 1, needs ≥ 3\n"
                        + "        ✗ crossTeamInitiatives is 0, needs ≥ 1\n")
                .contains("\"A blocker or a trap holds the verdict at not yet\"  rules/verdict.drl:")
                .contains("      → NOT_YET: 1 trap and 1 gap, no blocker\n")
                .contains("Verdict: NOT_YET   score 93%");
        assertThat(run.out().indexOf("verdict-not-yet-held-back")).as("the verdict rule fires last")
                .isGreaterThan(run.out().indexOf("mid-level-plateau"));
    }

    @Test
    void shouldShowEveryConditionOfAGapTheMetOnesTooEachWithItsValue() throws IOException {
        Path profile = folder.resolve("maya-game-days.yaml");
        Files.writeString(profile, Files.readString(Path.of(MAYA)).replace("gameDays: 0", "gameDays: 2"));

        String out = run("explain", profile.toString()).out();

        assertThat(out).contains("resilience-testing  \"A senior SRE designs and runs game days\"")
                .contains("      Checking SENIOR\n"
                        + "      → GAP: 1 of 2 conditions met\n"
                        + "        ✗ resilienceTesting is 1, needs ≥ 3\n"
                        + "        ✓ gameDays is 2, needs ≥ 1\n")
                .contains("      → MET\n        ✓ stayingCurrent is 3, needs ≥ 3\n");
    }

    @Test
    void shouldDescribeEveryMatchedFactInWordsForEverySample() {
        for (Path sample : ProfileFiles.inFolder(Path.of("samples"))) {
            String out = run("explain", sample.toString()).out();

            assertThat(out).as(sample.toString()).startsWith("RULE TRACE").doesNotContainPattern(RAW_VALUE);
            List<String> lines = out.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s+→ (MET|GAP|BLOCKER).*")) {
                    assertThat(lines.get(i + 1)).as(sample + ": the first condition under " + lines.get(i))
                            .matches("\\s+[✓✗] \\S.*");
                }
            }
        }
    }

    @Test
    void shouldCountTheGapsTheVerdictRuleCountedInWords() {
        String out = run("explain", MAYA).out();

        assertThat(out).contains("verdict-not-yet-gaps  \"Three or more gaps hold the verdict at not yet\"")
                .contains("      6 gaps counted\n      → NOT_YET: 6 gaps, no blocker or trap\n")
                .doesNotContain("Long 6");
    }

    @Test
    void shouldSayTheVerdictInWords() {
        assertThat(run("explain", "samples/priya-nair-junior-ready.yaml").out())
                .contains("verdict-ready  \"Nothing standing in the way makes the verdict ready\"")
                .contains("      → READY: nothing stands in the way\n");
        assertThat(run("explain", "samples/diego-ramirez-junior-two-gaps.yaml").out())
                .contains("      2 gaps counted\n      → ALMOST: 2 gaps, no blocker or trap\n");
    }

    @Test
    void shouldExplainAProfileFromStandardInputAsItsFile() throws IOException {
        // A stored profile is explained in PlatformLadderCommandsTest, whose database is its own.
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(MAYA))));
        try {
            CommandRun piped = run("explain", "-");
            assertThat(piped.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(piped.out()).isEqualTo(run("explain", MAYA).out());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void shouldGiveTheEvaluationDocumentWithTheTraceInJson() {
        CommandRun run = run("explain", MAYA, "--format", "json");
        JsonNode document = JsonMapper.builder().build().readTree(run.out());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(document.propertyNames()).containsExactly("profile", "name", "level", "target", "verdict",
                "score", "findings", "ruleset", "trace");
        JsonNode trace = document.get("trace");
        assertThat(trace.size()).isGreaterThan(10);
        for (int i = 0; i < trace.size(); i++) {
            assertThat(trace.get(i).get("order").asInt()).isEqualTo(i + 1);
        }
        JsonNode last = trace.get(trace.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("verdict");
        assertThat(last.get("file").asString()).isEqualTo("rules/verdict.drl");
        assertThat(last.get("facts").get(0).get("type").asString()).as("the count, as before").isEqualTo("Long");
        assertThat(last.get("facts").get(0).get("value").asString()).isEqualTo("6");
        JsonNode mentoring = null;
        for (JsonNode step : trace) {
            if (step.get("code").asString().equals("mentoring")) {
                mentoring = step;
                break;
            }
        }
        assertThat(mentoring).isNotNull();
        assertThat(mentoring.get("kind").asString()).isEqualTo("expectation");
        assertThat(mentoring.get("facts").get(0).get("type").asString()).isEqualTo("Checking");
        assertThat(mentoring.get("facts").get(0).get("level").asString()).isEqualTo("SENIOR");
        assertThat(mentoring.get("assessed").get("kind").asString()).isEqualTo("GAP");
        assertThat(mentoring.get("assessed").get("message").asString())
                .isEqualTo("mentoring is 1, needs ≥ 3; mentees is 0, needs ≥ 1");
        assertThat(last.has("assessed")).as("only expectation steps carry an assessment").isFalse();
    }

    @Test
    void shouldExplainOneProfileNotAFolder() {
        CommandRun run = run("explain", "samples");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("explain works on one profile; samples is a folder");
    }

    @Test
    void shouldShowItsUsage() {
        assertThat(run("explain", "--help").out()).contains("explain REF [--target LEVEL] [--format text|json]");
        assertThat(run("help").out()).contains("explain");
    }
}
