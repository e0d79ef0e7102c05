package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sreladder.system.ExitCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code what-if} and {@code plan} as a user runs them: words in; stdout, stderr and exit code out. */
class PlanningCommandsTest extends CommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();



    @Nested
    class WhatIf {

        @Test
        void shouldShowTheVerdictBeforeAndAfterAndTheFindingThatChanged() {
            CommandRun run = run("what-if", "samples/maya-chen.yaml", "--set", "gameDays=2");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("What if Maya Chen (maya-chen) · MID → SENIOR")
                    .contains("  gameDays 0 → 2")
                    .contains("Verdict: NOT_YET → NOT_YET   score 62% → 62%")
                    .contains("STILL OPEN (1)")
                    .contains("GAP resilience-testing [SENIOR] resilienceTesting is 1, needs ≥ 3")
                    .contains("was: resilienceTesting is 1, needs ≥ 3; gameDays is 0, needs ≥ 1");
        }

        @Test
        void shouldListTheFindingsClearedAndNew() {
            CommandRun run = run("what-if", "samples/hannah-okafor-mid-plateau-one-gap.yaml", "--set",
                    "crossTeamInfluence=3,crossTeamInitiatives=1,yearsInLevel=0.5");

            assertThat(run.out()).contains("Verdict: NOT_YET → READY   score 93% → 100%")
                    .contains("CLEARED (2)")
                    .contains("✓ TRAP mid-level-plateau [MID] was: ")
                    .contains("✓ GAP cross-team-influence [SENIOR] was: ")
                    .contains("NEW (1)")
                    .contains("NOTE fast-track [MID] READY after 0.5 years at MID");
        }

        @Test
        void shouldSayWhatStillStandsInTheWayOfReadyAndWhy() {
            CommandRun run = run("what-if", "samples/maya-chen.yaml", "--set", "gameDays=2");

            assertThat(run.out()).contains("score 62% → 62%   (Three or more gaps hold the verdict at not yet)")
                    .contains("STILL IN THE WAY OF READY (6)")
                    .contains("△ GAP resilience-testing [SENIOR] resilienceTesting is 1, needs ≥ 3\n"
                            + "      clears when: resilienceTesting ≥ 3")
                    .contains("△ GAP mentoring [SENIOR] mentoring is 1, needs ≥ 3; mentees is 0, needs ≥ 1\n"
                            + "      clears when: mentoring ≥ 3 and mentees ≥ 1");
        }

        @Test
        void shouldSayNothingIsLeftInTheWayWhenTheChangesMakeItReady() {
            CommandRun run = run("what-if", "samples/hannah-okafor-mid-plateau-one-gap.yaml", "--set",
                    "crossTeamInfluence=3,crossTeamInitiatives=1,yearsInLevel=0.5");

            assertThat(run.out()).contains("(Nothing standing in the way makes the verdict ready)")
                    .contains("Nothing stands between this profile and READY.")
                    .doesNotContain("STILL IN THE WAY");
        }

        @Test
        void shouldSayThereIsNoDifferenceWhenNothingChanges() {
            CommandRun run = run("what-if", "samples/maya-chen.yaml", "--set", "gameDays=0");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("Verdict: NOT_YET → NOT_YET   score 62% → 62%")
                    .contains("No difference: the verdict, the score and every finding stay as they are.");
        }

        @Test
        void shouldPrintTheContractJson() {
            CommandRun run = run("what-if", "samples/maya-chen.yaml", "--set=gameDays=2,handsOnIncidentShare=0.3",
                    "--format", "json");
            JsonNode document = JSON.readTree(run.out());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(document.propertyNames()).containsExactly("before", "after", "changes");
            assertThat(document.get("before").propertyNames()).containsExactly("profile", "name", "level", "target",
                    "verdict", "score", "findings", "ruleset");
            assertThat(document.get("after").get("verdict").asString()).isEqualTo("NOT_YET");
            assertThat(JSON.writeValueAsString(document.get("changes"))).isEqualTo(
                    "[{\"key\":\"gameDays\",\"from\":0,\"to\":2},"
                            + "{\"key\":\"handsOnIncidentShare\",\"from\":0.6,\"to\":0.3}]");
        }

        @Test
        void shouldCheckAgainstTheTargetGiven() {
            JsonNode document = JSON.readTree(run("what-if", "samples/maya-chen.yaml", "--set", "writing=3",
                    "--target", "staff", "--format", "json").out());

            assertThat(document.get("before").get("target").asString()).isEqualTo("STAFF");
            assertThat(document.get("after").get("target").asString()).isEqualTo("STAFF");
        }
    }

    @Nested
    class Plan {

        @Test
        void shouldListTheChangesInOrderWithTheAdvice() {
            CommandRun run = run("plan", "samples/hannah-okafor-mid-plateau-one-gap.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("Plan for Hannah Okafor (hannah-okafor) · MID → SENIOR")
                    .contains("Now NOT_YET 93% → READY 100% with 2 changes, confirmed by re-running the rules")
                    .contains("✗ TRAP mid-level-plateau [MID]")
                    .contains("1. do: 1 more: reliability initiatives adopted by other teams "
                            + "(crossTeamInitiatives 0 → 1)   (also for GAP cross-team-influence [SENIOR])")
                    .contains("2. judge: crossTeamInfluence at 3 means \"proficient, independently and consistently\" "
                            + "(rated 1 now); usually backed by crossTeamInitiatives")
                    .doesNotContain("milestone")
                    .contains("advice: If you're mid-level and feeling stuck, look for opportunities to influence "
                            + "outside your immediate team.")
                    .doesNotContain("\u001B[");
        }

        @Test
        void shouldGiveTheNearerMilestoneFirstThenTheRest() {
            CommandRun run = run("plan", "samples/maya-chen.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("Now NOT_YET 62% → READY 100% with 10 changes")
                    .contains("First milestone: ALMOST 87% with 6 changes, confirmed by re-running the rules\n")
                    .contains("Then READY 100% with 4 more changes\n")
                    .contains("       5. do: 2 more design docs written (designDocs 0 → 2)\n")
                    .contains("       9. do: 1 more: game days or fault-injection exercises designed and run "
                            + "(gameDays 0 → 1)\n")
                    .contains("      10. judge: resilienceTesting at 3 means \"proficient, independently and "
                            + "consistently\" (rated 1 now); usually backed by gameDays\n")
                    .doesNotContain("resilienceTesting 1 → 3");
            assertThat(run.out().indexOf("First milestone")).isLessThan(run.out().indexOf("GAP design-docs"));
            assertThat(run.out().indexOf("Then READY")).isBetween(run.out().indexOf("GAP design-docs"),
                    run.out().indexOf("GAP mentoring"));
        }

        @Test
        void shouldSayNothingIsToChangeForAReadyProfile() {
            CommandRun run = run("plan", "samples/priya-nair-junior-ready.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("Already READY").contains("nothing to change");
        }

        @Test
        void shouldPrintTheContractJson() {
            CommandRun run = run("plan", "samples/maya-chen.yaml", "--format", "json");
            JsonNode document = JSON.readTree(run.out());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(document.propertyNames()).containsExactly("profile", "target", "reachable", "changes",
                    "after", "milestone");
            assertThat(document.get("profile").asString()).isEqualTo("maya-chen");
            assertThat(document.get("target").asString()).isEqualTo("SENIOR");
            assertThat(document.get("reachable").asBoolean()).isTrue();
            assertThat(document.get("after").get("verdict").asString()).isEqualTo("READY");
            assertThat(document.get("after").get("score").asInt()).isEqualTo(100);
            assertThat(document.get("changes")).hasSize(10).allSatisfy(change ->
                    assertThat(change.propertyNames()).containsExactly("key", "from", "to"));
            assertThat(JSON.writeValueAsString(document.get("changes").get(9)))
                    .isEqualTo("{\"key\":\"gameDays\",\"from\":0,\"to\":1}");
        }

        @Test
        void shouldGiveTheMilestoneInTheJsonWithItsOwnEvaluation() {
            JsonNode milestone = JSON.readTree(run("plan", "samples/maya-chen.yaml", "--format", "json").out())
                    .get("milestone");

            assertThat(milestone.propertyNames()).containsExactly("verdict", "changes", "after");
            assertThat(milestone.get("verdict").asString()).isEqualTo("ALMOST");
            assertThat(milestone.get("changes")).extracting(change -> change.get("key").asString())
                    .containsExactly("capacityPlanning", "writing", "crossTeamInfluence", "crossTeamInitiatives",
                            "designDocs", "postmortemsLed");
            assertThat(milestone.get("after").get("verdict").asString()).isEqualTo("ALMOST");
            assertThat(milestone.get("after").get("score").asInt()).isEqualTo(87);
        }

        @Test
        void shouldWriteANullMilestoneWhenReadyIsTheNearest() {
            JsonNode document = JSON.readTree(run("plan", "samples/hannah-okafor-mid-plateau-one-gap.yaml",
                    "--format", "json").out());

            assertThat(document.has("milestone")).isTrue();
            assertThat(document.get("milestone").isNull()).isTrue();
        }

        @Test
        void shouldPlanForTheTargetGiven() {
            JsonNode document = JSON.readTree(run("plan", "samples/maya-chen.yaml", "--target", "MID",
                    "--format", "json").out());

            assertThat(document.get("target").asString()).isEqualTo("MID");
            assertThat(document.get("changes")).isEmpty();
        }
    }

    @Nested
    class BadInput {

        @ParameterizedTest(name = "--set {0}")
        @CsvSource(delimiter = '|', value = {
                "mentorng=3          | unknown key 'mentorng' in --set — did you mean 'mentoring'?",
                "mentoring=7         | mentoring must be a whole number from 0 to 4, got 7",
                "gameDays            | malformed --set 'gameDays' — write key=value pairs separated by commas",
                "gameDays=2;writing=3 | gameDays must be a whole number of 0 or more, got '2;writing=3'",
        })
        void shouldExitOneWithTheReasonAndPrintNothing(String set, String reason) {
            CommandRun run = run("what-if", "samples/maya-chen.yaml", "--set", set, "--format", "json");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("what-if: " + reason);
        }

        @Test
        void shouldAskForTheChanges() {
            CommandRun run = run("what-if", "samples/maya-chen.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("what-if needs --set key=value[,key=value…]: what-if REF --set");
        }

        @Test
        void shouldAskForAProfile() {
            assertThat(run("plan").err()).contains("plan needs a profile file: plan REF");
            assertThat(run("what-if").err()).contains("what-if needs a profile file: what-if REF");
        }

        @Test
        void shouldRefuseAFolderAndABadTarget() {
            assertThat(run("plan", "samples").err()).contains("plan works on one profile; samples is a folder");
            assertThat(run("plan", "samples/maya-chen.yaml", "--target", "JUNIOR").err())
                    .contains("target JUNIOR is below maya-chen's current level MID");
            assertThat(run("plan", "samples/maya-chen.yaml", "--set", "gameDays=2").err())
                    .contains("unknown option '--set' for plan");
        }
    }

    @Nested
    class Help {

        @Test
        void shouldShowTheUsageOfEachCommand() {
            assertThat(run("what-if", "--help").out())
                    .startsWith("what-if REF --set key=value[,key=value…] [--target LEVEL] [--format text|json]");
            assertThat(run("plan", "--help").out()).startsWith("plan REF [--target LEVEL] [--format text|json]");
            assertThat(run("help").out()).contains("what-if").contains("plan");
        }
    }
}
