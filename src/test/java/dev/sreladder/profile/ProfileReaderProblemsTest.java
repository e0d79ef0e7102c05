package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * A profile with several mistakes is refused with all of them, each on its own line with its
 * file and line, as a compiler reports them; the mistakes a newcomer makes most get their own words.
 */
class ProfileReaderProblemsTest {

    @TempDir
    Path folder;

    private final ProfileReader reader = new ProfileReader();

    private List<String> problems(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("mine.yaml"), yaml);
        LadderException error = org.junit.jupiter.api.Assertions.assertThrows(LadderException.class,
                () -> reader.read(file, Ladder.article()));
        assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        return error.getMessage().lines().toList();
    }

    private String at(int line) {
        return " at " + folder.resolve("mine.yaml") + ":" + line + " — ";
    }

    @Test
    void shouldReportEveryMistakeOfAFileInOneRun() throws IOException {
        List<String> problems = problems("""
                name: Sam
                level: MDI
                competencies:
                  mentorng: 2
                  writing: 5
                evidence:
                  gameDays: -1
                  mentees: two
                """);

        assertThat(problems).containsExactly(
                "unknown level in level" + at(2) + "did you mean 'MID'?",
                "unknown competency 'mentorng'" + at(4) + "did you mean 'mentoring'?",
                "competencies.writing must be a whole number from 0 to 4, got 5" + at(5)
                        + "give a value in that range",
                "evidence.gameDays must be a whole number of 0 or more, got -1" + at(7) + "give a value in that range",
                "evidence.mentees must be a whole number of 0 or more, not text" + at(8)
                + "write it as a plain number");
    }

    @Test
    void shouldStopAtTwentyProblemsAndSaySo() throws IOException {
        StringBuilder yaml = new StringBuilder("name: Sam\nlevel: MID\ncompetencies:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  unknown").append(i).append(": 1\n");
        }

        List<String> problems = problems(yaml.toString());

        assertThat(problems).hasSize(Problems.CAP + 1);
        assertThat(problems.get(Problems.CAP)).startsWith("stopped after 20 problems in ");
    }

    @Test
    void shouldSayThatYamlDoesNotAllowATabAtTheTabsOwnLine() throws IOException {
        assertThat(problems("name: Sam\nlevel: MID\ncompetencies:\n\twriting: 2\n"))
                .containsExactly("a tab in the indentation" + at(4) + "YAML does not allow tabs; indent with spaces");
    }

    @Test
    void shouldReportTheFilesOtherMistakesBesideATabInTheSameRun() throws IOException {
        assertThat(problems("name: Sam\nlevel: MDI\ncompetencies:\n  mentoring: 2\n\twritng: 2\n"
                + "evidence:\n\t\tgameDays: -1\n"))
                .containsExactly("unknown level in level" + at(2) + "did you mean 'MID'?",
                        "a tab in the indentation" + at(5) + "YAML does not allow tabs; indent with spaces",
                        "unknown competency 'writng'" + at(5) + "did you mean 'writing'?",
                        "a tab in the indentation" + at(7) + "YAML does not allow tabs; indent with spaces",
                        "evidence.gameDays must be a whole number of 0 or more, got -1" + at(7)
                                + "give a value in that range");
    }

    @Test
    void shouldRefuseAFileWhoseOnlyMistakeIsATab() throws IOException {
        assertThat(problems("name: Sam\nlevel: MID\ncompetencies:\n  mentoring: 2\n\twriting: 2\n"))
                .containsExactly("a tab in the indentation" + at(5) + "YAML does not allow tabs; indent with spaces");
    }

    @Test
    void shouldReportAMissingSpaceAfterTheColonAtItsOwnLine() throws IOException {
        assertThat(problems("name: Sam\nlevel: MID\ncompetencies:\n  writing:3\n  mentoring: 2\n"))
                .containsExactly("no space after the ':' of 'writing'" + at(4) + "write it as 'writing: …', "
                        + "with a space after the ':'");
    }

    @Test
    void shouldSayWhereACompetencyWrittenAtTheTopBelongs() throws IOException {
        assertThat(problems("name: Sam\nlevel: MID\nincidentResponse: 3\n"))
                .containsExactly("'incidentResponse' is a competency" + at(3) + "put it under 'competencies:'");
    }

    @Test
    void shouldSayThatAnEvidenceKeyUnderCompetenciesIsAnEvidenceKey() throws IOException {
        assertThat(problems("name: Sam\nlevel: MID\ncompetencies:\n  gameDays: 2\n"))
                .containsExactly("'gameDays' is an evidence key" + at(4) + "put it under 'evidence:'");
    }

    @Test
    void shouldSayHowToWriteAShareGivenAsAPercentage() throws IOException {
        assertThat(problems("name: Sam\nlevel: SENIOR\nevidence:\n  handsOnIncidentShare: 60%\n"))
                .containsExactly("evidence.handsOnIncidentShare is written as a percentage" + at(4)
                        + "write 0.6 for 60% (a share is a number from 0 to 1)");
        assertThat(problems("name: Sam\nlevel: SENIOR\nevidence:\n  handsOnIncidentShare: 250%\n"))
                .containsExactly("evidence.handsOnIncidentShare is written as a percentage" + at(4)
                        + "write a share as a number from 0 to 1, like 0.4");
    }

    @Test
    void shouldSayRatingsAreWholeNumbers() throws IOException {
        assertThat(problems("name: Sam\nlevel: MID\ncompetencies:\n  writing: 3.5\n"))
                .containsExactly("competencies.writing is 3.5, not a whole number" + at(4)
                        + "ratings are whole numbers from 0 to 4");
    }

    @Test
    void shouldReadAnEvidenceSectionOfOnlyCommentsAsNoEvidence() throws IOException {
        Path file = Files.writeString(folder.resolve("mine.yaml"),
                "name: Sam\nlevel: MID\nevidence:\n  # nothing yet\n");

        assertThat(reader.read(file, Ladder.article()).profile().value("gameDays")).isZero();
    }

    @Test
    void shouldNotAlsoReportAMisspeltNameAsMissing() throws IOException {
        assertThat(problems("nmae: Sam\nlevel: MID\n"))
                .containsExactly("unknown key 'nmae'" + at(1) + "did you mean 'name'?");
    }

    @Test
    void shouldKeepASingleProblemOnOneLine() {
        assertThatThrownBy(() -> reader.read(Files.writeString(folder.resolve("mine.yaml"), "name: Sam\n"),
                Ladder.article())).hasMessageNotContaining("\n").hasMessageStartingWith("missing 'level'");
    }
}
