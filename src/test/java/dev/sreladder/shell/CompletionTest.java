package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.sreladder.shell.terminal.ArgumentAwareCompleter;
import dev.sreladder.shell.terminal.BashCompletion;
import dev.sreladder.shell.terminal.CompletionWords;
import dev.sreladder.shell.terminal.CompletionWords.CommandWords;
import dev.sreladder.shell.terminal.CompletionWords.OptionWords;
import dev.sreladder.system.ExitCode;

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
        for (String command : List.of("profiles", "rules list", "rules test rules", "rules coverage rules",
                "cycle list")) {
            assertThat(complete(command + " --")).as(command).contains("--format");
            assertThat(complete(command + " --format=")).as(command).containsExactly("--format=text",
                    "--format=json");
        }
        assertThat(complete("rules test rules --")).containsExactlyInAnyOrder("--profiles", "--format");
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

    @TempDir
    Path scripts;

    /** What bash offers for the last of {@code words} (a one-shot line), with the script 'completion bash' wrote. */
    private List<String> bash(Path script, String... words) throws IOException, InterruptedException {
        String harness = "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); _sre_ladder;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        return run(List.of("bash", "-c", harness, "bash", script.toString()), words);
    }

    /**
     * What zsh's completion functions are asked to offer for the last of {@code words}, with the script
     * 'completion zsh' wrote: they are stood in for by ones that print the words they were given (zsh
     * itself then keeps those that start with what was typed).
     */
    private List<String> zsh(Path script, String... words) throws IOException, InterruptedException {
        String harness = "compdef() { }; source \"$1\"; shift;"
                + " _describe() { local -a items; items=(\"${(@P)4}\"); print -rl -- \"${items[@]%%:*}\" };"
                + " compadd() { local arr=''; while (( $# )); do case $1 in -a) arr=$2; shift 2;; -S) shift 2;;"
                + " --) shift; print -rl -- \"$@\"; return;; *) shift;; esac; done;"
                + " [[ -n $arr ]] && print -rl -- \"${(@P)arr}\" };"
                + " _files() { print '<files>' }; compset() { cur=${cur#*=} };"
                + " words=(\"$@\"); CURRENT=$#; _sre_ladder";
        return run(List.of("zsh", "-f", "-c", harness, "zsh", script.toString()), words);
    }

    private static List<String> run(List<String> command, String... words) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(command);
        line.addAll(Arrays.asList(words));
        Process process = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", line)).isZero();
        return out.lines().filter(word -> !word.isEmpty()).toList();
    }

    private Path script(String shell) throws IOException {
        CommandRun run = CommandRun.of(context, "completion", shell);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        Path script = scripts.resolve(shell);
        Files.writeString(script, run.out());
        return script;
    }

    @Test
    void shouldCompleteOneShotCommandsInBashAsTheShellCompletesThem() throws Exception {
        Path script = script("bash");
        assertThat(Files.readString(script)).doesNotContain("{{");

        assertThat(bash(script, "sre-ladder", "ev")).containsExactly("evaluate");
        assertThat(bash(script, "sre-ladder", "rules", "")).containsExactly("coverage", "impact", "list",
                "overrides", "reload", "test", "validate");
        assertThat(bash(script, "sre-ladder", "evaluate", "samples/maya")).containsExactly("samples/maya-chen.yaml");
        assertThat(bash(script, "sre-ladder", "evaluate", "samples/maya-chen.yaml", "--"))
                .containsExactlyInAnyOrderElementsOf(withHelp(complete("evaluate samples/maya-chen.yaml --")));
        assertThat(bash(script, "sre-ladder", "evaluate", "x", "--target", ""))
                .containsExactlyElementsOf(complete("evaluate samples/maya-chen.yaml --target "));
        assertThat(bash(script, "sre-ladder", "report", "x", "--format", "=", ""))
                .containsExactly("md", "html", "csv");
        assertThat(bash(script, "sre-ladder", "ladder", "diff", "S")).containsExactly("SENIOR", "STAFF");
        assertThat(bash(script, "sre-ladder", "what-if", "x", "--set", "gameD")).containsExactly("gameDays=");
        assertThat(bash(script, "sre-ladder", "--ladder.rules-dir", "=", "rules", "ladder", "s"))
                .containsExactly("schema", "show");
        assertThat(bash(script, "sre-ladder", "completion", "")).containsExactly("bash", "zsh");
    }

    private static List<String> withHelp(List<String> options) {
        List<String> all = new ArrayList<>(options);
        all.add("--help");
        return all;
    }

    @Test
    void shouldGiveZshTheSameWordsWithWhatEachCommandDoes() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "zsh is not installed here (.ci/run installs it)");
        Path script = script("zsh");

        assertThat(Files.readString(script)).startsWith("#compdef sre-ladder\n")
                .contains("completion zsh > \"${fpath[1]}/_sre_ladder\"").doesNotContain("{{")
                .contains("'evaluate:Explained verdict for a profile file, folder or stored id'");
        assertThat(zsh(script, "sre-ladder", "rules", "")).containsExactly("coverage", "impact", "list",
                "overrides", "reload", "test", "validate");
        assertThat(zsh(script, "sre-ladder", "evaluate", "x", "--"))
                .containsExactlyInAnyOrderElementsOf(withHelp(complete("evaluate samples/maya-chen.yaml --")));
        assertThat(zsh(script, "sre-ladder", "plan", "x", "--target=")).containsExactly("JUNIOR", "MID", "SENIOR",
                "STAFF");
        assertThat(zsh(script, "sre-ladder", "evaluate", "")).containsExactly("<files>");
        assertThat(zsh(script, "sre-ladder", "ladder", "diff", "")).containsExactly("JUNIOR", "MID", "SENIOR",
                "STAFF", "<files>");
    }

    @Test
    void shouldRefuseAShellItHasNoScriptFor() {
        CommandRun fish = CommandRun.of(context, "completion", "fish");
        CommandRun none = CommandRun.of(context, "completion");

        assertThat(fish.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(fish.err()).contains("no completion for 'fish'").contains("bash").contains("zsh");
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains("completion bash, or completion zsh");
    }

    @Test
    void shouldLeaveOutOfTheScriptAWordThatIsNotPlainForItIsSourcedIntoTheUsersShell() {
        CommandWords diff = new CommandWords("ladder diff", "What a level asks", List.of(new OptionWords(
                "--format", "text or md", true, List.of("md", "$(touch pwned)"))), List.of("MID", "`id`", "A B"),
                true);

        String script = BashCompletion.script(new CompletionWords("sre-ladder", Optional.empty(), List.of(diff)));

        assertThat(script).contains("'ladder diff') echo 'MID' ;;").contains("'ladder diff --format') echo 'md' ;;")
                .doesNotContain("touch").doesNotContain("`id`").doesNotContain("A B")
                .doesNotContain("sre-ladder() {");
    }
}
