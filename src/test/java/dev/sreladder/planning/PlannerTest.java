package dev.sreladder.planning;

import static dev.sreladder.planning.PlanAssertions.assertOrderedBlockersTrapsGaps;
import static dev.sreladder.planning.PlanAssertions.assertMilestoneNearerAndMinimal;
import static dev.sreladder.planning.PlanAssertions.assertReadyAndMinimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.testing.Profiles;
import dev.sreladder.testing.TestRules;

/** Plans under the default rules: READY once applied, nothing to spare, in the contract's order. */
class PlannerTest {

    private final Planner planner = new Planner(new Evaluator());

    static Stream<Path> samples() {
        return ProfileFiles.inFolder(Path.of("samples")).stream();
    }

    private Plan plan(Profile profile, Level target) {
        return planner.plan(TestRules.defaults(), profile, target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldMakeEverySampleReadyWithChangesThatCannotBeDroppedAndAlmostFirstWhenNearer(Path sample) {
        Profile profile = new ProfileReader().read(sample, Ladder.article()).profile();

        for (Level target : Ladder.article().levels()) {
            if (!target.isBelow(profile.level())) {
                Plan plan = plan(profile, target);
                assertReadyAndMinimal(TestRules.defaults(), plan);
                assertMilestoneNearerAndMinimal(TestRules.defaults(), plan);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("levels")
    void shouldPlanNothingForAProfileThatIsAlreadyReady(Level level) {
        Profile profile = Profiles.exemplary().level(level).build();

        for (Level target : Ladder.article().levels()) {
            if (!target.isBelow(level)) {
                Plan plan = plan(profile, target);
                assertThat(plan.reachable()).isTrue();
                assertThat(plan.steps()).isEmpty();
                assertThat(plan.after().verdict()).isEqualTo(Verdict.READY);
            }
        }
    }

    @Test
    void shouldGiveTheChangesOfMayaChenFromTheRequiresOfHerGaps() {
        Profile maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();

        Plan plan = plan(maya, null);

        assertThat(plan.target()).isEqualTo(Levels.SENIOR);
        assertThat(plan.before().verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(plan.steps()).extracting(step -> step.change().key(), step -> step.change().from(),
                step -> step.change().to(), step -> step.reason().code())
                .containsExactly(
                        tuple("capacityPlanning", 2.0, 3.0, "capacity-and-cost"),
                        tuple("writing", 2.0, 3.0, "clear-writing"),
                        tuple("crossTeamInfluence", 1.0, 3.0, "cross-team-influence"),
                        tuple("crossTeamInitiatives", 0.0, 1.0, "cross-team-influence"),
                        tuple("designDocs", 0.0, 2.0, "design-docs-and-postmortems"),
                        tuple("postmortemsLed", 1.0, 2.0, "design-docs-and-postmortems"),
                        tuple("mentoring", 1.0, 3.0, "mentoring"),
                        tuple("mentees", 0.0, 1.0, "mentoring"),
                        tuple("resilienceTesting", 1.0, 3.0, "resilience-testing"),
                        tuple("gameDays", 0.0, 1.0, "resilience-testing"));
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.reason().advice()).isNotBlank());
    }

    @Test
    void shouldPutBlockersFirstThenTrapsThenGaps() {
        Profile profile = Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR).with("yearsInLevel", 3)
                .with("gameDays", 0)                                            // SENIOR gap resilience-testing
                .with("crossTeamInfluence", 1).with("crossTeamInitiatives", 0)  // trap mid-level-plateau
                .with("slosDefined", 0)                                         // MID blocker slo-driven-thinking
                .build();

        Plan plan = plan(profile, null);

        assertReadyAndMinimal(TestRules.defaults(), plan);
        assertThat(plan.steps()).extracting(step -> step.reason().kind(), step -> step.reason().code(),
                step -> step.change().key())
                .containsExactly(
                        tuple(FindingKind.BLOCKER, "slo-driven-thinking", "slosDefined"),
                        tuple(FindingKind.TRAP, "mid-level-plateau", "crossTeamInfluence"),
                        tuple(FindingKind.TRAP, "mid-level-plateau", "crossTeamInitiatives"),
                        tuple(FindingKind.GAP, "resilience-testing", "gameDays"));
    }

    @Test
    void shouldNameEveryFindingAChangeHelpsClearMostPressingFirst() {
        Profile profile = Profiles.exemplary().level(Levels.SENIOR).target(Levels.STAFF)
                .with("handsOnIncidentShare", 0.7).with("mentees", 0)  // trap wont-let-go, and the mentoring blocker
                .with("technicalVision", 1)                           // STAFF gap technical-vision
                .build();

        Plan plan = plan(profile, null);

        assertReadyAndMinimal(TestRules.defaults(), plan);
        assertThat(plan.steps()).extracting(step -> step.change().key()).containsExactly("mentees",
                "technicalVision");
        assertThat(plan.steps().get(0).closes()).extracting(finding -> finding.kind(), finding -> finding.code())
                .containsExactly(tuple(FindingKind.BLOCKER, "mentoring"), tuple(FindingKind.TRAP, "wont-let-go"));
    }

    @Test
    void shouldOrderATrapsWayOutBeforeTheGaps() {
        Profile hannah = new ProfileReader().read(Path.of("samples/hannah-okafor-mid-plateau-one-gap.yaml"),
                Ladder.article())
                .profile();

        Plan plan = plan(hannah, null);

        assertReadyAndMinimal(TestRules.defaults(), plan);
        assertThat(plan.steps()).extracting(step -> step.reason().kind(), step -> step.reason().code(),
                step -> step.change().key(), step -> step.change().to())
                .containsExactly(
                        tuple(FindingKind.TRAP, "mid-level-plateau", "crossTeamInfluence", 3.0),
                        tuple(FindingKind.TRAP, "mid-level-plateau", "crossTeamInitiatives", 1.0));
        assertThat(plan.steps().get(0).closes()).extracting(finding -> finding.code())
                .containsExactly("mid-level-plateau", "cross-team-influence");
        assertOrderedBlockersTrapsGaps(plan);
    }

    @Test
    void shouldKeepTheProfileItselfUnchanged() {
        Profile maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();

        Plan plan = plan(maya, null);

        assertThat(plan.profile()).isSameAs(maya);
        assertThat(maya.value("gameDays")).isZero();
        assertThat(plan.before().profile()).isEqualTo(maya);
    }

    static java.util.List<Level> levels() {
        return Ladder.article().levels();
    }
}
