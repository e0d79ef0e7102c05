package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Verdict;

/** The names that help texts and the sample reader write out are the enums' own. */
class LevelTest {

    @Test
    void shouldListTheLevelsInOrderInTheirHelpText() {
        List<String> names = Arrays.stream(Level.values()).map(Level::name).toList();

        assertThat(Level.NAMES).isEqualTo(String.join(", ", names.subList(0, names.size() - 1)) + " or "
                + names.get(names.size() - 1));
    }

    @Test
    void shouldAcceptExactlyTheVerdictsInAnExpectedBlock() {
        assertThat(ExpectedOutcome.VERDICTS).isEqualTo(Arrays.stream(Verdict.values()).map(Verdict::name).toList());
    }

    @Test
    void shouldReadALevelInAnyCase() {
        assertThat(Level.parse(" senior ")).contains(Level.SENIOR);
        assertThat(Level.parse("Staff")).contains(Level.STAFF);
        assertThat(Level.parse("principal")).isEmpty();
    }
}
