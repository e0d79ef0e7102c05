package dev.sreladder.evaluation;

import static dev.sreladder.evaluation.RuleApi.anyOf;
import static dev.sreladder.evaluation.RuleApi.atLeast;
import static dev.sreladder.evaluation.RuleApi.atLeastOf;
import static dev.sreladder.evaluation.RuleApi.atMost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.testing.Levels;

/** "Any of" and "at least N of" conditions: when they hold, what they say, and what is left of them. */
class ConditionTest {

    private static final Condition TWO_OF_THREE = atLeastOf(2, atLeast("gameDays", 1), atLeast("mentees", 1),
            atLeast("designDocs", 2));

    private static Profile with(double gameDays, double mentees, double designDocs) {
        return Profile.empty("kim", Levels.MID, Levels.SENIOR, Ladder.article()).with("gameDays", gameDays)
                .with("mentees", mentees).with("designDocs", designDocs);
    }

    @Test
    void shouldHoldWhenAnyOneAlternativeHolds() {
        Condition either = anyOf(atLeast("gameDays", 1), atLeast("designDocs", 2));

        assertThat(either.isSatisfiedBy(with(0, 0, 2))).isTrue();
        assertThat(either.isSatisfiedBy(with(1, 0, 0))).isTrue();
        assertThat(either.isSatisfiedBy(with(0, 5, 1))).isFalse();
        assertThat(either.unmetPart(with(0, 0, 2))).isEmpty();
    }

    @Test
    void shouldHoldWhenAtLeastTheCountOfAlternativesHold() {
        assertThat(TWO_OF_THREE.isSatisfiedBy(with(1, 1, 0))).isTrue();
        assertThat(TWO_OF_THREE.isSatisfiedBy(with(0, 1, 2))).isTrue();
        assertThat(TWO_OF_THREE.isSatisfiedBy(with(0, 3, 1))).isFalse();
        assertThat(TWO_OF_THREE.unmetPart(with(1, 1, 2))).isEmpty();
    }

    @Test
    void shouldSayWhatEachAlternativeNeedsAndHas() {
        assertThat(TWO_OF_THREE.describe(with(0, 3, 0)))
                .isEqualTo("needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 3), designDocs ≥ 2 (is 0)");
        assertThat(anyOf(atLeast("gameDays", 1), atMost("handsOnIncidentShare", 0.5)).describe(with(0, 0, 0)
                .with("handsOnIncidentShare", 0.75)))
                .isEqualTo("needs any of: gameDays ≥ 1 (is 0), handsOnIncidentShare ≤ 0.5 (is 0.75)");
    }

    @Test
    void shouldSayANestedGroupInBracketsWithItsValues() {
        Condition nested = anyOf(atLeast("postmortemsLed", 2), TWO_OF_THREE);

        assertThat(nested.describe(with(1, 0, 0))).isEqualTo("needs any of: postmortemsLed ≥ 2 (is 0), "
                + "at least 2 of (gameDays ≥ 1 (is 1), mentees ≥ 1 (is 0), designDocs ≥ 2 (is 0))");
        assertThat(nested.condition())
                .isEqualTo("any of (postmortemsLed ≥ 2, at least 2 of (gameDays ≥ 1, mentees ≥ 1, designDocs ≥ 2))");
    }

    @Test
    void shouldLeaveOnlyTheAlternativesNotYetMetAndHowManyMoreAreNeeded() {
        assertThat(TWO_OF_THREE.unmetPart(with(0, 0, 0))).contains(TWO_OF_THREE);
        assertThat(TWO_OF_THREE.unmetPart(with(0, 3, 1)))
                .contains(anyOf(atLeast("gameDays", 1), atLeast("designDocs", 2)));
        assertThat(atLeastOf(2, atLeast("gameDays", 1), atLeast("mentees", 1)).unmetPart(with(4, 0, 0)))
                .contains(atLeast("mentees", 1));
        assertThat(atLeastOf(3, atLeast("gameDays", 1), atLeast("mentees", 1), atLeast("designDocs", 2),
                atLeast("postmortemsLed", 1)).unmetPart(with(1, 0, 0)))
                .contains(atLeastOf(2, atLeast("mentees", 1), atLeast("designDocs", 2), atLeast("postmortemsLed", 1)));
    }

    @Test
    void shouldReduceEachAlternativeOfAnAnyOfToItsOwnUnmetPart() {
        Condition nested = anyOf(atLeast("postmortemsLed", 2), TWO_OF_THREE);

        assertThat(nested.unmetPart(with(1, 0, 0))).as("one more of the two left is an alternative like the others")
                .contains(anyOf(atLeast("postmortemsLed", 2), atLeast("mentees", 1), atLeast("designDocs", 2)));
        assertThat(nested.unmetPart(with(0, 0, 0))).contains(nested);
        assertThat(nested.unmetPart(with(1, 1, 0))).isEmpty();
    }

    @Test
    void shouldNameEveryKeyAndPlainConditionInOrder() {
        Condition nested = anyOf(atLeast("postmortemsLed", 2), TWO_OF_THREE);

        assertThat(nested.keys()).containsExactly("postmortemsLed", "gameDays", "mentees", "designDocs");
        assertThat(nested.requirements()).containsExactly(atLeast("postmortemsLed", 2), atLeast("gameDays", 1),
                atLeast("mentees", 1), atLeast("designDocs", 2));
    }

    @Test
    void shouldListARequiresOfAnAllOfGroupAsItsConditionsOneByOne() {
        Condition both = atLeastOf(2, atLeast("gameDays", 1), atLeast("mentees", 1));

        assertThat(Expectation.stillUnmet(List.of(both), with(0, 0, 0)))
                .containsExactly(atLeast("gameDays", 1), atLeast("mentees", 1));
        assertThat(Expectation.stillUnmet(List.of(anyOf(both, atLeast("designDocs", 2))), with(0, 0, 0)))
                .as("inside an any of, all of stays a group").containsExactly(anyOf(both, atLeast("designDocs", 2)));
    }

    @Test
    void shouldRefuseAGroupThatCannotMeanWhatItSays() {
        assertThatThrownBy(() -> anyOf(atLeast("gameDays", 1)))
                .hasMessage("anyOf(…) needs at least two conditions; write a single one on its own");
        assertThatThrownBy(() -> atLeastOf(3, atLeast("gameDays", 1), atLeast("mentees", 1)))
                .hasMessageContaining("atLeastOf(3, …) needs a count from 1 to the 2 conditions given");
    }
}
