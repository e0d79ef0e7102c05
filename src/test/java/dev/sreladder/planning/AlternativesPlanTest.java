package dev.sreladder.planning;

import static dev.sreladder.evaluation.RuleApi.atLeast;
import static dev.sreladder.evaluation.RuleApi.atLeastOf;
import static dev.sreladder.planning.PlanAssertions.assertReadyAndMinimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.change.SmallestChange.Choosing;
import dev.sreladder.change.SmallestChange;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Profile;
import dev.sreladder.testing.FormsRules;

/** The planner on expectations and a trap with alternatives: the fewest changes, and none that is not needed. */
class AlternativesPlanTest {

    @TempDir
    static Path rulesDir;

    private static RuleSet rules;

    @TempDir
    Path otherDir;

    private final Planner planner = new Planner(new Evaluator());

    @BeforeAll
    static void compile() {
        rules = FormsRules.compile(rulesDir);
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    private Plan plan(Map<String, Double> changes) {
        Plan plan = planner.plan(rules, FormsRules.ready(changes), null);
        assertReadyAndMinimal(rules, plan);
        return plan;
    }

    @Test
    void shouldMeetOneMoreAlternativeWithTheFirstOfEqualsWhenOneMoreIsMissing() {
        Plan plan = plan(Map.of("gameDays", 0.0, "mentees", 3.0));

        assertThat(plan.changes()).extracting(Change::key, Change::from, Change::to)
                .containsExactly(tuple("gameDays", 0.0, 1.0));
    }

    @Test
    void shouldMeetAsManyAlternativesAsAreMissing() {
        Plan plan = plan(Map.of("gameDays", 0.0, "mentees", 0.0));

        assertThat(plan.changes()).extracting(Change::key).containsExactly("gameDays", "mentees");
    }

    @Test
    void shouldPickTheAlternativeNeedingFewestChangesOverTheFirstWritten() {
        Plan plan = plan(Map.of("incidentsCommanded", 0.0, "writing", 0.0));

        assertThat(plan.changes()).as("one postmortem more than two changes for command and writing")
                .extracting(Change::key, Change::to).containsExactly(tuple("postmortemsLed", 2.0));
    }

    @Test
    void shouldPickTheFirstWrittenAlternativeWhenBothNeedOneChange() {
        Plan plan = plan(Map.of("incidentsCommanded", 1.0));

        assertThat(plan.changes()).extracting(Change::key, Change::to)
                .containsExactly(tuple("incidentsCommanded", 2.0));
    }

    @Test
    void shouldMeetAnAtLeastOfWithOneChangeThatMeetsTwoOfItsAlternatives() {
        Profile profile = FormsRules.ready(Map.of("gameDays", 0.0, "mentees", 0.0));
        Condition twoOnOneKey = atLeastOf(2, atLeast("designDocs", 1), atLeast("gameDays", 1),
                atLeast("designDocs", 2));

        assertThat(SmallestChange.meeting(twoOnOneKey, profile, Choosing.FEWEST_OVERALL)).hasValueSatisfying(met -> {
            assertThat(met.value("designDocs")).isEqualTo(2);
            assertThat(met.value("gameDays")).isZero();
        });
    }

    /**
     * Where the two ways of choosing part: the rule trial's way out takes the first of the cheapest
     * alternatives (designDocs to 1), then the first of the cheapest left (gameDays): two changes,
     * where the plan's one change (designDocs to 2) meets two alternatives at once.
     */
    @Test
    void shouldMeetAnAtLeastOfCheapestFirstForATrialsWayOut() {
        Profile profile = FormsRules.ready(Map.of("gameDays", 0.0, "mentees", 0.0));
        Condition twoOnOneKey = atLeastOf(2, atLeast("designDocs", 1), atLeast("gameDays", 1),
                atLeast("designDocs", 2));

        assertThat(SmallestChange.meeting(twoOnOneKey, profile, Choosing.CHEAPEST_FIRST)).hasValueSatisfying(met -> {
            assertThat(met.value("designDocs")).isEqualTo(1);
            assertThat(met.value("gameDays")).isEqualTo(1);
        });
    }

    @Test
    void shouldDropATrapsAlternativeThatAGapsChangeMakesNeedless() {
        Plan plan = plan(Map.of("incidentsAsPrimary", 12.0, "gameDays", 0.0));

        assertThat(plan.before().findings(FindingKind.TRAP)).extracting(finding -> finding.code())
                .containsExactly("only-firefighting");
        assertThat(plan.changes()).as("a game day clears the trap and is the gap's second way")
                .extracting(Change::key, Change::to).containsExactly(tuple("gameDays", 1.0));
        assertThat(plan.steps().get(0).closes()).extracting(finding -> finding.code())
                .containsExactly("only-firefighting", "resilience-practice");
    }

    @Test
    void shouldSayWhatBlocksItWhenNoAlternativeCanBeMet() {
        String drl = """
                package rules;

                import dev.sreladder.profile.Profile;
                import dev.sreladder.evaluation.Checking;
                import dev.sreladder.evaluation.Promotion;
                import function dev.sreladder.evaluation.RuleApi.anyOf;
                import function dev.sreladder.evaluation.RuleApi.atLeast;
                import function dev.sreladder.evaluation.RuleApi.expectation;
                import function dev.sreladder.evaluation.RuleApi.trap;

                rule "A mid-level SRE handles incidents as primary"
                    @code("primary-on-call")
                    @section("Mid-Level: Owning Systems, Not Just Tasks")
                when
                    Checking(level == "MID")
                then
                    insert(expectation(drools, "Take the pager.", atLeast("incidentsAsPrimary", 3)));
                end

                rule "A mid-level SRE who leads no postmortem asks too much of the scale"
                    @code("asks-too-much")
                    @section("Mid-Level: Owning Systems, Not Just Tasks")
                when
                    Promotion(from == "MID")
                    $profile : Profile(value("postmortemsLed") == 0)
                then
                    insert(trap(drools, $profile, "{postmortemsLed} postmortems", "Beyond the scale.",
                        anyOf(atLeast("writing", 5), atLeast("mentoring", 6))));
                end
                """;
        try (RuleSet impossible = FormsRules.compile(otherDir, drl)) {
            Plan plan = planner.plan(impossible, FormsRules.ready(Map.of()), null);

            assertThat(plan.reachable()).isFalse();
            assertThat(plan.obstacles()).containsExactly("TRAP asks-too-much [MID]: any of (writing ≥ 5, "
                    + "mentoring ≥ 6) cannot be met: writing is a whole number from 0 to 4; mentoring is a whole "
                    + "number from 0 to 4");
        }
    }

    @Test
    void shouldChangeNothingWhenEveryAlternativeAlreadyHolds() {
        Plan plan = planner.plan(rules, FormsRules.ready(Map.of()), null);

        assertThat(plan.reachable()).isTrue();
        assertThat(plan.changes()).isEqualTo(List.of());
    }
}
