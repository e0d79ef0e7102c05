package dev.sreladder.evaluation;

import static dev.sreladder.testing.TestRules.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.profile.Review;
import dev.sreladder.profile.Waiver;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;

/**
 * What a profile says for the committee beside its values, under the default rules: waivers with
 * their reasons, the engineer's own ratings beside the manager's, and strong ratings with none of
 * the evidence that usually backs them. Only waivers change what is checked; the notes never
 * change the verdict.
 */
class CommitteeJudgementRulesTest {

    private static Review waiving(String code, String reason) {
        return new Review(null, null, Map.of(), Map.of(), List.of(new Waiver(code, reason, "mine.yaml", 31)));
    }

    private static Review selfRated(Map<String, Integer> ratings) {
        return new Review("Dana Wu", "Payments SRE", Map.of(), ratings, List.of());
    }

    /** A mid-level aiming at senior who meets everything but the senior mentoring expectation. */
    private static Profiles midWithoutMentees() {
        return Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR).with("mentees", 0);
    }

    @Nested
    class Waivers {

        @Test
        void shouldNotCheckAWaivedExpectationAboveTheCurrentLevelAndReportItWithItsReason() {
            assertThat(evaluate(midWithoutMentees().build()).verdict()).isEqualTo(Verdict.ALMOST);

            Evaluation evaluation = evaluate(midWithoutMentees()
                    .review(waiving("mentoring", "the team has not hired anyone in the review period")).build());

            assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
            assertThat(evaluation.findings(FindingKind.WAIVED)).singleElement().satisfies(waived -> {
                assertThat(waived.code()).isEqualTo("mentoring");
                assertThat(waived.level()).isEqualTo(Levels.SENIOR);
                assertThat(waived.message()).isEqualTo("the team has not hired anyone in the review period");
                assertThat(waived.requires()).isEmpty();
            });
            assertThat(evaluation.findings(FindingKind.GAP)).isEmpty();
            assertThat(evaluation.expectationsChecked()).as("MID 9 + SENIOR 7, less the waived one").isEqualTo(15);
            assertThat(evaluation.score()).isEqualTo(100);
        }

        @Test
        void shouldWaiveOnlyTheLevelsAboveWhenACodeIsCheckedAtTheCurrentLevelToo() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("writing", 2).review(waiving("clear-writing", "writes in the team's wiki only")).build());

            assertThat(evaluation.findings(FindingKind.WAIVED)).extracting(Finding::level)
                    .containsExactly(Levels.SENIOR);
            assertThat(evaluation.findings(FindingKind.MET)).extracting(Finding::code).contains("clear-writing");
            assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
        }

        @Test
        void shouldRefuseAWaiverOfTheCurrentLevelsExpectationNamingItsLine() {
            assertThatThrownBy(() -> evaluate(midWithoutMentees()
                    .review(waiving("primary-on-call", "we have no on-call")).build()))
                    .isInstanceOfSatisfying(LadderException.class, error -> {
                        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                        assertThat(error.getMessage()).isEqualTo("'primary-on-call' is an expectation of MID,"
                                + " alex-exemplar's own level, and the ladder 'article-sre' lets a profile waive only"
                                + " expectations of the levels above the engineer's own at mine.yaml:31 — remove the"
                                + " waiver and meet it (the ladder's 'waivable:' in ladder.yaml says what may be"
                                + " waived)");
                    });
        }

        @Test
        void shouldRefuseAWaiverOfACodeTheRulesDoNotHaveWithTheClosestOne() {
            assertThatThrownBy(() -> evaluate(midWithoutMentees().review(waiving("mentorng", "no hires")).build()))
                    .isInstanceOf(LadderException.class)
                    .hasMessage("'mentorng' in waived is not an expectation of the rules in rules at mine.yaml:31"
                            + " — did you mean 'mentoring'?");
        }

        @Test
        void shouldRefuseAWaiverOfATrap() {
            assertThatThrownBy(() -> evaluate(midWithoutMentees().review(waiving("mid-level-plateau", "no")).build()))
                    .isInstanceOf(LadderException.class)
                    .hasMessageContaining("(only expectations may be waived, not traps or notes)");
        }
    }

    @Nested
    class TwoRaters {

        @Test
        void shouldNoteEachCompetencyTheEngineerRatesTwoPointsOrMoreFromTheManager() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("resilienceTesting", 3).with("mentoring", 3)
                    .review(selfRated(Map.of("resilienceTesting", 1, "mentoring", 4, "writing", 2))).build());

            assertThat(evaluation.findings(FindingKind.NOTE)).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo("ratings-disconnect");
                assertThat(note.message()).isEqualTo("the engineer and the manager rate these two points or more"
                        + " apart: resilienceTesting: 1 by the engineer, 3 by the manager; writing: 2 by the"
                        + " engineer, 4 by the manager");
            });
            assertThat(evaluation.verdict()).as("the rules judge the manager's ratings").isEqualTo(Verdict.READY);
        }

        @Test
        void shouldNotNoteRatingsOnePointApart() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .review(selfRated(Map.of("resilienceTesting", 3))).build());

            assertThat(evaluation.findings(FindingKind.NOTE)).isEmpty();
        }
    }

    @Nested
    class EvidenceToCheck {

        @Test
        void shouldListAStrongRatingWithNoneOfItsEvidenceApartFromTheVerdict() {
            // The staff expectation that pairs platformBuilding with engineersEnabled is not checked for a MID.
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("engineersEnabled", 0).build());

            assertThat(evaluation.verdict()).isEqualTo(Verdict.READY);
            assertThat(evaluation.findings(FindingKind.NOTE)).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo("evidence-to-check");
                assertThat(note.message()).isEqualTo("evidence to check: rated 3 or more with none of the evidence"
                        + " that usually backs it: platformBuilding 4 with no engineersEnabled");
            });
        }

        @Test
        void shouldLeaveItToTheGapWhenAFindingAlreadyAsksForThatEvidence() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("gameDays", 0).build());

            assertThat(evaluation.findings(FindingKind.GAP)).extracting(Finding::code)
                    .containsExactly("resilience-testing");
            assertThat(evaluation.findings(FindingKind.NOTE)).isEmpty();
        }

        @Test
        void shouldNotListARatingBelowProficient() {
            Evaluation evaluation = evaluate(Profiles.exemplary().level(Levels.MID).target(Levels.SENIOR)
                    .with("engineersEnabled", 0).with("platformBuilding", 2).build());

            assertThat(evaluation.findings(FindingKind.NOTE)).isEmpty();
        }

        @Test
        void shouldListTheEvidenceOfAWaivedExpectationForTheCommitteeToCheck() {
            Evaluation evaluation = evaluate(midWithoutMentees()
                    .review(waiving("mentoring", "the team has not hired anyone in the review period")).build());

            assertThat(evaluation.findings(FindingKind.NOTE)).extracting(Finding::message).containsExactly(
                    "evidence to check: rated 3 or more with none of the evidence that usually backs it: mentoring 4"
                            + " with no mentees");
        }
    }
}
