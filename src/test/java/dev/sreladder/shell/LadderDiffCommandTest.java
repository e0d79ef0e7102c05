package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sreladder.shell.terminal.ArgumentAwareCompleter;
import dev.sreladder.system.ExitCode;

/**
 * {@code ladder diff [FROM] TO [DIR]} as a user runs it one-shot: what a level asks beyond a lower one,
 * on the default ladder (the rules in use) and on the platform example given as DIR.
 */
class LadderDiffCommandTest extends CommandTest {

    static final String PLATFORM = "samples/ladders/platform/rules";
    static final JsonMapper JSON = JsonMapper.builder().build();

    CommandRun succeeds(String... words) {
        CommandRun run = run(words);
        assertThat(run.exitCode()).as(String.join(" ", words) + "\n" + run.err()).isEqualTo(ExitCode.OK);
        return run;
    }

    CommandRun fails(String... words) {
        CommandRun run = run(words);
        assertThat(run.exitCode()).as(String.join(" ", words) + "\n" + run.out()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        return run;
    }

    @Nested
    class OnTheDefaultLadder {

        @Test
        void shouldSayWhatSeniorAsksBeyondMidNewRaisedTrapsAndWhatMidAloneAsked() {
            String out = succeeds("ladder", "diff", "MID", "SENIOR").out();

            assertThat(out).startsWith("MID → SENIOR: what SENIOR asks beyond MID\n\nNew at SENIOR (4)\n");
            assertThat(out).contains("  resilience-testing: resilienceTesting ≥ 3 and gameDays ≥ 1\n"
                    + "      Design and run game days, inject controlled failures, and help teams build resilient"
                    + " systems.\n");
            assertThat(out).contains("Raised bars (3)\n", "  capacity-and-cost: capacityPlanning ≥ 2 → ≥ 3\n",
                    "  clear-writing: writing ≥ 2 → ≥ 3\n", "  staying-current: stayingCurrent ≥ 2 → ≥ 3\n");
            assertThat(out).contains("Traps on the way from MID (1), each holds the verdict at NOT_YET\n"
                    + "  ✗ mid-level-plateau: A mid-level SRE who has mastered their stack but stays inside their"
                    + " team has plateaued\n"
                    + "      triggered by: yearsInLevel ≥ 3 and productionDebugging ≥ 3 and infrastructureAsCode ≥ 3"
                    + " and crossTeamInfluence ≤ 1 and crossTeamInitiatives == 0\n"
                    + "      advice: If you're mid-level and feeling stuck, look for opportunities to influence"
                    + " outside your immediate team.\n"
                    + "      way out: crossTeamInfluence ≥ 2 and crossTeamInitiatives ≥ 1\n");
            assertThat(out).contains(
                    "Not asked again at SENIOR (6): MID's own, still checked on a promotion from MID\n",
                    "  primary-on-call: incidentResponse ≥ 3 and incidentsAsPrimary ≥ 3\n");
            assertThat(out).endsWith("\nThe same: 0 expectations\n");
            assertThat(out).doesNotContain("wont-let-go", "architecting-too-early");
        }

        @Test
        void shouldGiveEachStepFromJuniorToStaffUnderTheLevelItLeadsTo() {
            String out = succeeds("ladder", "diff", "junior", "Staff").out();

            assertThat(out).startsWith("What STAFF asks beyond JUNIOR, 3 steps, each under the level it leads to\n");
            assertThat(out.lines().filter(line -> line.contains(": what "))).containsExactly(
                    "JUNIOR → MID: what MID asks beyond JUNIOR", "MID → SENIOR: what SENIOR asks beyond MID",
                    "SENIOR → STAFF: what STAFF asks beyond SENIOR");
            String toMid = out.substring(0, out.indexOf("MID → SENIOR"));
            assertThat(toMid).contains("New at MID (6)", "  clear-writing: writing ≥ 1 → ≥ 2\n",
                    "  primary-on-call: incidentResponse ≥ 2 → ≥ 3\n"
                            + "      asks incidentResponse ≥ 3 and incidentsAsPrimary ≥ 3\n",
                    "✗ architecting-too-early");
            String toStaff = out.substring(out.indexOf("SENIOR → STAFF"));
            assertThat(toStaff).contains("New at STAFF (4)",
                    "  organizational-influence: crossTeamInfluence ≥ 3 → ≥ 4, crossTeamInitiatives ≥ 1 → ≥ 3\n",
                    "✗ wont-let-go", "✗ impact-not-scaling")
                    .doesNotContain("mid-level-plateau");
        }

        @Test
        void shouldCompareWithTheLevelJustBelowWhenOnlyToIsGiven() {
            assertThat(succeeds("ladder", "diff", "SENIOR").out())
                    .isEqualTo(succeeds("ladder", "diff", "MID", "SENIOR").out());
        }
    }

    @Nested
    class OnThePlatformLadderGivenAsAFolder {

        @Test
        void shouldWriteOutAlternativesAndPairTheirBars() {
            String out = succeeds("ladder", "diff", "SENIOR", "STAFF", PLATFORM).out();

            assertThat(out).contains("  multiplies-teams: selfServiceTools ≥ 2 → ≥ 3, adoptingTeams ≥ 2 → ≥ 6\n"
                    + "      asks any of (at least 2 of (selfServiceTools ≥ 3, developerExperience ≥ 3),"
                    + " adoptingTeams ≥ 6)\n",
                    "  security-leadership: securityFixes ≥ 5 → ≥ 10\n"
                            + "      asks any of (security ≥ 3, securityFixes ≥ 10)",
                    "✗ platform-hero", "way out: mentees ≥ 1 and selfServiceTools ≥ 2",
                    "Not asked again at STAFF (2)", "  cost-aware: costAwareness ≥ 2\n");
        }

        @Test
        void shouldTakeTheLevelBelowPrincipalWhenOnlyToIsGiven() {
            String out = succeeds("ladder", "diff", "principal", PLATFORM).out();

            assertThat(out).startsWith("STAFF → PRINCIPAL: what PRINCIPAL asks beyond STAFF\n")
                    .contains("  organisation-wide-impact: adoptingTeams ≥ 6 → ≥ 10\n"
                            + "      asks at least 2 of (adoptingTeams ≥ 10, costSavings ≥ 500, mentees ≥ 5)\n",
                            "  sets-direction: strategy ≥ 2 → ≥ 3, talksGiven ≥ 2 → ≥ 4\n", "✗ out-of-touch");
        }

        @Test
        void shouldGiveEveryStepFromAssociateToPrincipal() {
            String out = succeeds("ladder", "diff", "ASSOCIATE", "PRINCIPAL", PLATFORM).out();

            assertThat(out.lines().filter(line -> line.contains(": what "))).containsExactly(
                    "ASSOCIATE → ENGINEER: what ENGINEER asks beyond ASSOCIATE",
                    "ENGINEER → SENIOR: what SENIOR asks beyond ENGINEER",
                    "SENIOR → STAFF: what STAFF asks beyond SENIOR",
                    "STAFF → PRINCIPAL: what PRINCIPAL asks beyond STAFF");
            assertThat(out).contains("  serves-product-teams: any of (developerExperience ≥ 2, selfServiceTools ≥ 1)\n",
                    "  clear-communication: communication ≥ 1 → ≥ 2\n", "Traps on the way from ASSOCIATE: none\n");
        }
    }

    @Nested
    class InOtherFormats {

        @Test
        void shouldGiveEachStepWithItsSectionsAsJson() {
            JsonNode diff = JSON.readTree(succeeds("ladder", "diff", "MID", "STAFF", "--format", "json").out());

            assertThat(diff.get("from").asString()).isEqualTo("MID");
            assertThat(diff.get("to").asString()).isEqualTo("STAFF");
            assertThat(diff.get("steps")).hasSize(2);
            JsonNode toSenior = diff.get("steps").get(0);
            assertThat(toSenior.get("to").asString()).isEqualTo("SENIOR");
            assertThat(toSenior.get("new").valueStream().map(item -> item.get("code").asString()))
                    .containsExactly("cross-team-influence", "design-docs-and-postmortems", "mentoring",
                            "resilience-testing");
            JsonNode capacity = toSenior.get("raised").get(0);
            assertThat(capacity.get("code").asString()).isEqualTo("capacity-and-cost");
            assertThat(capacity.get("bars")).isEqualTo(JSON.readTree("""
                    [{"key": "capacityPlanning", "before": {"key": "capacityPlanning", "op": ">=", "value": 2},
                      "after": {"key": "capacityPlanning", "op": ">=", "value": 3}, "raised": true}]
                    """));
            JsonNode trap = toSenior.get("traps").get(0);
            assertThat(trap.get("code").asString()).isEqualTo("mid-level-plateau");
            assertThat(trap.get("triggeredBy").asString()).startsWith("yearsInLevel ≥ 3 and ");
            assertThat(trap.get("wayOut")).hasSize(2);
            assertThat(toSenior.get("notAskedAgain")).hasSize(6);
            assertThat(toSenior.get("same")).isEmpty();
        }

        @Test
        void shouldWriteMarkdownWithAHeadingPerStepBelowTheTitle() {
            String md = succeeds("ladder", "diff", "ENGINEER", "STAFF", PLATFORM, "--format", "md").out();

            assertThat(md).startsWith("# What STAFF asks beyond ENGINEER\n\n2 steps, each under the level it leads"
                    + " to.\n\n## ENGINEER → SENIOR\n\n**New at SENIOR** (");
            assertThat(md).contains("## SENIOR → STAFF\n",
                    "- **multiplies-teams**: `selfServiceTools ≥ 2 → ≥ 3`, `adoptingTeams ≥ 2 → ≥ 6`; asks"
                            + " `any of (at least 2 of (selfServiceTools ≥ 3, developerExperience ≥ 3),"
                            + " adoptingTeams ≥ 6)` — Make your work",
                    "**Traps on the way** from SENIOR (1)",
                    "  - triggered by: `onCallLoad ≥ 0.4` and `any of (mentees == 0, selfServiceTools < 2)`\n",
                    "  - way out: `mentees ≥ 1 and selfServiceTools ≥ 2`\n", "**The same**: 0 expectations\n");
        }
    }

    @Nested
    class BadArguments {

        @Test
        void shouldNameTheLaddersLevelsForAnUnknownLevel() {
            assertThat(fails("ladder", "diff", "MID", "PRINCIPAL").err())
                    .contains("unknown level 'PRINCIPAL' for TO", "JUNIOR, MID, SENIOR or STAFF");
            assertThat(fails("ladder", "diff", "RE1", "STAFF", PLATFORM).err())
                    .contains("unknown level 'RE1' for FROM", "ASSOCIATE, ENGINEER, SENIOR, STAFF or PRINCIPAL");
            assertThat(fails("ladder", "diff", "senoir").err())
                    .contains("unknown level 'senoir' for TO — did you mean 'SENIOR'?");
            assertThat(fails("ladder", "diff", "STAFF2").err()).contains("unknown level 'STAFF2' for TO — the"
                    + " levels of ladder 'article-sre' are JUNIOR, MID, SENIOR or STAFF, lowest first; the top level is"
                    + " STAFF");
        }

        @Test
        void shouldRefuseAFromThatIsNotBelowTo() {
            assertThat(fails("ladder", "diff", "SENIOR", "MID").err())
                    .contains("SENIOR is not below MID", "JUNIOR, MID, SENIOR or STAFF");
            assertThat(fails("ladder", "diff", "MID", "MID").err()).contains("MID is not below MID");
            assertThat(fails("ladder", "diff", "JUNIOR").err())
                    .contains("JUNIOR is the lowest level of ladder 'article-sre': nothing is below it");
        }

        @Test
        void shouldRefuseNoLevelTooManyAndAnUnknownFormat() {
            assertThat(fails("ladder", "diff").err()).contains("no level given: give TO, or FROM and TO, then a"
                    + " rules folder if any — ladder diff [FROM] TO [DIR] [--format text|md|json]");
            assertThat(fails("ladder", "diff", "rules").err())
                    .contains("no level given before the rules folder rules: give TO, or FROM and TO, then the folder");
            assertThat(fails("ladder", "diff", "JUNIOR", "MID", "SENIOR", "STAFF").err())
                    .contains("too many arguments: at most FROM, TO and a rules folder");
            assertThat(fails("ladder", "diff", "JUNIOR", "MID", "no-such-rules").err())
                    .contains("rules folder no-such-rules does not exist or is not a folder");
            assertThat(fails("ladder", "diff", "SENIOR", "--format", "html").err())
                    .contains("unknown format 'html' for ladder diff — use text, md or json");
        }
    }

    @Autowired
    ArgumentAwareCompleter completer;

    @Test
    void shouldCompleteLevelNamesAndItsOwnFormats() {
        assertThat(complete("ladder diff ")).contains("JUNIOR", "MID", "SENIOR", "STAFF");
        assertThat(complete("ladder diff MID --format=")).containsExactly("--format=text", "--format=md",
                "--format=json");
    }

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
