package dev.sreladder.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import dev.sreladder.report.Progress;

/** Progress shows on a terminal only, never in a command's result: not in a file, a pipe or a test's capture. */
class TerminalProgressTest {

    private final StringWriter output = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @Test
    void shouldShowProgressWithTheResultInTheShellRewrittenInPlaceAndErasedAtTheEnd() {
        TerminalProgress progress = new TerminalProgress(() -> false, new PrintWriter(stderr));
        progress.inShell(true);

        Progress evaluating = progress.of("evaluating profiles:", new PrintWriter(output));
        evaluating.update(9, 4000);
        evaluating.update(120, 4000);
        evaluating.update(4000, 4000);

        assertThat(output.toString()).isEqualTo("\revaluating profiles: 9 of 4000"
                + "\revaluating profiles: 120 of 4000" + "\r" + " ".repeat(32) + "\r");
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void shouldShowNothingForAFolderTooSmallToWaitFor() {
        TerminalProgress progress = new TerminalProgress(() -> true, new PrintWriter(stderr));
        progress.inShell(true);

        progress.of("evaluating profiles:", new PrintWriter(output)).update(3, TerminalProgress.FROM - 1);

        assertThat(output.toString()).isEmpty();
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void shouldShowProgressOfAOneShotRunOnStandardErrorWhenOnlyThatIsATerminal() {
        TerminalProgress progress = new TerminalProgress(() -> true, new PrintWriter(stderr));

        progress.of("evaluating profiles:", new PrintWriter(output)).update(120, 4000);
        progress.erase();

        assertThat(stderr.toString()).isEqualTo("\revaluating profiles: 120 of 4000\r" + " ".repeat(32) + "\r");
        assertThat(output.toString()).isEmpty();
    }

    @Test
    void shouldShowNoProgressOfAOneShotRunWhoseStandardErrorIsNotATerminal() {
        TerminalProgress progress = new TerminalProgress(() -> false, new PrintWriter(stderr));

        progress.of("evaluating profiles:", new PrintWriter(output)).update(120, 4000);

        assertThat(output.toString()).isEmpty();
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void shouldKeepTheLineWhereCtrlCStoppedAOneShotRunAndWriteNoMoreOfIt() {
        ShellProgress progress = new ShellProgress(new PrintWriter(stderr), TerminalProgress.FROM,
                "evaluating profiles:");

        progress.update(262, 3570);
        progress.keep();
        progress.update(338, 3570);

        assertThat(stderr.toString()).isEqualTo("\revaluating profiles: 262 of 3570" + System.lineSeparator());
    }
}
