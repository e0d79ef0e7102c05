package dev.sreladder.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sreladder.change.NearestValue;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.testing.Profiles;

/** The value a step moves a key to: the nearest one on the key's scale that meets the requirement. */
class RemedyTest {

    @ParameterizedTest(name = "{0} {1} {2}, now {3} → {4}")
    @CsvSource({
            // whole-number scales
            "gameDays,             >=, 2,    0,   2",
            "gameDays,             >=, 2,    5,   5",
            "mentoring,            >=, 2.5,  1,   3",
            "gameDays,             >,  2,    0,   3",
            "gameDays,             >,  2.5,  0,   3",
            "gameDays,             <=, 2,    7,   2",
            "mentoring,            <=, 2.5,  4,   2",
            "gameDays,             <,  2,    7,   1",
            "gameDays,             <,  2.5,  7,   2",
            "mentoring,            ==, 3,    1,   3",
            // shares and years: a hundredth past a strict bound
            "handsOnIncidentShare, >=, 0.5,  0.2, 0.5",
            "handsOnIncidentShare, >,  0.5,  0.2, 0.51",
            "handsOnIncidentShare, <,  0.5,  0.9, 0.49",
            "handsOnIncidentShare, <=, 0.5,  0.9, 0.5",
            "yearsInLevel,         >,  2,    1.5, 2.01",
    })
    void shouldMoveTheKeyAsLittleAsTheRequirementAllows(String key, String op, double bound, double now,
            double expected) {
        OptionalDouble value = NearestValue.meeting(new Requirement(key, op, bound),
                Profiles.exemplary().with(key, now).build());

        assertThat(value).hasValue(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "mentoring,            >=, 5",
            "mentoring,            >,  4",
            "gameDays,             <,  0",
            "mentoring,            ==, 2.5",
            "handsOnIncidentShare, >,  1",
    })
    void shouldFindNoValueOutsideTheScale(String key, String op, double bound) {
        assertThat(NearestValue.meeting(new Requirement(key, op, bound),
                Profiles.exemplary().with(key, 0).build())).isEmpty();
    }
}
