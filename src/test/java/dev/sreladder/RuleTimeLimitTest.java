package dev.sreladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/** {@code ladder.rule-time-limit} as a user writes it: a Spring Boot duration, else one line with the option. */
class RuleTimeLimitTest {

    @Test
    void shouldReadDurationsAsSpringBootWritesThem() {
        assertThat(RuleTimeLimit.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(RuleTimeLimit.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(RuleTimeLimit.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(RuleTimeLimit.parse("")).isEqualTo(RuleBounds.DEFAULT_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten seconds", "0s", "-5s", "10 parsecs"})
    void shouldRefuseWhatIsNotAPositiveDurationNamingTheOption(String value) {
        assertThatThrownBy(() -> RuleTimeLimit.parse(value))
                .isInstanceOfSatisfying(LadderException.class,
                        error -> assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("--ladder.rule-time-limit must be a positive duration such as 10s or 500ms");
    }

    @Test
    void shouldFindABadLimitOnTheCommandLineBeforeSpringStarts() {
        assertThat(RuleTimeLimit.problemIn(new String[] {"--ladder.rule-time-limit=ten", "evaluate", "x.yaml"}))
                .isEqualTo("--ladder.rule-time-limit must be a positive duration such as 10s or 500ms");
        assertThat(RuleTimeLimit.problemIn(new String[] {"--ladder.rule-time-limit=2s", "evaluate", "x.yaml"}))
                .isNull();
    }
}
