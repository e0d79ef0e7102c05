package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.system.ExitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate} as a user runs it: command words in, stdout, stderr and the exit code out,
 * through the real parser, command and exit-status mapping.
 */
class EvaluateCommandTest extends CommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();



    @Nested
    class Text {

        @Test
        void shouldShowTheVerdictScoreAndEachGapWithAdviceAndWhatClearsIt() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("Maya Chen (maya-chen) · MID → SENIOR")
                    .contains("Verdict: NOT_YET   score 62%")
                    .contains("GAPS (6)")
                    .contains("resilience-testing [SENIOR] resilienceTesting is 1, needs ≥ 3; gameDays is 0, needs ≥ 1")
                    .contains("advice: Design and run game days")
                    .contains("clears when: resilienceTesting ≥ 3 and gameDays ≥ 1")
                    .contains("MET (10 of 16 expectations)")
                    .doesNotContain("\u001B[");
        }

        @Test
        void shouldCheckAgainstTheTargetGiven() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml", "--target", "mid");

            assertThat(run.out()).contains("MID → MID").contains("Verdict: READY");
        }
    }

    @Nested
    class Json {

        @Test
        void shouldPrintTheContractShapeAndNothingElse() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml", "--format", "json");
            JsonNode document = JSON.readTree(run.out());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(document.propertyNames()).containsExactly("profile", "name", "level", "target", "verdict",
                    "score", "findings", "ruleset");
            assertThat(document.get("profile").asString()).isEqualTo("maya-chen");
            assertThat(document.get("verdict").asString()).isEqualTo("NOT_YET");
            assertThat(document.get("score").asInt()).isEqualTo(62);
            JsonNode mentoring = findGap(document, "mentoring");
            assertThat(mentoring.propertyNames()).containsExactly("code", "kind", "level", "rule", "message",
                    "advice", "section", "requires");
            assertThat(mentoring.get("section").asString()).isEqualTo("Senior: Designing for Reliability at Scale");
            assertThat(JSON.writeValueAsString(mentoring.get("requires")))
                    .isEqualTo("[{\"key\":\"mentoring\",\"op\":\">=\",\"value\":3},"
                            + "{\"key\":\"mentees\",\"op\":\">=\",\"value\":1}]");
            assertThat(document.get("ruleset").get("fingerprint").asString()).startsWith("sha256:");
            assertThat(document.get("ruleset").get("files").asInt()).isEqualTo(7);
        }

        @Test
        void shouldPrintOneDocumentPerLineForAFolder() {
            CommandRun run = run("evaluate", "samples", "--format=json");
            List<String> lines = run.out().lines().toList();

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(lines).hasSize(ProfileFiles.inFolder(Path.of("samples")).size());
            assertThat(lines).allSatisfy(line -> assertThat(JSON.readTree(line).get("verdict").asString())
                    .isIn("READY", "ALMOST", "NOT_YET"));
        }

        private JsonNode findGap(JsonNode document, String code) {
            for (JsonNode finding : document.get("findings")) {
                if (finding.get("code").asString().equals(code) && finding.get("kind").asString().equals("GAP")) {
                    return finding;
                }
            }
            throw new AssertionError("no GAP " + code);
        }
    }

    /** {@code evaluate --all}; what it records is in StorageFlowTest, on H2 and PostgreSQL. */
    @Nested
    class All {

        @Test
        void shouldSayHowToStoreProfilesWhenNoneIsStored() {
            // The command tests erase what they store, so nothing is stored between them.
            CommandRun run = run("evaluate", "--all");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out().strip()).isEqualTo("no stored profiles yet — 'import PATH' stores some, then"
                    + " 'evaluate --all' evaluates them");
            assertThat(run("evaluate", "--all", "--format", "json").out()).isEmpty();
        }

        @Test
        void shouldRefuseARefACycleOrAReplayWithAll() {
            CommandRun ref = run("evaluate", "samples", "--all");
            CommandRun cycle = run("evaluate", "--all", "--cycle", "2026-H2");
            CommandRun replay = run("evaluate", "--all", "--replay", "1");

            assertThat(List.of(ref, cycle, replay)).extracting(CommandRun::exitCode).containsOnly(ExitCode.BAD_INPUT);
            assertThat(ref.err().strip()).isEqualTo("evaluate: evaluate --all evaluates every stored profile; give"
                    + " no REF (or 'evaluate samples' alone)");
            assertThat(cycle.err()).contains("--all evaluates every stored profile, --cycle 2026-H2 the candidates"
                    + " of one cycle: give one of them");
            assertThat(replay.err()).contains("'evaluate ID --replay N', without --all");
        }

        @Test
        void shouldRefuseATargetThatIsNoLevelBeforeEvaluatingAnything() {
            CommandRun run = run("evaluate", "--all", "--target", "principal");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
        }
    }

    @Nested
    class BadInput {

        @TempDir
        Path folder;

        @Test
        void shouldEvaluateTheGoodProfilesOfAFolderAndReportTheBadOnes() throws IOException {
            Files.copy(Path.of("samples/maya-chen.yaml"), folder.resolve("a-maya.yaml"));
            Files.writeString(folder.resolve("b-typo.yaml"), "name: B\nlevel: MID\ncompetencies:\n  mentorng: 2\n");
            Files.copy(Path.of("samples/grace-liu-mid-fast-track.yaml"), folder.resolve("c-grace.yaml"));

            CommandRun run = run("evaluate", folder.toString(), "--format", "json");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out().lines()).hasSize(2);
            assertThat(run.err()).contains("unknown competency 'mentorng' at " + folder.resolve("b-typo.yaml") + ":4")
                    .contains("1 of 3 profiles could not be evaluated");
        }

        @Test
        void shouldPrintNothingOnStdoutForABadFile() throws IOException {
            Path bad = folder.resolve("bad.yaml");
            Files.writeString(bad, "name: B\nlevel: SENOIR\n");

            CommandRun run = run("evaluate", bad.toString(), "--format", "json");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).isEqualTo("evaluate: unknown level in level at " + bad
                    + ":2 — did you mean 'SENIOR'?");
        }

        @Test
        void shouldRejectAnUnknownOptionWithTheClosestOne() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml", "--formt", "json");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("unknown option '--formt' for evaluate — did you mean '--format'?");
        }

        @Test
        void shouldRejectAnOptionWithoutItsValue() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml", "--target");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("option '--target' of evaluate needs a value");
        }

        @Test
        void shouldRejectAnUnknownFormatAndLevel() {
            assertThat(run("evaluate", "samples/maya-chen.yaml", "--format", "xml").err())
                    .contains("unknown format 'xml' — use text or json");
            assertThat(run("evaluate", "samples/maya-chen.yaml", "--target", "senoir").err())
                    .contains("unknown level 'senoir' for --target — did you mean 'SENIOR'?");
        }

        @Test
        void shouldRejectATargetBelowTheLevel() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml", "--target", "JUNIOR");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("target JUNIOR is below maya-chen's current level MID");
        }

        @Test
        void shouldExplainAMissingProfileReference() {
            CommandRun run = run("evaluate");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("evaluate needs a profile file, folder or stored id: evaluate REF");
        }

        @Test
        void shouldRejectAMissingFile() {
            assertThat(run("evaluate", "samples/nobody.yaml").err())
                    .contains("no such file or stored profile: samples/nobody.yaml")
                    .doesNotContain("did you mean");
        }

        @Test
        void shouldSuggestAFileWithACloseNameBesideAMissingOne() {
            CommandRun run = run("evaluate", "samples/maya-chen.yml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("no such file or stored profile: samples/maya-chen.yml — did you mean"
                    + " samples/maya-chen.yaml?");
        }

        @Test
        void shouldSuggestTheClosestCommand() {
            CommandRun run = run("evalute", "samples/maya-chen.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("unknown command 'evalute' — did you mean 'evaluate'?");
        }

        @Test
        void shouldRefuseAnUnknownSubCommandOfAGroup() {
            CommandRun typo = run("ladder", "dif", "MID");
            CommandRun unknown = run("ladder", "foo");

            assertThat(typo.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(typo.out()).isEmpty();
            assertThat(typo.err()).contains("unknown command 'ladder dif' — did you mean 'ladder diff'?");
            assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(unknown.out()).isEmpty();
            assertThat(unknown.err()).contains("unknown command 'ladder foo' — the commands of ladder are ladder diff,"
                    + " ladder schema, ladder show");
        }

        @Test
        void shouldNotOfferTheStockScriptCommandThatFailsWithAnInternalError() {
            CommandRun run = run("script", "commands.txt");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("unknown command 'script'").doesNotContain("internal error");
            assertThat(run("help").out()).doesNotContainPattern("(?m)^\\s+script\\b");
        }

        @Test
        void shouldStillListAGroupsCommandsWhenOnlyTheGroupIsGiven() {
            CommandRun run = run("ladder");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("ladder diff", "ladder schema", "ladder show");
        }
    }

    @Nested
    class Help {

        @Test
        void shouldListTheCommands() {
            CommandRun run = run("help");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("evaluate");
        }

        @Test
        void shouldShowTheUsageOfACommand() {
            assertThat(run("evaluate", "--help").out()).contains("evaluate REF [--target LEVEL] [--format text|json]");
            assertThat(run("--help").out()).contains("evaluate");
        }
    }
}
