package dev.sreladder.planning;

import static dev.sreladder.planning.PlanAssertions.assertMilestoneNearerAndMinimal;
import static dev.sreladder.planning.PlanAssertions.assertReadyAndMinimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;
import dev.sreladder.testing.TestRules;

/** What to work on first: the nearer milestone, the cheapest group of each kind, and do apart from judge. */
class PlanWorkOrderTest {

    private final Planner planner = new Planner(new Evaluator());

    private Plan plan(Profile profile) {
        Plan plan = planner.plan(TestRules.defaults(), profile, null);
        assertReadyAndMinimal(TestRules.defaults(), plan);
        assertMilestoneNearerAndMinimal(TestRules.defaults(), plan);
        return plan;
    }

    /** Three SENIOR gaps (NOT_YET): one change, two changes, and one longer change. */
    private static Profile threeGaps() {
        return Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                .with("mentoring", 1).with("mentees", 0)   // mentoring: two changes
                .with("designDocs", 0)                     // design-docs-and-postmortems: 0 → 2
                .with("gameDays", 0)                       // resilience-testing: 0 → 1
                .build();
    }

    @Nested
    class Milestone {

        @Test
        void shouldReachAlmostFirstWithTheFewestChangesThenReady() {
            Plan plan = plan(threeGaps());

            assertThat(plan.before().verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(plan.changes()).hasSize(4);
            assertThat(plan.milestone()).hasValueSatisfying(milestone -> {
                assertThat(milestone.verdict()).isEqualTo(Verdict.ALMOST);
                assertThat(milestone.changes()).containsExactly(new Change("gameDays", 0, 1));
                assertThat(milestone.after().verdict()).isEqualTo(Verdict.ALMOST);
                assertThat(milestone.after().findings(FindingKind.GAP)).extracting(finding -> finding.code())
                        .containsExactlyInAnyOrder("design-docs-and-postmortems", "mentoring");
            });
            assertThat(plan.groups()).extracting(group -> group.finding().code())
                    .containsExactly("design-docs-and-postmortems", "mentoring");
            assertThat(plan.after().verdict()).isEqualTo(Verdict.READY);
        }

        @Test
        void shouldCloseEveryBlockerAndTrapOnTheWayToAlmost() {
            Profile profile = Profiles.exemplary().level(Levels.SENIOR).target(Levels.STAFF)
                    .with("handsOnIncidentShare", 0.7).with("mentees", 0)  // trap wont-let-go and a blocker
                    .with("technicalVision", 1).with("incidentClassesEliminated", 0).with("engineersEnabled", 10)
                    .build();

            Plan plan = plan(profile);

            assertThat(plan.milestone()).hasValueSatisfying(milestone -> {
                assertThat(milestone.changes()).extracting(Change::key).contains("mentees");
                assertThat(milestone.after().findings(FindingKind.BLOCKER)).isEmpty();
                assertThat(milestone.after().findings(FindingKind.TRAP)).isEmpty();
            });
        }

        @Test
        void shouldGiveNoneWhenTheProfileIsAlreadyAlmost() {
            Profile diego = read("samples/diego-ramirez-junior-two-gaps.yaml");

            Plan plan = plan(diego);

            assertThat(plan.before().verdict()).isEqualTo(Verdict.ALMOST);
            assertThat(plan.milestone()).isEmpty();
            assertThat(plan.rest()).isEqualTo(plan.steps());
        }

        @Test
        void shouldGiveNoneWhenAlmostIsNoNearerThanReady() {
            Profile hannah = read("samples/hannah-okafor-mid-plateau-one-gap.yaml");

            Plan plan = plan(hannah);

            assertThat(plan.before().verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(plan.milestone()).as("the trap's way out clears the one gap too").isEmpty();
        }
    }

    @Nested
    class Order {

        @Test
        void shouldKeepBlockersFirstAndPutTheCheapestGapFirstWithinTheGaps() {
            Profile profile = Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("yearsInLevel", 1)                                        // no plateau trap
                    .with("slos", 2).with("slosDefined", 0)                          // MID blocker: two changes
                    .with("crossTeamInfluence", 1).with("crossTeamInitiatives", 0)  // SENIOR gap: two changes
                    .with("gameDays", 0)                                            // SENIOR gap: one change
                    .build();

            Plan plan = plan(profile);

            assertThat(plan.milestone()).as("the blocker alone holds the verdict at NOT_YET").isPresent();
            List<Group> milestone = plan.milestone().orElseThrow().groups();
            assertThat(milestone).extracting(group -> group.finding().kind(), group -> group.finding().code())
                    .containsExactly(tuple(FindingKind.BLOCKER, "slo-driven-thinking"));
            assertThat(plan.groups()).extracting(group -> group.finding().code())
                    .as("one change before two, though cross-team-influence comes first by name")
                    .containsExactly("resilience-testing", "cross-team-influence");
            assertThat(milestone.get(0).steps()).extracting(step -> step.change().key(),
                    step -> step.action().judgement())
                    .as("what to do before what to judge")
                    .containsExactly(tuple("slosDefined", false), tuple("slos", true));
        }

        @Test
        void shouldKeepTheContractOrderForTheChangesThemselves() {
            Plan plan = plan(threeGaps());

            assertThat(plan.changes()).extracting(Change::key)
                    .containsExactly("designDocs", "mentoring", "mentees", "gameDays");
        }
    }

    @Nested
    class DoOrJudge {

        @Test
        void shouldCallEvidenceSomethingToDoInTheLaddersWords() {
            Step gameDays = step(plan(threeGaps()), "gameDays");

            assertThat(gameDays.action()).isInstanceOfSatisfying(Action.Do.class, action -> {
                assertThat(action.key().name()).isEqualTo("gameDays");
                assertThat(action.key().meaning()).isEqualTo("game days or fault-injection exercises designed and run");
            });
        }

        @Test
        void shouldCallARatingAJudgementWithWhatTheRatingMeansAndItsEvidence() {
            Step mentoring = step(plan(threeGaps()), "mentoring");

            assertThat(mentoring.action()).isInstanceOfSatisfying(Action.Judge.class, judge -> {
                assertThat(judge.meaning()).isEqualTo(Ladder.article().scale().get(3))
                        .isEqualTo("proficient, independently and consistently");
                assertThat(judge.backedBy()).extracting(ProfileKey::name).containsExactly("mentees");
            });
        }

        @Test
        void shouldNameTheBackingEvidenceOfTheWholeExpectationEvenWhenItIsMet() {
            Profile profile = Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("resilienceTesting", 1).with("gameDays", 2).build();

            Step rating = step(plan(profile), "resilienceTesting");

            assertThat(rating.action()).isInstanceOfSatisfying(Action.Judge.class, judge ->
                    assertThat(judge.backedBy()).extracting(ProfileKey::name).containsExactly("gameDays"));
        }

        @Test
        void shouldNameNoEvidenceForARatingItsExpectationAsksAlone() {
            Profile profile = Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("capacityPlanning", 2).build();

            Step rating = step(plan(profile), "capacityPlanning");

            assertThat(rating.action()).isInstanceOfSatisfying(Action.Judge.class, judge ->
                    assertThat(judge.backedBy()).isEmpty());
        }
    }

    private static Step step(Plan plan, String key) {
        return plan.steps().stream().filter(step -> step.change().key().equals(key)).findFirst().orElseThrow();
    }

    private static Profile read(String file) {
        return new ProfileReader().read(Path.of(file), Ladder.article()).profile();
    }
}
