package dev.sreladder.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * What a ladder file says for the committee's judgement: which expectations a profile may waive
 * ({@code waivable:}) and the evidence that usually backs each rating ({@code backedBy:}).
 */
class LadderReviewPartsTest {

    private static final String BASE = LadderFileTest.GOOD;

    @Test
    void shouldLetAProfileWaiveOnlyWhatLiesAboveItsLevelWhenTheFileSaysNothing() {
        Ladder ladder = LadderFile.read("rules/ladder.yaml", BASE);
        Level journeyer = ladder.requireLevel("JOURNEYER", "test");

        assertThat(ladder.waivable()).isEqualTo(WaiverPolicy.ABOVE_CURRENT);
        assertThat(ladder.waivable().allows(ladder.requireLevel("MASTER", "test"), journeyer)).isTrue();
        assertThat(ladder.waivable().allows(journeyer, journeyer)).isFalse();
        assertThat(ladder.backedCompetencies()).isEmpty();
    }

    @Test
    void shouldReadWaivableAndTheEvidenceBehindEachRating() {
        Ladder ladder = LadderFile.read("rules/ladder.yaml", BASE + """
                waivable: any
                backedBy:
                  operations: [onCallShifts, onCallLoad]
                """);

        assertThat(ladder.waivable()).isEqualTo(WaiverPolicy.ANY);
        assertThat(ladder.backedCompetencies()).extracting(ProfileKey::name).containsExactly("operations");
        assertThat(ladder.backing(ladder.requireKey("operations"))).extracting(ProfileKey::name)
                .containsExactly("onCallShifts", "onCallLoad");
        assertThat(ladder.backing(ladder.requireKey("security"))).isEmpty();
    }

    @Test
    void shouldReportEveryMistakeInThoseSectionsWithItsLine() {
        LadderFile.Parsed parsed = LadderFile.parse("rules/ladder.yaml", BASE + """
                waivable: sometimes
                backedBy:
                  operatons: [onCallShifts]
                  onCallLoad: [onCallShifts]
                  security: [onCallShift]
                  operations: onCallShifts
                """);

        assertThat(parsed.ladder()).isNull();
        assertThat(parsed.problems()).extracting(LadderProblem::line, LadderProblem::message).containsExactly(
                tuple(15, "unknown waivable 'sometimes' — use none, above-current"
                        + " (the levels above the engineer's own) or any"),
                tuple(17, "unknown competency 'operatons' in backedBy — did you mean"
                        + " 'operations'?"),
                tuple(18, "'onCallLoad' is an evidence key; backedBy ties a competency"
                        + " to its evidence"),
                tuple(19, "unknown evidence key 'onCallShift' in backedBy.security —"
                        + " did you mean 'onCallShifts'?"),
                tuple(20, "backedBy.operations must be a list of evidence keys, as in"
                        + " [gameDays]"));
    }

    @Test
    void shouldTieTheDefaultLaddersRatingsToTheEvidenceItsExpectationsPairThemWith() throws IOException {
        Ladder ladder = LadderFile.read("rules/ladder.yaml", Files.readString(Path.of("rules/ladder.yaml")));

        assertThat(ladder.backing(ladder.requireKey("resilienceTesting"))).extracting(ProfileKey::name)
                .containsExactly("gameDays");
        assertThat(ladder.backing(ladder.requireKey("mentoring"))).extracting(ProfileKey::name)
                .containsExactly("mentees");
        assertThat(ladder.waivable()).isEqualTo(WaiverPolicy.ABOVE_CURRENT);
        assertThat(ladder).as("the default rules' ladder is the article's").isEqualTo(Ladder.article());
    }
}
