package dev.sreladder.evaluation;

import static dev.sreladder.testing.TestRules.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.ladder.Level;
import dev.sreladder.testing.Profiles;

/**
 * One scenario per condition of every default expectation (PRODUCT.md, "Default rule set:
 * expectations"): at the threshold it is met; one below, it is a BLOCKER at the engineer's own
 * level and a GAP at a level above, with {@code requires} naming the condition to meet.
 */
class ExpectationRulesTest {

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of(Levels.JUNIOR, "incident-response-fundamentals", "incidentResponse", 2),
                Arguments.of(Levels.JUNIOR, "observability-literacy", "observability", 2),
                Arguments.of(Levels.JUNIOR, "automation-basics", "automation", 2),
                Arguments.of(Levels.JUNIOR, "automation-basics", "toilAutomated", 1),
                Arguments.of(Levels.JUNIOR, "clear-writing", "writing", 1),
                Arguments.of(Levels.JUNIOR, "customer-empathy", "customerEmpathy", 1),
                Arguments.of(Levels.MID, "primary-on-call", "incidentResponse", 3),
                Arguments.of(Levels.MID, "primary-on-call", "incidentsAsPrimary", 3),
                Arguments.of(Levels.MID, "service-ownership", "serviceOwnership", 3),
                Arguments.of(Levels.MID, "service-ownership", "servicesOwned", 1),
                Arguments.of(Levels.MID, "slo-driven-thinking", "slos", 3),
                Arguments.of(Levels.MID, "slo-driven-thinking", "slosDefined", 1),
                Arguments.of(Levels.MID, "infrastructure-as-code", "infrastructureAsCode", 3),
                Arguments.of(Levels.MID, "infrastructure-as-code", "iacReviews", 5),
                Arguments.of(Levels.MID, "production-debugging", "productionDebugging", 3),
                Arguments.of(Levels.MID, "capacity-planning-contribution", "capacityPlanning", 2),
                Arguments.of(Levels.MID, "clear-writing", "writing", 2),
                Arguments.of(Levels.MID, "staying-current", "stayingCurrent", 2),
                Arguments.of(Levels.MID, "customer-empathy", "customerEmpathy", 2),
                Arguments.of(Levels.SENIOR, "resilience-testing", "resilienceTesting", 3),
                Arguments.of(Levels.SENIOR, "resilience-testing", "gameDays", 1),
                Arguments.of(Levels.SENIOR, "cross-team-influence", "crossTeamInfluence", 3),
                Arguments.of(Levels.SENIOR, "cross-team-influence", "crossTeamInitiatives", 1),
                Arguments.of(Levels.SENIOR, "design-docs-and-postmortems", "designDocs", 2),
                Arguments.of(Levels.SENIOR, "design-docs-and-postmortems", "postmortemsLed", 2),
                Arguments.of(Levels.SENIOR, "capacity-and-cost", "capacityPlanning", 3),
                Arguments.of(Levels.SENIOR, "mentoring", "mentoring", 3),
                Arguments.of(Levels.SENIOR, "mentoring", "mentees", 1),
                Arguments.of(Levels.SENIOR, "clear-writing", "writing", 3),
                Arguments.of(Levels.SENIOR, "staying-current", "stayingCurrent", 3),
                Arguments.of(Levels.STAFF, "standards-and-platforms", "platformBuilding", 3),
                Arguments.of(Levels.STAFF, "standards-and-platforms", "engineersEnabled", 20),
                Arguments.of(Levels.STAFF, "incident-learning-systems", "incidentLearning", 3),
                Arguments.of(Levels.STAFF, "incident-learning-systems", "incidentClassesEliminated", 1),
                Arguments.of(Levels.STAFF, "technical-vision", "technicalVision", 3),
                Arguments.of(Levels.STAFF, "technical-vision", "leadershipPresentations", 2),
                Arguments.of(Levels.STAFF, "organizational-influence", "crossTeamInfluence", 4),
                Arguments.of(Levels.STAFF, "organizational-influence", "crossTeamInitiatives", 3),
                Arguments.of(Levels.STAFF, "customer-empathy", "customerEmpathy", 3));
    }

    static Stream<Arguments> conditionsAboveJunior() {
        return conditions().filter(arguments -> arguments.get()[0] != Levels.JUNIOR);
    }

    @ParameterizedTest(name = "{0} {1}: {2} = {3} meets it")
    @MethodSource("conditions")
    void shouldBeMetAtTheThreshold(Level level, String code, String key, int threshold) {
        Evaluation evaluation = evaluate(Profiles.exemplary().level(level).target(level).with(key, threshold).build());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
        assertThat(evaluation.findings(FindingKind.MET)).extracting(Finding::code, Finding::level)
                .contains(tuple(code, level));
        assertThat(evaluation.score()).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0} {1}: {2} below {3} is a blocker at the engineer's own level")
    @MethodSource("conditions")
    void shouldBeABlockerBelowTheThresholdAtTheEngineersOwnLevel(Level level, String code, String key,
            int threshold) {
        Evaluation evaluation = evaluate(
                Profiles.exemplary().level(level).target(level).with(key, threshold - 1).build());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(evaluation.findings(FindingKind.BLOCKER))
                .extracting(Finding::code, Finding::level, Finding::message, Finding::requires)
                .containsExactly(tuple(code, level, key + " is " + (threshold - 1) + ", needs ≥ " + threshold,
                        java.util.List.of(Requirement.atLeast(key, threshold))));
        assertThat(evaluation.findings(FindingKind.GAP)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: {2} below {3} is a gap for the level below")
    @MethodSource("conditionsAboveJunior")
    void shouldBeAGapBelowTheThresholdForTheLevelBelow(Level level, String code, String key, int threshold) {
        Level below = Ladder.article().levels().get(level.rank() - 1);
        Evaluation evaluation = evaluate(
                Profiles.exemplary().level(below).target(level).with(key, threshold - 1).build());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(evaluation.findings(FindingKind.GAP))
                .extracting(Finding::code, Finding::level, Finding::requires)
                .containsExactly(tuple(code, level, java.util.List.of(Requirement.atLeast(key, threshold))));
        assertThat(evaluation.findings(FindingKind.BLOCKER)).isEmpty();
        assertThat(evaluation.findings(FindingKind.TRAP)).isEmpty();
    }
}
