package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.system.ExitCode;

/** The interactive shell as a user at a terminal meets it: Ctrl-C, Ctrl-D, exit, errors and the pager. */
class InteractiveShellTest extends CommandTest {

    private static final String PROMPT = "sre-ladder:> ";

    @TempDir
    Path folder;

    @Test
    void shouldDropTheLineBeingTypedOnCtrlCAndKeepRunning() throws Exception {
        try (TerminalSession session = new TerminalSession(runner, 200, 10_000)) {
            session.await(PROMPT);
            session.type("evaluate samples/maya");
            session.await("evaluate samples/maya");
            session.type("\u0003");
            session.awaitCount(PROMPT, 2);
            session.type("version\r");

            String screen = session.await("database  ");

            assertThat(session.running()).isTrue();
            assertThat(screen).contains("sre-ladder ").doesNotContain("Maya Chen");
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldStopAFolderEvaluationBetweenProfilesOnCtrlCAndComeBackToThePrompt() throws Exception {
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < 3000; i++) {
            Files.writeString(folder.resolve(String.format("p%04d.yaml", i)), maya);
        }
        try (TerminalSession session = new TerminalSession(runner, 200, 10_000)) {
            session.await(PROMPT);
            session.type("evaluate " + folder + " --format json\r");
            session.await("\"profile\"");
            session.type("\u0003");

            String screen = session.awaitCount(PROMPT, 2);

            Matcher note = Pattern.compile("evaluate: interrupted: (\\d+) of 3000 profiles evaluated, the rest not; "
                    + "nothing stored").matcher(screen);
            assertThat(note.find()).as(screen.substring(Math.max(0, screen.length() - 300))).isTrue();
            int done = Integer.parseInt(note.group(1));
            assertThat(done).isBetween(1, 2999);
            assertThat(screen.split("\"profile\"", -1).length - 1).as("results shown").isEqualTo(done);
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldShowProgressAndSayAtOnceThatAFolderEvaluationLongerThanTheScreenWasInterrupted() throws Exception {
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < 3000; i++) {
            Files.writeString(folder.resolve(String.format("p%04d.yaml", i)), maya);
        }
        try (TerminalSession session = new TerminalSession(runner, 100, 12)) {
            session.await(PROMPT);
            session.type("evaluate " + folder + "\r");
            // The screen is full: the rest is held, and the last line says how far the run got.
            session.await("evaluating profiles: 5 of 3000");
            session.type("\u0003");

            // No pager to leave first: the result so far is printed, then the line that says it stopped.
            String screen = session.awaitCount(PROMPT, 2);

            assertThat(screen).containsPattern("evaluating profiles: \\d+ of 3000")
                    .containsPattern("evaluate: interrupted: \\d+ of 3000 profiles evaluated, the rest not; "
                            + "nothing stored")
                    .doesNotContain("space: next page");
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldNameTheWholeCommandInAnError() throws Exception {
        try (TerminalSession session = new TerminalSession(runner, 200, 10_000)) {
            session.await(PROMPT);
            session.type("rules test /no/such/folder\r");

            String screen = session.awaitCount(PROMPT, 2);

            assertThat(screen).contains("rules test: rules folder /no/such/folder does not exist or is not a folder")
                    .doesNotContain("Error while executing command");
            session.type("\u0004");
            session.awaitEnd();
        }
    }

    @Test
    void shouldShowAResultLongerThanTheScreenInThePagerAndComeBackOnQ() throws Exception {
        try (TerminalSession session = new TerminalSession(runner, 100, 12)) {
            session.await(PROMPT);
            session.type("rules list\r");

            // The pager's last line says which keys to press.
            String paged = session.await("space: next page · b: back · /: search · q: quit");

            assertThat(paged).contains("CODE").as("the end is held back in the pager")
                    .doesNotContainPattern("\\d+ rules");
            session.type("q");
            session.awaitCount(PROMPT, 2);
            assertThat(session.running()).isTrue();
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldComeBackToThePromptOnCtrlCInThePagerAndKeepRunning() throws Exception {
        try (TerminalSession session = new TerminalSession(runner, 100, 12)) {
            session.await(PROMPT);
            session.type("rules list\r");
            session.await("space: next page · b: back · /: search · q: quit");

            session.type("\u0003");

            // Before, the interrupt reached the pager's key reading as an IOError that ended the whole shell.
            session.awaitCount(PROMPT, 2);
            assertThat(session.running()).isTrue();
            session.type("help version\r");
            assertThat(session.awaitCount(PROMPT, 3)).contains("version [--format text|json]")
                    .doesNotContain("InterruptedIO");
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldAskToTypeTheIdBeforeDeletingAndEraseNothingOnAnyOtherAnswer() throws Exception {
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        Files.writeString(folder.resolve("shell-delete.yaml"), "id: shell-delete\n" + maya);
        Files.writeString(folder.resolve("shell-delete-yes.yaml"), "id: shell-delete-yes\n" + maya);
        assertThat(run("import", folder.toString()).exitCode()).isEqualTo(ExitCode.OK);
        String question = "Type shell-delete to confirm:";
        try (TerminalSession session = new TerminalSession(runner, 200, 10_000)) {
            deleteInTheShell(session, question);
        } finally {
            // The command tests share one database, and some of them need it empty.
            run("delete", "shell-delete", "--reason", "test over");
            run("delete", "shell-delete-yes", "--reason", "test over");
        }
        assertThat(run("evaluate", "shell-delete").err()).contains("shell-delete was erased");
    }

    private void deleteInTheShell(TerminalSession session, String question) throws Exception {
        session.await(PROMPT);
        session.type("delete shell-delete --reason \"left the cohort\"\r");
        session.await(question);
        // Enter alone, the likeliest slip, erases nothing.
        session.type("\r");

        String refused = session.awaitCount(PROMPT, 2);

        assertThat(refused).contains("This erases every version, evaluation and decision of shell-delete for good")
                .contains("delete: nothing erased: the answer was not shell-delete");
        assertThat(run("show", "shell-delete").exitCode()).isEqualTo(ExitCode.OK);

        session.type("delete shell-delete --reason \"left the cohort\"\r");
        session.awaitCount(question, 2);
        session.type("shell-delete\r");
        assertThat(session.awaitCount(PROMPT, 3)).contains("erased shell-delete: 1 version");

        session.type("delete shell-delete-yes --reason \"left the cohort\" --yes\r");
        String yes = session.awaitCount(PROMPT, 4);

        assertThat(yes).contains("erased shell-delete-yes: 1 version").doesNotContain("Type shell-delete-yes");
        session.type("exit\r");
        session.awaitEnd();
    }

    @Test
    void shouldLeaveOnCtrlD() throws IOException, InterruptedException {
        try (TerminalSession session = new TerminalSession(runner, 200, 10_000)) {
            session.await(PROMPT);
            session.type("\u0004");
            session.awaitEnd();
        }
    }
}
