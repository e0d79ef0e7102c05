package dev.sreladder.evaluation;

import static dev.sreladder.testing.TestRules.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;

/** The verdict rules at their edges, the score, the two notes, and how the target is chosen. */
class VerdictAndNotesTest {

    /** A mid-level engineer aiming at senior, with the given senior expectations left unmet. */
    private static Profiles midWithSeniorGaps(int gaps) {
        Profiles profile = Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR);
        String[] unmet = {"gameDays", "designDocs", "capacityPlanning", "mentees"};
        for (int i = 0; i < gaps; i++) {
            profile.with(unmet[i], unmet[i].equals("capacityPlanning") ? 2 : 0);
        }
        return profile;
    }

    @Nested
    class Verdict_ {

        @Test
        void shouldBeReadyWithNothingInTheWay() {
            Evaluation evaluation = evaluate(midWithSeniorGaps(0).build());

            assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
            assertThat(evaluation.score()).isEqualTo(100);
            assertThat(evaluation.verdictRule()).isEqualTo("Nothing standing in the way makes the verdict ready");
        }

        @Test
        void shouldBeAlmostWithOneGap() {
            assertThat(evaluate(midWithSeniorGaps(1).build()).verdict()).isEqualTo(Verdict.ALMOST);
        }

        @Test
        void shouldBeAlmostWithTwoGaps() {
            Evaluation evaluation = evaluate(midWithSeniorGaps(2).build());

            assertThat(evaluation.findings(FindingKind.GAP)).hasSize(2);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.ALMOST);
            assertThat(evaluation.verdictRule()).isEqualTo("One or two gaps make the verdict almost");
        }

        @Test
        void shouldBeNotYetWithThreeGaps() {
            Evaluation evaluation = evaluate(midWithSeniorGaps(3).build());

            assertThat(evaluation.findings(FindingKind.GAP)).hasSize(3);
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(evaluation.verdictRule()).isEqualTo("Three or more gaps hold the verdict at not yet");
        }

        @Test
        void shouldBeNotYetWithABlockerAndNoGap() {
            Evaluation evaluation = evaluate(midWithSeniorGaps(0).with("slosDefined", 0).build());

            assertThat(evaluation.findings(FindingKind.GAP)).isEmpty();
            assertThat(evaluation.findings(FindingKind.BLOCKER)).extracting(Finding::code)
                    .containsExactly("slo-driven-thinking");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(evaluation.verdictRule()).isEqualTo("A blocker or a trap holds the verdict at not yet");
        }

        @Test
        void shouldScoreMetOverCheckedRoundedDown() {
            // MID (9) and SENIOR (7) are checked; 3 unmet leaves 13 of 16 = 81.25%.
            assertThat(evaluate(midWithSeniorGaps(3).build()).score()).isEqualTo(81);
            // Two levels up: JUNIOR 5 + MID 9 + SENIOR 7 = 21 checked.
            Evaluation twoUp = evaluate(Profiles.exemplary().level(Levels.JUNIOR).target(Levels.SENIOR)
                    .with("gameDays", 0).build());
            assertThat(twoUp.findings()).filteredOn(finding -> finding.kind() != FindingKind.NOTE).hasSize(21);
            assertThat(twoUp.score()).isEqualTo(95);
        }
    }

    @Nested
    class Target {

        @Test
        void shouldDefaultToTheNextLevel() {
            assertThat(evaluate(Profiles.exemplary().level(Levels.MID).build()).target()).isEqualTo(Levels.SENIOR);
        }

        @Test
        void shouldStayAtStaffForAStaffEngineer() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.STAFF).build());

            assertThat(evaluation.target()).isEqualTo(Levels.STAFF);
            assertThat(evaluation.findings()).extracting(Finding::level).containsOnly(Levels.STAFF);
        }

        @Test
        void shouldCheckOnlyTheCurrentLevelWhenTheTargetIsTheCurrentLevel() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.SENIOR).build(), Levels.SENIOR);

            assertThat(evaluation.findings()).extracting(Finding::level).containsOnly(Levels.SENIOR);
            assertThat(evaluation.findings()).hasSize(7);
        }

        @Test
        void shouldRejectATargetBelowTheCurrentLevel() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> evaluate(Profiles.exemplary().level(Levels.SENIOR).build(), Levels.MID))
                    .hasMessageContaining("target MID is below");
        }
    }

    @Nested
    class TenureIsNotReadiness {

        @Test
        void shouldNoteLongTenureWhenSomethingStillStandsInTheWay() {
            Evaluation evaluation = evaluate(midWithSeniorGaps(1).with("yearsInLevel", 4).build());

            assertThat(evaluation.findings(FindingKind.NOTE)).extracting(Finding::code, Finding::section)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("tenure-is-not-readiness",
                    "Final Thoughts"));
            assertThat(evaluation.findings(FindingKind.NOTE).get(0).advice()).contains("no fixed timeline");
            assertThat(evaluation.findings(FindingKind.NOTE).get(0).requires()).isEmpty();
            assertThat(evaluation.verdict()).isEqualTo(Verdict.ALMOST);
        }

        @Test
        void shouldNotNoteTenureUnderFourYears() {
            assertThat(evaluate(midWithSeniorGaps(1).with("yearsInLevel", 3.9).build()).findings(FindingKind.NOTE))
                    .isEmpty();
        }

        @Test
        void shouldNotNoteTenureWhenNothingStandsInTheWay() {
            assertThat(evaluate(midWithSeniorGaps(0).with("yearsInLevel", 6).build()).findings(FindingKind.NOTE))
                    .isEmpty();
        }
    }

    @Nested
    class FastTrack {

        @Test
        void shouldNoteAReadyVerdictInUnderAYearWithoutChangingIt() {
            Evaluation evaluation = evaluate(midWithSeniorGaps(0).with("yearsInLevel", 0.5).build());

            assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
            assertThat(evaluation.findings(FindingKind.NOTE)).extracting(Finding::code).containsExactly("fast-track");
            assertThat(evaluation.findings(FindingKind.NOTE).get(0).advice()).contains("sustained");
        }

        @Test
        void shouldNotNoteAfterAFullYear() {
            assertThat(evaluate(midWithSeniorGaps(0).with("yearsInLevel", 1).build()).findings(FindingKind.NOTE))
                    .isEmpty();
        }

        @Test
        void shouldNotNoteWhenTheVerdictIsNotReady() {
            assertThat(evaluate(midWithSeniorGaps(1).with("yearsInLevel", 0.5).build()).findings(FindingKind.NOTE))
                    .isEmpty();
        }
    }
}
