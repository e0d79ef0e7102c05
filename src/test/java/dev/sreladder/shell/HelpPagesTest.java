package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import dev.sreladder.shell.render.LineWrapper;
import dev.sreladder.shell.terminal.WrappingWriter;
import dev.sreladder.system.ExitCode;

/**
 * Help pages flow: their paragraphs are written unbroken and wrapped to the terminal, option
 * descriptions hanging under their own column; into a pipe they come at 80 columns, as man's do.
 */
class HelpPagesTest extends CommandTest {

    /** An option or argument line: "  --target   the level…", its description column after the spaces. */
    private static final Pattern OPTION = Pattern.compile("^(  \\S+(?: \\S+)?\\s{2,})\\S");
    /** Owned by the profile interview's work, still broken by hand: checked when it is rewritten. */
    // Its example lines are commands to type, not options: the option-column check does not apply.
    private static final List<String> NOT_YET_FLOWING = List.of("profile template");

    @Autowired
    CommandRegistry registry;

    private List<String> commands() {
        List<String> names = new ArrayList<>(registry.getCommands().stream().filter(command -> !command.isHidden())
                .map(Command::getName).sorted().toList());
        names.add("exit");
        return names;
    }

    private String page(int width, String command) {
        List<String> words = new ArrayList<>(List.of("help"));
        words.addAll(List.of(command.split(" ")));
        StringWriter out = new StringWriter();
        ExitCode code = runner.runOnce(words, new PrintWriter(out), new PrintWriter(new StringWriter()), width);
        assertThat(code).as(command).isEqualTo(ExitCode.OK);
        return out.toString();
    }

    @Test
    void shouldFitEveryPageToTheTerminalWithOptionDescriptionsHangingUnderTheirColumn() {
        for (int width : new int[] {80, 120}) {
            for (String command : commands()) {
                assertFlowsWithin(page(width, command), width, command + " at " + width);
            }
            assertFlowsWithin(page(width, ""), width, "the command list at " + width);
        }
    }

    @Test
    void shouldPrintEveryPageAtEightyColumnsIntoAPipe() {
        for (String command : commands()) {
            assertFlowsWithin(page(0, command), WrappingWriter.HELP_WIDTH_NOT_A_TERMINAL, command + " piped");
        }
        assertThat(page(0, "evaluate")).isEqualTo(page(80, "evaluate"));
        assertThat(run("evaluate", "--help").out()).as("COMMAND --help too").isEqualTo(page(80, "evaluate"));
    }

    @Test
    void shouldBreakLinesOnlyWhereTheTerminalEnds() {
        String narrow = page(80, "evaluate");
        String wide = page(120, "evaluate");

        assertThat(narrow).contains("The explained verdict for a profile: READY, ALMOST or NOT_YET, the score, and\n"
                + "every blocker,");
        assertThat(wide.lines().count()).isLessThan(narrow.lines().count());
        assertThat(wide.replaceAll("\\s+", " ")).isEqualTo(narrow.replaceAll("\\s+", " "));
    }

    @Test
    void shouldWriteEachParagraphAndOptionAsOneLine() {
        for (Command command : registry.getCommands()) {
            if (command.isHidden() || NOT_YET_FLOWING.contains(command.getName()) || command.getHelp() == null) {
                continue;
            }
            List<String> lines = command.getHelp().lines().toList();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !lines.get(i - 1).isBlank()) {
                    assertThat(line).as(command.getName() + ": a line that goes on from the one before, "
                            + "broken by hand:\n" + lines.get(i - 1) + "\n" + line).matches(OPTION.pattern() + ".*");
                }
            }
        }
    }

    @Test
    void shouldSayWhatREFMayBeOnEachPageThatTakesOne() {
        assertThat(page(0, "evaluate").replaceAll("\\s+", " ")).contains("REF a profile file (YAML); a folder")
                .contains("- for one profile read from standard input").contains("or the id of a stored profile");
        assertThat(page(0, "explain").replaceAll("\\s+", " ")).contains("REF one profile: a file (YAML), - for one "
                + "read from standard input (named <stdin>, nothing stored), or the id of a stored profile (its "
                + "latest version); not a folder");
        for (String command : List.of("explain", "what-if", "plan")) {
            assertThat(page(0, command).replaceAll("\\s+", " ")).as(command).contains("REF one profile: a file "
                    + "(YAML), - for one read from standard input (named <stdin>, nothing stored), or the id of a"
                    + " stored profile (its latest version); not a folder");
        }
    }

    /** Every line within {@code width} (a single word may not be), and each option's lines under its column. */
    private static void assertFlowsWithin(String page, int width, String what) {
        List<String> lines = page.lines().toList();
        String hang = null;
        for (String line : lines) {
            assertThat(LineWrapper.width(line)).as(what + ": " + line)
                    .satisfiesAnyOf(columns -> assertThat(columns).isLessThanOrEqualTo(width),
                            columns -> assertThat(line.strip()).doesNotContain(" "));
            Matcher option = OPTION.matcher(line);
            if (line.isBlank()) {
                hang = null;
            } else if (option.find()) {
                hang = " ".repeat(option.group(1).length());
            } else if (hang != null) {
                assertThat(line).as(what + ": a description's next line, under its column").startsWith(hang)
                        .doesNotStartWith(hang + " ");
            }
        }
    }
}
