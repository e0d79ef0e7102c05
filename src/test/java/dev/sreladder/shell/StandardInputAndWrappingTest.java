package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.shell.render.LineWrapper;
import dev.sreladder.system.ExitCode;

/** evaluate - reads one profile from standard input; text output wraps to a terminal's width, JSON never. */
class StandardInputAndWrappingTest extends CommandTest {

    private static final String HANNAH = "samples/hannah-okafor-mid-plateau-one-gap.yaml";

    @Autowired
    StoredProfiles profiles;

    private CommandRun withStandardInput(String text, String... words) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(words);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void shouldEvaluateAProfileFromStandardInputAsItsFileAndStoreNothing() throws Exception {
        CommandRun piped = withStandardInput(Files.readString(Path.of(HANNAH)), "evaluate", "-");

        assertThat(piped.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(piped.out()).isEqualTo(run("evaluate", HANNAH).out());
        assertThat(profiles.latestVersion("hannah-okafor")).isEmpty();
    }

    @Test
    void shouldRunWhatIfAndPlanOnAProfileFromStandardInputAsOnItsFile() throws Exception {
        String hannah = Files.readString(Path.of(HANNAH));

        CommandRun whatIf = withStandardInput(hannah, "what-if", "-", "--set", "crossTeamInitiatives=1");
        CommandRun plan = withStandardInput(hannah, "plan", "-", "--format", "json");

        assertThat(whatIf.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(whatIf.out()).isEqualTo(run("what-if", HANNAH, "--set", "crossTeamInitiatives=1").out());
        assertThat(plan.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(plan.out()).isEqualTo(run("plan", HANNAH, "--format", "json").out());
        assertThat(withStandardInput("name: B\nlevel: MID\ncompetencies:\n  mentorng: 2\n", "plan", "-").err())
                .contains("plan: unknown competency 'mentorng' at <stdin>:4");
        assertThat(profiles.latestVersion("hannah-okafor")).isEmpty();
    }

    @Test
    void shouldNameStandardInputWithTheLineInAnError() {
        CommandRun run = withStandardInput("name: B\nlevel: MID\ncompetencies:\n  mentorng: 2\n", "evaluate", "-",
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("evaluate: unknown competency 'mentorng' at <stdin>:4 — "
                + "did you mean 'mentoring'?");
    }

    private String oneShot(int width, String... words) {
        StringWriter out = new StringWriter();
        ExitCode code = runner.runOnce(List.of(words), new PrintWriter(out), new PrintWriter(new StringWriter()),
                width);
        assertThat(code).isEqualTo(ExitCode.OK);
        return out.toString();
    }

    @Test
    void shouldWrapTextToTheTerminalAndKeepTheIndentationOfEachLine() {
        for (int width : new int[] {80, 120}) {
            String text = oneShot(width, "evaluate", HANNAH);

            assertThat(text.lines()).allMatch(line -> LineWrapper.width(line) <= width
                    || !line.strip().contains(" "));
            assertThat(text.lines().filter(line -> line.startsWith("      advice: If you're mid-level"))).hasSize(1);
            assertThat(text.replaceAll("\\s+", " ")).isEqualTo(oneShot(0, "evaluate", HANNAH).replaceAll("\\s+", " "));
        }
        String narrow = oneShot(80, "evaluate", HANNAH);
        List<String> lines = narrow.lines().toList();
        int advice = lines.indexOf(lines.stream().filter(line -> line.startsWith("      advice: If you're")).findFirst()
                .orElseThrow());
        assertThat(lines.get(advice + 1)).startsWith("      ").doesNotStartWith("       ");
    }

    @Test
    void shouldNeverWrapJson() {
        assertThat(oneShot(40, "evaluate", HANNAH, "--format", "json"))
                .isEqualTo(oneShot(0, "evaluate", HANNAH, "--format", "json"));
    }
}
