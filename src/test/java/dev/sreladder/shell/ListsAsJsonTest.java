package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.sreladder.shell.render.EvaluationJson;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/**
 * Every command that lists also speaks JSON ({@code --format json}), with the text's columns as
 * field names: each test reads the JSON and finds the same values in the text of the same data.
 */
class ListsAsJsonTest extends CommandTest {

    @TempDir
    Path temp;

    static JsonNode json(CommandRun run) {
        return EvaluationJson.MAPPER.readTree(run.out());
    }

    @Test
    void shouldListTheStoredProfilesAsJsonWithTheTextsColumns() throws IOException {
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replace("id: maya-chen", "id: json-maya");
        Path file = Files.writeString(temp.resolve("json-maya.yaml"), maya);
        // Stored in the context the command tests share: erased again, as rules impact reads the samples
        // only while nothing is stored.
        try {
            assertThat(run("import", file.toString()).exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run("evaluate", "json-maya").exitCode()).isEqualTo(ExitCode.OK);

            CommandRun text = run("profiles");
            CommandRun json = run("profiles", "--format", "json");

            assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
            JsonNode profile = null;
            for (JsonNode node : json(json)) {
                if (node.get("id").asString().equals("json-maya")) {
                    profile = node;
                }
            }
            assertThat(profile).isNotNull();
            assertThat(profile.propertyNames()).containsExactly("id", "name", "level", "target", "versions",
                    "latestVerdict", "when");
            assertThat(profile.get("name").asString()).isEqualTo("Maya Chen");
            String target = profile.get("target").isNull() ? "(next)" : profile.get("target").asString();
            String when = Times.utcMinute(Instant.parse(profile.get("when").asString()));
            assertThat(text.out()).containsPattern(Pattern.quote("json-maya") + " +" + Pattern.quote("Maya Chen")
                    + " +" + profile.get("level").asString() + " → " + Pattern.quote(target) + " +"
                    + profile.get("versions").asInt() + " +"
                    + profile.get("latestVerdict").asString() + " +" + Pattern.quote(when));
        } finally {
            run("delete", "json-maya", "--reason", "test profile of ListsAsJsonTest");
        }
    }

    @Test
    void shouldListTheRulesAsJsonWithTheTextsColumns() {
        CommandRun text = run("rules", "list");
        CommandRun json = run("rules", "list", "--format", "json");

        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode rules = json(json);
        assertThat(rules.size()).isGreaterThan(1);
        assertThat(text.out()).endsWith(rules.size() + " rules\n");
        for (JsonNode rule : rules) {
            assertThat(rule.propertyNames()).containsExactly("code", "kind", "level", "file", "line", "section");
            String level = rule.get("level").isNull() ? "-" : rule.get("level").asString();
            assertThat(text.out()).containsPattern("(?m)^" + Pattern.quote(rule.get("code").asString()) + " +"
                    + rule.get("kind").asString() + " +" + Pattern.quote(level) + " +"
                    + Pattern.quote(rule.get("file").asString() + ":" + rule.get("line").asInt()) + " +"
                    + Pattern.quote(rule.get("section").asString()) + " *$");
        }
    }

    @Test
    void shouldReportTheSampleChecksAsJsonWithTheTextsWordsAndTheSameExitCode() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("samples"));
        Files.copy(Path.of("samples/priya-nair-junior-ready.yaml"), folder.resolve("priya.yaml"));
        String hannah = Files.readString(Path.of("samples/hannah-okafor-mid-plateau-one-gap.yaml"));
        String unexpected = hannah.substring(0, hannah.indexOf("expected:"));
        Files.writeString(folder.resolve("wrong.yaml"), unexpected + "expected:\n  verdict: ALMOST\n");
        Files.writeString(folder.resolve("plain.yaml"), unexpected);

        CommandRun text = run("rules", "test", "--profiles", folder.toString());
        CommandRun json = run("rules", "test", "--profiles", folder.toString(), "--format", "json");

        assertThat(json.exitCode()).isEqualTo(text.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(json.err()).isEqualTo(text.err());
        JsonNode report = json(json);
        assertThat(report.propertyNames()).containsExactly("tested", "passed", "failed", "skipped", "results");
        assertThat(text.out()).endsWith(report.get("tested").asInt() + " tested: " + report.get("passed").asInt()
                + " passed, " + report.get("failed").asInt() + " failed\n");
        assertThat(report.get("skipped").asInt()).isEqualTo(1);
        assertThat(report.get("results")).hasSize(3);
        for (JsonNode result : report.get("results")) {
            assertThat(result.propertyNames()).containsExactly("profile", "result", "error", "differences");
            String profile = result.get("profile").asString();
            String word = result.get("result").asString();
            assertThat(text.out()).containsPattern("(?m)^" + word + "  " + Pattern.quote(profile)
                    + (word.equals("SKIP") ? " \\(no expected: block\\)" : "") + "$");
            for (JsonNode difference : result.get("differences")) {
                assertThat(text.out()).contains("\n      " + difference.asString() + "\n");
            }
        }
        assertThat(report.get("results").findValuesAsString("result")).containsExactlyInAnyOrder("PASS", "FAIL",
                "SKIP");
    }

    @Test
    void shouldCountTheProfilesEachRuleFiredForAsJsonWithTheTextsColumns() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("few"));
        Files.copy(Path.of("samples/maya-chen.yaml"), folder.resolve("maya.yaml"));

        CommandRun text = run("rules", "coverage", "--profiles", folder.toString());
        CommandRun json = run("rules", "coverage", "--profiles", folder.toString(), "--format",
                "json");

        assertThat(json.exitCode()).isEqualTo(text.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode coverage = json(json);
        assertThat(coverage.propertyNames()).containsExactly("folder", "profiles", "rules", "neverFired");
        assertThat(text.out()).startsWith("Rules fired for the " + Text.count(coverage.get("profiles").asInt(),
                "profile", "profiles") + " in " + coverage.get("folder").asString() + ":\n");
        assertThat(coverage.get("rules").size()).isGreaterThan(1);
        for (JsonNode rule : coverage.get("rules")) {
            assertThat(rule.propertyNames()).containsExactly("profiles", "code", "kind", "level", "file", "line");
            String level = rule.get("level").isNull() ? "-" : rule.get("level").asString();
            assertThat(text.out()).containsPattern("(?m)^ +" + rule.get("profiles").asInt() + "  "
                    + Pattern.quote(rule.get("code").asString()) + " +" + rule.get("kind").asString() + " +"
                    + Pattern.quote(level) + " +"
                    + Pattern.quote(rule.get("file").asString() + ":" + rule.get("line").asInt()) + "$");
        }
        JsonNode never = coverage.get("neverFired");
        assertThat(never.size()).isPositive();
        assertThat(text.out()).contains("NEVER FIRED (" + never.size() + ")");
        for (JsonNode rule : never) {
            assertThat(rule.propertyNames()).containsExactly("code", "rule", "file", "line");
            assertThat(text.out()).contains("  " + rule.get("code").asString() + "  \"" + rule.get("rule").asString()
                    + "\"  " + rule.get("file").asString() + ":" + rule.get("line").asInt());
        }
    }

    @Test
    void shouldRefuseAnUnknownFormatForProfiles() {
        CommandRun run = run("profiles", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown format 'xml' — use text or json");
    }
}
