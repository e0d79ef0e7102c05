package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void shouldLeaveOnCtrlD() throws IOException, InterruptedException {
        try (TerminalSession session = new TerminalSession(runner, 200, 10_000)) {
            session.await(PROMPT);
            session.type("\u0004");
            session.awaitEnd();
        }
    }
}
