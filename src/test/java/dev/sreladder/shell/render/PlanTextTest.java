package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.planning.Action;
import dev.sreladder.planning.Change;
import dev.sreladder.planning.Step;
import dev.sreladder.testing.Levels;

/** How one step of a plan reads: evidence as something to do, a rating as something to judge. */
class PlanTextTest {

    private static final Ladder LADDER = Ladder.article();
    private static final Finding GAP = new Finding("some-gap", FindingKind.GAP, Levels.SENIOR, "A rule", "message",
            "advice", "section", List.of());

    private static String step(String key, double from, double to, Action action) {
        return PlanText.step(new Step(new Change(key, from, to), List.of(GAP), action));
    }

    private static Action.Do doing(String key) {
        return new Action.Do(LADDER.requireKey(key));
    }

    @Test
    void shouldSayHowManyMoreOfACountInTheLaddersWords() {
        assertThat(step("designDocs", 0, 2, doing("designDocs")))
                .isEqualTo("do: 2 more design docs written (designDocs 0 → 2)");
    }

    @Test
    void shouldSetOneMoreApartFromTheLaddersPluralWordsRatherThanSayOneMoreDocs() {
        assertThat(step("designDocs", 1, 2, doing("designDocs")))
                .isEqualTo("do: 1 more: design docs written (designDocs 1 → 2)");
        assertThat(step("redesignsProposed", 1, 0, doing("redesignsProposed")))
                .isEqualTo("do: 1 fewer: proposals to replace or re-architect existing systems "
                        + "(redesignsProposed 1 → 0)");
    }

    @Test
    void shouldSayHowManyFewerOfACount() {
        assertThat(step("redesignsProposed", 3, 0, doing("redesignsProposed")))
                .isEqualTo("do: 3 fewer proposals to replace or re-architect existing systems "
                        + "(redesignsProposed 3 → 0)");
    }

    @Test
    void shouldSayWhereAShareGoes() {
        assertThat(step("handsOnIncidentShare", 0.6, 0.4, doing("handsOnIncidentShare")))
                .isEqualTo("do: lower share of the team's major incidents this person fixed hands-on to 0.4 "
                        + "(handsOnIncidentShare 0.6 → 0.4)");
    }

    @Test
    void shouldSayWhatTheRatingMeansAndWhatBacksItRatherThanTheNumbers() {
        ProfileKey rating = LADDER.requireKey("resilienceTesting");
        Action judge = new Action.Judge(rating, LADDER.scale().get(3), List.of(LADDER.requireKey("gameDays")));

        assertThat(step("resilienceTesting", 1, 3, judge))
                .isEqualTo("judge: resilienceTesting at 3 means \"proficient, independently and consistently\" "
                        + "(rated 1 now); usually backed by gameDays")
                .doesNotContain("1 → 3");
    }

    @Test
    void shouldLeaveOutTheBackingWhenNoEvidenceIsTiedToTheRating() {
        Action judge = new Action.Judge(LADDER.requireKey("capacityPlanning"), LADDER.scale().get(3), List.of());

        assertThat(step("capacityPlanning", 2, 3, judge))
                .isEqualTo("judge: capacityPlanning at 3 means \"proficient, independently and consistently\" "
                        + "(rated 2 now)");
    }
}
