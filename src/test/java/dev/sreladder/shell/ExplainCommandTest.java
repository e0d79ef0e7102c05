package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.sreladder.system.ExitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code explain} as a user runs it: the rule trace in text and in JSON, and its bad input. */
class ExplainCommandTest extends CommandTest {

    @Test
    void shouldShowEveryFiredRuleInOrderWithTheFactsItMatchedThenTheVerdict() throws IOException {
        CommandRun run = run("explain", "samples/hannah-okafor-mid-plateau-one-gap.yaml");
        int plateau = RulesCommandsTest.lineOf(Path.of("rules/traps.drl"), "rule \"A mid-level SRE who has mastered");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("RULE TRACE (")
                .contains("mid-level-plateau  \"A mid-level SRE who has mastered their stack but stays inside "
                        + "their team has plateaued\"  rules/traps.drl:" + plateau)
                .contains("Promotion MID → SENIOR")
                .contains("Profile hannah-okafor (MID): infrastructureAsCode 4, productionDebugging 4, "
                        + "crossTeamInfluence 1, crossTeamInitiatives 0, yearsInLevel 3")
                .contains("  Checking SENIOR\n"
                        + "      → GAP crossTeamInfluence is 1, needs ≥ 3; crossTeamInitiatives is 0, needs ≥ 1\n")
                .contains("Verdict: NOT_YET   score 93%");
        assertThat(run.out().indexOf("verdict-not-yet-held-back")).as("the verdict rule fires last")
                .isGreaterThan(run.out().indexOf("mid-level-plateau"));
    }

    @Test
    void shouldGiveTheEvaluationDocumentWithTheTraceInJson() {
        CommandRun run = run("explain", "samples/maya-chen.yaml", "--format", "json");
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
