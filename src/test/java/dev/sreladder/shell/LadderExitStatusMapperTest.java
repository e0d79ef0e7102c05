package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.shell.core.command.ExitStatus;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.shell.terminal.LadderExitStatusMapper;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Exit codes come from one place: bad input (1) is only a LadderException whose message names the
 * fix; an IllegalArgumentException or a failed conversion is a bug, an internal error (2).
 */
class LadderExitStatusMapperTest {

    private final LadderExitStatusMapper mapper = new LadderExitStatusMapper();

    @Test
    void shouldKeepTheCodeAndMessageOfABadInput() {
        ExitStatus status = mapper.apply(new InvocationTargetException(LadderException.badInput("unknown level "
                + "'MDI'")));

        assertThat(status.code()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(status.description()).isEqualTo("unknown level 'MDI'");
    }

    @Test
    void shouldTreatAnIllegalArgumentAsAnInternalErrorNotAsBadInput() {
        ExitStatus status = mapper.apply(new InvocationTargetException(new IllegalArgumentException("No enum "
                + "constant")));

        assertThat(status.code()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(status.description()).startsWith("internal error: IllegalArgumentException: No enum constant")
                .contains("LADDER_LOG_LEVEL=debug");
    }

    @Test
    void shouldTreatAFailedConversionAsAnInternalError() {
        ExitStatus status = mapper.apply(new ConversionFailedException(TypeDescriptor.valueOf(String.class),
                TypeDescriptor.valueOf(Boolean.class), "maybe", new IllegalArgumentException("Invalid boolean value")));

        assertThat(status.code()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
    }

    @Test
    void shouldNameTheFixForAKeyNoProfileHas() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ladder.article().requireKey("mentorng"))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage())
                            .isEqualTo("unknown profile key 'mentorng' — did you mean 'mentoring'?");
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ladder.article().requireKey("nothingLikeIt"))
                .isInstanceOfSatisfying(LadderException.class, error -> assertThat(error.getMessage())
                        .contains("the keys of ladder 'article-sre' are a competency, an evidence key or "
                        + "yearsInLevel"));
    }

    /** User errors that once surfaced as IllegalArgumentException, now LadderExceptions with the fix. */
    @Nested
    class FromTheCommandLine extends CommandTest {

        @Test
        void shouldRefuseASwitchGivenAValueThatIsNotTrueOrFalse() {
            CommandRun run = run("delete", "nobody", "--force=maybe");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).isEqualTo("option '--force' of delete is a switch: give it alone (--force),"
                    + " or as --force=true or --force=false, not 'maybe'");
        }

        @Test
        void shouldRefuseAnUnknownDecisionWithTheChoices() {
            CommandRun run = run("decide", "nobody", "--decision", "promoted");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().strip()).isEqualTo("decide: unknown decision 'promoted' — use promote or defer");
        }

        @Test
        void shouldRefuseAnUnknownLevelWithTheClosestOne() {
            CommandRun run = run("evaluate", "samples/maya-chen.yaml", "--target", "senor");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("unknown level 'senor' for --target — did you mean 'SENIOR'?");
        }
    }
}
