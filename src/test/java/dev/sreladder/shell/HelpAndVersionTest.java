package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sreladder.rules.CurrentRules;
import dev.sreladder.system.DataFolder;
import dev.sreladder.system.ExitCode;

/** help COMMAND shows the command's own page; help lists commands in a stable order; version and --version. */
class HelpAndVersionTest extends CommandTest {

    @Autowired
    CurrentRules rules;

    @Test
    void shouldShowTheCommandsOwnPageForHelpCommand() {
        for (String[] command : new String[][] {{"evaluate"}, {"rules", "test"}, {"what-if"}, {"version"}}) {
            List<String> help = new ArrayList<>(List.of("help"));
            help.addAll(List.of(command));
            List<String> dashes = new ArrayList<>(List.of(command));
            dashes.add("--help");

            CommandRun page = run(help.toArray(String[]::new));

            assertThat(page.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(page.out()).startsWith(String.join(" ", command) + " ").doesNotContain("SYNOPSIS")
                    .isEqualTo(run(dashes.toArray(String[]::new)).out());
        }
    }

    @Test
    void shouldListTheGroupsAndTheirCommandsInAlphabeticalOrder() {
        List<String> lines = run("help").out().lines().toList();

        List<String> groups = lines.stream().takeWhile(line -> !line.startsWith("help COMMAND"))
                .filter(line -> !line.isBlank() && !line.startsWith(" "))
                .filter(line -> !line.startsWith("AVAILABLE")).toList();
        assertThat(groups).containsExactly("Built-In Commands", "Committee", "Evaluation", "Ladder", "Profiles",
                "Rules");
        List<String> rulesGroup = lines.subList(lines.indexOf("Rules") + 1, lines.size()).stream()
                .takeWhile(line -> line.startsWith("  ")).map(line -> line.substring(2).split("  ")[0]).toList();
        assertThat(rulesGroup).containsExactly("rules coverage", "rules impact", "rules list", "rules overrides",
                "rules reload", "rules test", "rules validate");
        assertThat(lines).contains("  evaluate          Explained verdict for a profile file, folder or stored id",
                "  quit, exit        Exit the shell");
        assertThat(run("help").out()).isEqualTo(run("--help").out());
    }

    @Test
    void shouldSayUnderTheCommandsHowToUseAnotherRulesFolder() {
        String help = run("help").out();

        assertThat(help.substring(help.indexOf("help COMMAND or COMMAND --help")).replace('\n', ' '))
                .contains("The rules come from rules/ in the working directory, else the defaults in the jar;"
                        + " to use another rules folder, start with --ladder.rules-dir=DIR")
                .contains("'version' shows the folder in use.");
        assertThat(run("version", "--help").out()).contains("--ladder.rules-dir=DIR");
    }

    @Test
    void shouldEndTheCommandListWithTheGuidesThatAreThere() {
        String help = run("help").out().replace('\n', ' ');

        java.util.regex.Matcher guide = java.util.regex.Pattern.compile("docs/[a-z]+\\.md").matcher(help);
        List<String> guides = new ArrayList<>();
        while (guide.find()) {
            guides.add(guide.group());
        }
        assertThat(guides).containsExactly("docs/engineers.md", "docs/committees.md", "docs/maintainers.md",
                "docs/operators.md");
        assertThat(guides).allSatisfy(path -> assertThat(java.nio.file.Path.of(path)).isRegularFile());
    }

    @Test
    void shouldRefuseHelpForAnUnknownCommandWithASuggestion() {
        CommandRun run = run("help", "evaluat");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("help: no command 'evaluat' — did you mean 'evaluate'?");
    }

    @Test
    void shouldPrintTheVersionTheRulesInUseAndWhereTheDataLives() {
        CommandRun run = run("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("sre-ladder ");
        assertThat(lines.get(1)).isEqualTo("rules     " + rules.get().origin() + " (" + rules.get().ruleFileCount()
                + " files, " + rules.get().fingerprint().substring(0, "sha256:".length() + 12) + "…; "
                + "the rules/ folder here, as no --ladder.rules-dir names another)");
        assertThat(lines.get(2)).isEqualTo("ladder    article-sre (Building a Career in SRE, 4 levels)");
        DataFolder folder = DataFolder.locate();
        assertThat(lines.get(3)).isEqualTo("data      " + folder.path() + " (from " + folder.origin() + ")");
        assertThat(lines.get(4)).isEqualTo("database  jdbc:h2:mem:sre-ladder-tests;DB_CLOSE_DELAY=-1");
        assertThat(run.out()).isEqualTo(run("version").out());
    }

    @Test
    void shouldGiveTheWholeFingerprintInJson() {
        JsonNode version = JsonMapper.builder().build().readTree(run("version", "--format", "json").out());

        assertThat(version.get("ruleset").get("fingerprint").asString()).isEqualTo(rules.get().fingerprint());
        assertThat(version.get("ruleset").get("files").asInt()).isEqualTo(rules.get().ruleFileCount());
        assertThat(version.get("ruleset").get("from").asString())
                .isEqualTo("the rules/ folder here, as no --ladder.rules-dir names another");
        assertThat(version.get("data").get("folder").asString()).isEqualTo(DataFolder.locate().path().toString());
        assertThat(version.get("version").asString()).isNotBlank();
    }
}
