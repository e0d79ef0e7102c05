package dev.sreladder.evaluation;

import static dev.sreladder.testing.TestRules.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;

/**
 * One scenario per trap (PRODUCT.md, "Default rule set: traps"): where it fires, where it just
 * does not, that it holds the verdict at NOT_YET, and that {@code requires} is the article's way out.
 */
class TrapRulesTest {

    private static List<String> trapCodes(Evaluation evaluation) {
        return evaluation.findings(FindingKind.TRAP).stream().map(Finding::code).toList();
    }

    private static Finding trap(Evaluation evaluation, String code) {
        return evaluation.findings(FindingKind.TRAP).stream().filter(finding -> finding.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no trap " + code + " in " + evaluation.findings()));
    }

    @Nested
    class ArchitectingTooEarly {

        /** Kenji proposed a redesign before he can troubleshoot what is there. */
        private Profiles kenji() {
            return Profiles.exemplary().level(Levels.JUNIOR).with("redesignsProposed", 1)
                    .with("incidentResponse", 1).with("observability", 1);
        }

        @Test
        void shouldFireForAJuniorWhoRedesignsBeforeLearningToTroubleshoot() {
            Evaluation evaluation = evaluate(kenji().build());

            Finding trap = trap(evaluation, "architecting-too-early");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(trap.level()).isEqualTo(Levels.JUNIOR);
            assertThat(trap.section()).isEqualTo("The Junior Years: Learning to Keep the Lights On");
            assertThat(trap.message()).startsWith("1 redesign(s) proposed")
                    .contains("incidentResponse is 1").contains("observability is 1");
            assertThat(trap.advice()).contains("knows where everything is and how to troubleshoot it");
            assertThat(trap.requires()).containsExactly(Requirement.atLeast("incidentResponse", 2),
                    Requirement.atLeast("observability", 2));
        }

        @Test
        void shouldRequireOnlyTheWayOutNotYetTaken() {
            Evaluation evaluation = evaluate(kenji().with("incidentResponse", 2).build());

            assertThat(trap(evaluation, "architecting-too-early").requires())
                    .containsExactly(Requirement.atLeast("observability", 2));
        }

        @Test
        void shouldNotFireWithoutARedesignProposal() {
            assertThat(trapCodes(evaluate(kenji().with("redesignsProposed", 0).build()))).isEmpty();
        }

        @Test
        void shouldNotFireOnceIncidentResponseAndObservabilityAreDeveloping() {
            assertThat(trapCodes(evaluate(kenji().with("incidentResponse", 2).with("observability", 2).build())))
                    .isEmpty();
        }

        @Test
        void shouldNotBeCheckedInAMeetsLevelCheck() {
            assertThat(trapCodes(evaluate(kenji().target(Levels.JUNIOR).build()))).isEmpty();
        }
    }

    @Nested
    class MidLevelPlateau {

        /** Rahul has mastered his stack over three years and never worked beyond his team. */
        private Profiles rahul() {
            return Profiles.exemplary().level(Levels.MID).with("yearsInLevel", 3).with("productionDebugging", 3)
                    .with("infrastructureAsCode", 3).with("crossTeamInfluence", 1).with("crossTeamInitiatives", 0);
        }

        @Test
        void shouldFireAfterThreeYearsOfMasteryWithoutInfluenceBeyondTheTeam() {
            Evaluation evaluation = evaluate(rahul().build());

            Finding trap = trap(evaluation, "mid-level-plateau");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(trap.level()).isEqualTo(Levels.MID);
            assertThat(trap.section()).isEqualTo("Mid-Level: Owning Systems, Not Just Tasks");
            assertThat(trap.message()).startsWith("3 years at MID").contains("crossTeamInitiatives is 0");
            assertThat(trap.advice()).contains("influence outside your immediate team");
            assertThat(trap.requires()).containsExactly(Requirement.atLeast("crossTeamInfluence", 2),
                    Requirement.atLeast("crossTeamInitiatives", 1));
        }

        @Test
        void shouldNotFireBeforeThreeYears() {
            assertThat(trapCodes(evaluate(rahul().with("yearsInLevel", 2.9).build()))).isEmpty();
        }

        @Test
        void shouldNotFireWhenInfluenceReachesBeyondTheTeam() {
            assertThat(trapCodes(evaluate(rahul().with("crossTeamInfluence", 2).build()))).isEmpty();
            assertThat(trapCodes(evaluate(rahul().with("crossTeamInitiatives", 1).build()))).isEmpty();
        }

        @Test
        void shouldNotFireBeforeTheStackIsMastered() {
            assertThat(trapCodes(evaluate(rahul().with("productionDebugging", 2).build()))).isEmpty();
            assertThat(trapCodes(evaluate(rahul().with("infrastructureAsCode", 2).build()))).isEmpty();
        }

        @Test
        void shouldHoldTheVerdictAtNotYetEvenWithASingleGap() {
            Evaluation evaluation = evaluate(rahul().build());

            assertThat(evaluation.findings(FindingKind.GAP)).extracting(Finding::code)
                    .containsExactly("cross-team-influence");
            assertThat(evaluation.findings(FindingKind.BLOCKER)).isEmpty();
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
        }
    }

    @Nested
    class WontLetGo {

        /** Elena still fixes half the team's major incidents and has mentored nobody through it. */
        private Profiles elena() {
            return Profiles.exemplary().level(Levels.SENIOR).with("handsOnIncidentShare", 0.5).with("mentees", 0)
                    .with("mentoring", 1);
        }

        @Test
        void shouldFireForASeniorWhoStillTakesTheIncidentsWithoutMentoring() {
            Evaluation evaluation = evaluate(elena().build());

            Finding trap = trap(evaluation, "wont-let-go");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(trap.section()).isEqualTo("Senior: Designing for Reliability at Scale");
            assertThat(trap.message()).contains("handsOnIncidentShare is 0.5");
            assertThat(trap.advice()).contains("Mentor mid-level engineers to handle the incidents you used to take");
            assertThat(trap.requires()).containsExactly(Requirement.atLeast("mentees", 1),
                    Requirement.atLeast("mentoring", 2));
        }

        @Test
        void shouldFireWithMenteesButNoRealMentoring() {
            Evaluation evaluation = evaluate(elena().with("mentees", 2).build());

            assertThat(trap(evaluation, "wont-let-go").requires()).containsExactly(Requirement.atLeast("mentoring", 2));
        }

        @Test
        void shouldNotFireBelowHalfTheIncidents() {
            assertThat(trapCodes(evaluate(elena().with("handsOnIncidentShare", 0.49).build()))).isEmpty();
        }

        @Test
        void shouldNotFireOnceTheWayOutIsTaken() {
            assertThat(trapCodes(evaluate(elena().with("mentees", 1).with("mentoring", 2).build()))).isEmpty();
        }
    }

    @Nested
    class ImpactNotScaling {

        /** Marcus is a superb hands-on senior whose work enables almost nobody else. */
        private Profiles marcus() {
            return Profiles.exemplary().level(Levels.SENIOR).target(Levels.STAFF).with("productionDebugging", 3)
                    .with("infrastructureAsCode", 3).with("engineersEnabled", 4).with("platformBuilding", 1);
        }

        @Test
        void shouldFireForASeniorAimingAtStaffWhoseWorkDoesNotScale() {
            Evaluation evaluation = evaluate(marcus().build());

            Finding trap = trap(evaluation, "impact-not-scaling");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(trap.section()).isEqualTo("Final Thoughts");
            assertThat(trap.message()).contains("engineersEnabled is 4").contains("platformBuilding is 1");
            assertThat(trap.advice()).contains("how your work scales beyond your direct contributions");
            assertThat(trap.requires()).containsExactly(Requirement.atLeast("platformBuilding", 2),
                    Requirement.atLeast("engineersEnabled", 5));
        }

        @Test
        void shouldNotFireInAMeetsLevelCheck() {
            assertThat(trapCodes(evaluate(marcus().target(Levels.SENIOR).build()))).isEmpty();
        }

        @Test
        void shouldNotFireOnceFiveEngineersBuildOnTheirWork() {
            assertThat(trapCodes(evaluate(marcus().with("engineersEnabled", 5).build()))).isEmpty();
        }

        @Test
        void shouldNotFireOncePlatformBuildingIsDeveloping() {
            assertThat(trapCodes(evaluate(marcus().with("platformBuilding", 2).build()))).isEmpty();
        }
    }
}
