package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.ProfileKey;

/** Typed answers read as a profile file's values would be: what is accepted, and what the refusal says. */
class ProfileAnswersTest {

    private static final ProfileKey.Scale COUNT = ProfileKey.Scale.COUNT;
    private static final ProfileKey.Scale SHARE = ProfileKey.Scale.SHARE;
    private static final ProfileKey.Scale YEARS = ProfileKey.Scale.YEARS;

    @Test
    void shouldAcceptNumbersOnTheKeysScale() {
        assertThat(ProfileAnswers.value("12", COUNT)).isEqualTo(12);
        assertThat(ProfileAnswers.value(" 0.4 ", SHARE)).isEqualTo(0.4);
        assertThat(ProfileAnswers.value("1", SHARE)).isEqualTo(1);
        assertThat(ProfileAnswers.value("2.5", YEARS)).isEqualTo(2.5);
        assertThat(ProfileAnswers.value("0", YEARS)).isZero();
    }

    @Test
    void shouldSayWhatToTypeForAValueOffTheScale() {
        assertThat(ProfileAnswers.valueProblem("-1", COUNT)).contains("write a whole number of 0 or more, like 3");
        assertThat(ProfileAnswers.valueProblem("2.5", COUNT)).contains("write a whole number of 0 or more, like 3");
        assertThat(ProfileAnswers.valueProblem("99999999999", COUNT))
                .contains("write a whole number of 0 or more, like 3");
        assertThat(ProfileAnswers.valueProblem("1.5", SHARE)).contains("write a number from 0 to 1, like 0.4");
        assertThat(ProfileAnswers.valueProblem("40%", SHARE))
                .contains("write 0.4 for 40% (a share is a number from 0 to 1)");
        assertThat(ProfileAnswers.valueProblem("12.5 %", SHARE))
                .contains("write 0.125 for 12.5 % (a share is a number from 0 to 1)");
        assertThat(ProfileAnswers.valueProblem("lots%", SHARE))
                .contains("write a share as a number from 0 to 1, like 0.4");
        assertThat(ProfileAnswers.valueProblem("two", YEARS)).contains("write a number of 0 or more, like 2.5");
        assertThat(ProfileAnswers.valueProblem("", YEARS)).contains("write a number of 0 or more, like 2.5");
        assertThat(ProfileAnswers.valueProblem("NaN", YEARS)).isPresent();
        assertThat(ProfileAnswers.valueProblem("1e3", COUNT)).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileAnswers.value("x", COUNT))
                .withMessage("write a whole number of 0 or more, like 3");
    }

    @Test
    void shouldRefuseANameThatIsEmptyOrHoldsAControlCharacter() {
        assertThat(ProfileAnswers.nameProblem("  ")).contains("give a name, as it should appear in reports");
        assertThat(ProfileAnswers.nameProblem("Maya\u001B[2JChen")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("the name holds the control character U+001B"));
        assertThat(ProfileAnswers.nameProblem("Maya Chen")).isEmpty();
    }

    @Test
    void shouldMakeAnIdOfTheName() {
        assertThat(ProfileAnswers.idFor("Maya Chen")).isEqualTo("maya-chen");
        assertThat(ProfileAnswers.idFor("  José Núñez-Ibáñez ")).isEqualTo("jose-nunez-ibanez");
        assertThat(ProfileAnswers.idFor("Siobhán \"Shiv\" O'Brien")).isEqualTo("siobhan-shiv-o-brien");
        assertThat(ProfileAnswers.idFor("李伟")).isEqualTo("profile");
        assertThat(ProfileAnswers.idFor("a".repeat(150))).hasSize(Profile.MAX_ID_LENGTH);
    }
}
