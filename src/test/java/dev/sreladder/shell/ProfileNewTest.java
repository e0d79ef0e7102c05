package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.profile.Values;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.system.ExitCode;

/**
 * {@code profile new} as a user at a terminal meets it, through the interactive shell on a terminal
 * of its own: the whole interview, Ctrl-C halfway, an existing file, and one-shot without a terminal.
 */
class ProfileNewTest extends CommandTest {

    private static final String PROMPT = "sre-ladder:> ";

    @Autowired
    CurrentRules rules;

    @TempDir
    Path folder;

    @Test
    void shouldAskEveryQuestionOfTheLadderWriteAPrivateFileAndEvaluateIt() throws Exception {
        Ladder ladder = rules.get().ladder();
        try (TerminalSession session = new TerminalSession(runner, 100, 10_000)) {
            session.await(PROMPT);
            session.type("profile new " + folder + "\r");
            answer(session, "Name (as it should appear in reports)", "Maya Chen");
            // Typing filters the choices: "MID" leaves one, Enter takes it.
            answer(session, "Level (yours now)", "MID");
            answer(session, "none (the next level, SENIOR)", "STAFF");
            answer(session, "yearsInLevel — years at the current level (MID)", "two");
            // A refused answer leaves the line empty: the corrected one is typed as it is.
            answer(session, "write a number of 0 or more, like 2.5", "2.5");
            List<ProfileKey> competencies = ladder.competencies();
            for (int i = 0; i < competencies.size(); i++) {
                answer(session, "Competency " + (i + 1) + " of " + competencies.size() + ": "
                        + competencies.get(i).name(), String.valueOf(rating(i)));
            }
            List<ProfileKey> evidence = ladder.evidence();
            for (int i = 0; i < evidence.size(); i++) {
                ProfileKey key = evidence.get(i);
                String question = "Evidence " + (i + 1) + " of " + evidence.size() + ": " + key.name();
                if (key.name().equals("handsOnIncidentShare")) {
                    answer(session, question, "40%");
                    answer(session, "write 0.4 for 40% (a share is a number from 0 to 1)", "0.4");
                } else {
                    // Enter alone is 0.
                    answer(session, question, i % 2 == 0 ? "" : String.valueOf(i));
                }
            }

            String screen = session.awaitCount(PROMPT, 2);

            Path file = folder.resolve("maya-chen.yaml");
            assertThat(screen).contains("? Level (yours now) MID", "? Target (the level to check against) STAFF",
                    "3 — proficient, independently and consistently",
                    "wrote " + file + " (rw-------: readable only by you)", "Maya Chen (maya-chen) · MID → STAFF")
                    .contains(run("evaluate", file.toString()).out().lines().skip(1).findFirst().orElseThrow());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(new ProfileReader().read(file, ladder).profile()).isEqualTo(expected(ladder));
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldWriteNothingAndComeBackToThePromptOnCtrlC() throws Exception {
        try (TerminalSession session = new TerminalSession(runner, 100, 10_000)) {
            session.await(PROMPT);
            session.type("profile new " + folder + "\r");
            answer(session, "Name (as it should appear in reports)", "Maya Chen");
            answer(session, "Level (yours now)", "MID");
            session.await("Target (the level to check against)");
            session.type("\u0003");

            String screen = session.awaitCount(PROMPT, 2);

            assertThat(screen).contains("profile new: interrupted: nothing written");
            assertThat(session.running()).isTrue();
            try (Stream<Path> written = Files.list(folder)) {
                assertThat(written).isEmpty();
            }
            // The shell is whole: the next command runs, and Ctrl-C at the prompt is the shell's again.
            session.type("version\r");
            session.await("database  ");
            session.type("\u0003");
            session.awaitCount(PROMPT, 4);
            assertThat(session.running()).isTrue();
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldAskBeforeReplacingAFileAndKeepItOnNo() throws Exception {
        Path file = folder.resolve("maya-chen.yaml");
        Files.writeString(file, "mine");
        try (TerminalSession session = new TerminalSession(runner, 100, 10_000)) {
            session.await(PROMPT);
            session.type("profile new " + folder + "\r");
            answer(session, "Name (as it should appear in reports)", "Maya Chen");
            answer(session, file + " exists: replace it? (y/N)", "n");

            String screen = session.awaitCount(PROMPT, 2);

            // Wrapped to the terminal's width, as every message in the shell is.
            assertThat(screen.replaceAll("\\s*\\R\\s*", " ")).contains("profile new: " + file
                    + " exists; nothing written — give another file, or --force to replace it");
            assertThat(Files.readString(file)).isEqualTo("mine");
            session.type("exit\r");
            session.awaitEnd();
        }
    }

    @Test
    void shouldSayItNeedsATerminalWhenRunOneShotWithoutOne() {
        CommandRun run = run("profile", "new", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("profile new: needs an interactive terminal to ask its questions; "
                + "without one, start from the template: profile template > me.yaml, fill it in, then evaluate "
                + "me.yaml");
        assertThat(folder).isEmptyDirectory();
    }

    /** Waits for the question, then types the answer and Enter. */
    private static void answer(TerminalSession session, String question, String typed) throws Exception {
        session.await(question);
        session.type(typed + "\r");
    }

    private static int rating(int competency) {
        return competency % 5;
    }

    private static Profile expected(Ladder ladder) {
        Map<String, Double> values = new HashMap<>();
        List<ProfileKey> competencies = ladder.competencies();
        for (int i = 0; i < competencies.size(); i++) {
            values.put(competencies.get(i).name(), (double) rating(i));
        }
        List<ProfileKey> evidence = ladder.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            values.put(evidence.get(i).name(), i % 2 == 0 ? 0.0 : i);
        }
        values.put("handsOnIncidentShare", 0.4);
        return new Profile("maya-chen", "Maya Chen", ladder.level("MID").orElseThrow(),
                ladder.level("STAFF").orElseThrow(), 2.5, Values.of(ladder, values), "");
    }
}
