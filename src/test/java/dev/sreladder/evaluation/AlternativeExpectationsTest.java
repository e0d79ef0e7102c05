package dev.sreladder.evaluation;

import static dev.sreladder.evaluation.RuleApi.anyOf;
import static dev.sreladder.evaluation.RuleApi.atLeast;
import static dev.sreladder.evaluation.RuleApi.atLeastOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.profile.Profile;
import dev.sreladder.testing.FormsRules;
import dev.sreladder.testing.Levels;

/** Expectations and a trap written with "any of" and "at least N of", evaluated as a maintainer wrote them. */
class AlternativeExpectationsTest {

    @TempDir
    static Path rulesDir;

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = FormsRules.compile(rulesDir);
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    private Evaluation evaluate(Map<String, Double> changes) {
        return new Evaluator().evaluate(rules, FormsRules.ready(changes), null);
    }

    private static Finding finding(Evaluation evaluation, String code) {
        return evaluation.findings().stream().filter(finding -> finding.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + code + " in " + evaluation.findings()));
    }

    @Test
    void shouldMeetAnExpectationWhenEnoughOfItsAlternativesHold() {
        Evaluation evaluation = evaluate(Map.of());

        assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
        assertThat(finding(evaluation, "resilience-practice")).satisfies(met -> {
            assertThat(met.kind()).isEqualTo(FindingKind.MET);
            assertThat(met.message()).isEqualTo("resilienceTesting is 3, needs ≥ 3; "
                    + "needs 2 of: gameDays ≥ 1 (is 1), mentees ≥ 1 (is 1), designDocs ≥ 2 (is 0)");
            assertThat(met.requires()).isEmpty();
        });
        assertThat(finding(evaluation, "incident-learning").kind()).isEqualTo(FindingKind.MET);
    }

    @Test
    void shouldSayWhatEachAlternativeNeedsAndHasInAGap() {
        Evaluation evaluation = evaluate(Map.of("gameDays", 0.0, "mentees", 3.0));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(finding(evaluation, "resilience-practice")).satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo(FindingKind.GAP);
            assertThat(gap.message())
                    .isEqualTo("needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 3), designDocs ≥ 2 (is 0)");
            assertThat(gap.requires()).as("one more of the two not met yet")
                    .containsExactly(anyOf(atLeast("gameDays", 1), atLeast("designDocs", 2)));
        });
    }

    @Test
    void shouldKeepAPlainConditionBesideAnAlternativeInRequires() {
        Evaluation evaluation = evaluate(Map.of("resilienceTesting", 2.0, "gameDays", 0.0, "mentees", 0.0));

        assertThat(finding(evaluation, "resilience-practice")).satisfies(gap -> {
            assertThat(gap.message()).isEqualTo("resilienceTesting is 2, needs ≥ 3; "
                    + "needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 0), designDocs ≥ 2 (is 0)");
            assertThat(gap.requires()).containsExactly(atLeast("resilienceTesting", 3),
                    atLeastOf(2, atLeast("gameDays", 1), atLeast("mentees", 1), atLeast("designDocs", 2)));
        });
    }

    @Test
    void shouldReduceANestedGroupToWhatIsStillMissing() {
        Evaluation evaluation = evaluate(Map.of("incidentsCommanded", 1.0));

        assertThat(finding(evaluation, "incident-learning")).satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo(FindingKind.GAP);
            assertThat(gap.message()).isEqualTo("needs any of: at least 2 of (incidentsCommanded ≥ 2 (is 1), "
                    + "writing ≥ 3 (is 3)), postmortemsLed ≥ 2 (is 0)");
            assertThat(gap.requires()).as("writing holds: one change of either kind is enough")
                    .containsExactly(anyOf(atLeast("incidentsCommanded", 2), atLeast("postmortemsLed", 2)));
        });
    }

    @Test
    void shouldBeABlockerAtTheEngineersOwnLevel() {
        Profile senior = FormsRules.ready(Map.of("designDocs", 0.0, "gameDays", 0.0)).at(Levels.SENIOR, Levels.SENIOR);

        Evaluation evaluation = new Evaluator().evaluate(rules, senior, null);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(finding(evaluation, "resilience-practice")).satisfies(blocker -> {
            assertThat(blocker.kind()).isEqualTo(FindingKind.BLOCKER);
            assertThat(blocker.message())
                    .isEqualTo("needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 1), designDocs ≥ 2 (is 0)");
            assertThat(blocker.requires()).containsExactly(anyOf(atLeast("gameDays", 1), atLeast("designDocs", 2)));
        });
    }

    @Test
    void shouldGiveATrapWhoseWayOutIsAnyOfItsAlternatives() {
        Evaluation evaluation = evaluate(Map.of("incidentsAsPrimary", 12.0, "gameDays", 0.0, "mentees", 1.0,
                "designDocs", 0.0));

        assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(finding(evaluation, "only-firefighting")).satisfies(trap -> {
            assertThat(trap.kind()).isEqualTo(FindingKind.TRAP);
            assertThat(trap.message()).isEqualTo("12 incidents as primary, 0 game days, 0 design docs");
            assertThat(trap.requires()).containsExactly(anyOf(atLeast("designDocs", 1), atLeast("gameDays", 1)));
        });
    }

    @Test
    void shouldCountAnExpectationWithAlternativesInTheScoreLikeAnyOther() {
        Evaluation evaluation = evaluate(Map.of("postmortemsLed", 0.0, "writing", 1.0));

        assertThat(evaluation.expectationsChecked()).isEqualTo(3);
        assertThat(evaluation.score()).isEqualTo(66);
        assertThat(evaluation.findings(FindingKind.GAP)).extracting(Finding::code).containsExactly("incident-learning");
    }
}
