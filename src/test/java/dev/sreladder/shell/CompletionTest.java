package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.sreladder.shell.terminal.ArgumentAwareCompleter;

/** Tab completion of commands, options, level names and profile paths in the shell. */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class CompletionTest {

    @Autowired
    ArgumentAwareCompleter completer;

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void shouldCompleteCommandNames() {
        assertThat(complete("eva")).contains("evaluate");
    }

    @Test
    void shouldCompleteProfilePathsWhileTheArgumentIsTyped() {
        assertThat(complete("evaluate samples/maya")).containsExactly("samples/maya-chen.yaml");
    }

    @Test
    void shouldCompleteOptionsAfterTheArgument() {
        assertThat(complete("evaluate samples/maya-chen.yaml --")).containsExactlyInAnyOrder("--target", "--format",
                "--replay", "--cycle", "--all");
    }

    @Test
    void shouldCompleteLevelNamesAndFormats() {
        assertThat(complete("evaluate samples/maya-chen.yaml --target ")).containsExactly("JUNIOR", "MID", "SENIOR",
                "STAFF");
        assertThat(complete("evaluate samples/maya-chen.yaml --format=")).containsExactly("--format=text",
                "--format=json");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void shouldCompleteCycleNamesAfterACycleCommandAndForCycleOptions() {
        String name = "completion-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        assertThat(CommandRun.of(context, "cycle", "open", name).exitCode())
                .isEqualTo(dev.sreladder.system.ExitCode.OK);

        assertThat(complete("cycle show completion-")).contains(name);
        assertThat(complete("cycle close completion-")).contains(name);
        assertThat(complete("evaluate --cycle completion-")).contains(name);
        assertThat(complete("report --cycle ")).contains(name);
        assertThat(complete("cycle show " + name + " --")).containsExactly("--format");
    }

    @Test
    void shouldCompleteTheReportsOptionsAndFormats() {
        assertThat(complete("report samples --")).containsExactlyInAnyOrder("--format", "--target", "--out",
                "--cycle");
        assertThat(complete("report samples --format=")).containsExactly("--format=md", "--format=html",
                "--format=csv");
    }

    @Test
    void shouldCompleteTheFormatsOfLadderShow() {
        assertThat(complete("ladder show rules --format=")).containsExactly("--format=text", "--format=json",
                "--format=md", "--format=html");
    }

    @Test
    void shouldCompleteTheFormatsOfEveryCommandThatLists() {
        for (String command : List.of("profiles", "rules list", "rules test samples", "rules coverage samples",
                "cycle list")) {
            assertThat(complete(command + " --")).as(command).containsExactly("--format");
            assertThat(complete(command + " --format=")).as(command).containsExactly("--format=text",
                    "--format=json");
        }
    }

    @Test
    void shouldCompleteTheOptionsOfWhatIfAndPlan() {
        assertThat(complete("what-if samples/maya-chen.yaml --")).containsExactlyInAnyOrder("--set", "--target",
                "--format");
        assertThat(complete("plan samples/maya-chen.yaml --")).containsExactlyInAnyOrder("--target", "--format");
        assertThat(complete("plan samples/maya-chen.yaml --target ")).contains("SENIOR");
        assertThat(complete("what-if samples/maya-chen.yaml --set gameDays=2 --format=")).containsExactly(
                "--format=text", "--format=json");
    }

    @Test
    void shouldCompleteProfileKeysAfterSet() {
        assertThat(complete("what-if samples/maya-chen.yaml --set ")).contains("gameDays=", "mentoring=",
                "handsOnIncidentShare=", "yearsInLevel=");
        assertThat(complete("what-if samples/maya-chen.yaml --set=")).contains("--set=gameDays=");
    }

    @Test
    void shouldCompleteTheValuesAKeyAcceptsAfterEquals() {
        assertThat(complete("what-if samples/maya-chen.yaml --set mentoring=")).containsExactly("mentoring=0",
                "mentoring=1", "mentoring=2", "mentoring=3", "mentoring=4");
        assertThat(complete("what-if samples/maya-chen.yaml --set handsOnIncidentShare="))
                .contains("handsOnIncidentShare=0", "handsOnIncidentShare=0.5", "handsOnIncidentShare=1");
        assertThat(complete("what-if samples/maya-chen.yaml --set=gameDays=")).contains("--set=gameDays=2");
    }

    @Test
    void shouldCompleteTheNextKeyAfterACommaLeavingOutTheKeysAlreadySet() {
        List<String> proposals = complete("what-if samples/maya-chen.yaml --set gameDays=2,");

        assertThat(proposals).contains("gameDays=2,mentoring=").doesNotContain("gameDays=2,gameDays=");
        assertThat(complete("what-if samples/maya-chen.yaml --set gameDays=2,mentoring=")).contains(
                "gameDays=2,mentoring=3");
    }
}
