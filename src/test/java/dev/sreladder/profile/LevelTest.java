package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.evaluation.Verdict;

/** The names that help texts and the sample reader write out are the enums' own. */
class LevelTest {

    @Test
    void shouldListTheLevelsInOrderInTheirHelpText() {
        assertThat(Ladder.article().levelList()).isEqualTo("JUNIOR, MID, SENIOR or STAFF");
    }

    @Test
    void shouldAcceptExactlyTheVerdictsInAnExpectedBlock() {
        assertThat(ExpectedOutcome.VERDICTS).isEqualTo(Arrays.stream(Verdict.values()).map(Verdict::name).toList());
    }

    @Test
    void shouldReadALevelInAnyCase() {
        assertThat(Ladder.article().level(" senior ")).contains(Levels.SENIOR);
        assertThat(Ladder.article().level("Staff")).contains(Levels.STAFF);
        assertThat(Ladder.article().level("principal")).isEmpty();
    }
}
