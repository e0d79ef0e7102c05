package dev.sreladder.cycle;

import static dev.sreladder.cycle.CycleRules.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.profile.Profile;
import dev.sreladder.testing.TestRules;

/**
 * The four cases a returning candidate's packet tells apart (neither, the engineer only, the rules
 * only, both), and a finding the rules cleared that the engineer brought back, from real evaluations:
 * Maya Chen last cycle under the default rules, this cycle under the same rules or a tuned copy.
 */
class SinceLastCycleTest {

    @TempDir
    static Path tunedFolder;
    static RuleSet tuned;

    private final Profile maya = CycleRules.maya();
    private final Evaluation recorded = evaluate(TestRules.defaults(), maya);

    @BeforeAll
    static void compileThisCyclesRules() {
        tuned = CycleRules.tuned(tunedFolder);
    }

    @AfterAll
    static void close() {
        tuned.close();
    }

    /** Maya a cycle later: she took on mentoring and a mentee, and a year and a half went by. */
    private Profile grown() {
        return maya.with("mentoring", 3).with("mentees", 1).with("yearsInLevel", 4);
    }

    private SinceLastCycle since(RuleSet thisCycle, Profile now) {
        return SinceLastCycle.compare("2026-H1", recorded, Optional.of("defer"), evaluate(thisCycle, maya),
                evaluate(thisCycle, now));
    }

    @Test
    void shouldSayNothingChangedWhenNeitherTheEngineerNorTheRulesDid() {
        SinceLastCycle since = since(TestRules.defaults(), maya);

        assertThat(since.unchanged()).isTrue();
        assertThat(since.previousCycle()).isEqualTo("2026-H1");
        assertThat(since.previousVerdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(since.previousScore()).isEqualTo(62);
        assertThat(since.previousDecision()).contains("defer");
    }

    @Test
    void shouldCreditTheEngineerWhenOnlyTheProfileChanged() {
        Evaluation now = evaluate(TestRules.defaults(), grown());

        SinceLastCycle since = since(TestRules.defaults(), grown());

        assertThat(since.clearedByEngineer()).containsExactly("mentoring");
        assertThat(since.newByEngineer()).as("four years at MID spring the plateau").containsExactly(
                "mid-level-plateau");
        assertThat(since.clearedByRules()).isEmpty();
        assertThat(since.newByRules()).isEmpty();
        assertThat(now.findings(FindingKind.NOTE)).as("a note does not stand in the way, so it is not new")
                .extracting(finding -> finding.code()).contains("tenure-is-not-readiness");
        assertThat(since.unchanged()).isFalse();
    }

    @Test
    void shouldBlameTheRulesWhenOnlyTheRulesChanged() {
        SinceLastCycle since = since(tuned, maya);

        assertThat(since.clearedByRules()).containsExactly("clear-writing");
        assertThat(since.newByRules()).containsExactly("staying-current");
        assertThat(since.clearedByEngineer()).isEmpty();
        assertThat(since.newByEngineer()).isEmpty();
        assertThat(since.previousScore()).as("what last cycle recorded, not last cycle under these rules")
                .isEqualTo(62);
    }

    @Test
    void shouldTellBothApartWhenTheEngineerAndTheRulesChanged() {
        SinceLastCycle since = since(tuned, maya.with("mentoring", 3).with("mentees", 1));

        assertThat(since.clearedByEngineer()).containsExactly("mentoring");
        assertThat(since.clearedByRules()).containsExactly("clear-writing");
        assertThat(since.newByEngineer()).isEmpty();
        assertThat(since.newByRules()).containsExactly("staying-current");
    }

    @Test
    void shouldShowAFindingTheRulesClearedAndTheEngineerBroughtBack() {
        SinceLastCycle since = since(tuned, maya.with("writing", 1));

        assertThat(since.clearedByRules()).containsExactly("clear-writing");
        assertThat(since.newByEngineer()).as("a blocker at MID and the gap at SENIOR, named once")
                .containsExactly("clear-writing");
        assertThat(since.clearedByEngineer()).isEmpty();
        assertThat(since.newByRules()).containsExactly("staying-current");
    }

    @Test
    void shouldListCodesInReadingOrderBlockersFirst() {
        Profile slipped = maya.with("slos", 2).with("yearsInLevel", 4).with("stayingCurrent", 2);

        SinceLastCycle since = since(TestRules.defaults(), slipped);

        assertThat(since.newByEngineer()).as("a blocker, a trap, a gap: not the alphabet's order")
                .containsExactly("slo-driven-thinking", "mid-level-plateau", "staying-current");
    }
}
