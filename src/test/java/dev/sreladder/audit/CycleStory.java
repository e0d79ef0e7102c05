package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * A committee's round on a real database, as a committee types it: a cycle opened and pinned to
 * rules that are not the rules in use, candidates added and imported into it, judged by the
 * pinned rules, decided, refused closing while one is undecided, closed, and locked after. Each
 * test names its own cycle and profiles, so the flow shares its database with the other tests.
 * Run on H2 and on PostgreSQL by the storage flow tests.
 */
interface CycleStory {

    CommandRun run(String... words);

    /** A name no other test uses: cycles and profiles of one database never clash. */
    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Maya Chen's sample under another id. */
    private static Path candidate(Path folder, String id) throws IOException {
        Path file = folder.resolve(id + ".yaml");
        Files.writeString(file, Files.readString(Path.of("samples/maya-chen.yaml")).replaceFirst("(?m)^id: .*$",
                "id: " + id));
        return file;
    }

    /** A copy of the rules in use, named {@code name}, with senior.drl edited: another fingerprint. */
    private static Path rulesWith(Path folder, String name, java.util.function.UnaryOperator<String> senior)
            throws IOException {
        Path rules = Files.createDirectories(folder.resolve(name));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                Files.writeString(rules.resolve(file.getFileName()),
                        file.getFileName().toString().equals("senior.drl") ? senior.apply(text) : text);
            }
        }
        return rules;
    }

    /** The rules in use with the game-day bar of a senior raised from 1 to 3: another fingerprint, and a gap. */
    private static Path raisedBar(Path folder) throws IOException {
        return rulesWith(folder, "raised-bar", text -> text.replace("atLeast(\"gameDays\", 1)",
                "atLeast(\"gameDays\", 3)"));
    }

    @Test
    default void shouldJudgeACyclesCandidatesByItsPinnedRulesAndLockItWhenClosed(@TempDir Path folder)
            throws IOException {
        String cycle = unique("round");
        String first = unique("maya");
        String second = unique("maya");
        candidate(folder, first);
        Path rules = raisedBar(folder);
        assertThat(run("import", folder.resolve(first + ".yaml").toString()).exitCode()).isEqualTo(ExitCode.OK);

        CommandRun opened = run("cycle", "open", cycle, "--rules", rules.toString(), "--reason", "H2 promotions");
        assertThat(opened.exitCode()).as(opened.err()).isEqualTo(ExitCode.OK);
        assertThat(opened.out()).contains("opened cycle " + cycle + ", judged by the rules sha256:")
                .contains("H2 promotions");
        String pinned = fingerprintIn(run("cycle", "show", cycle, "--format", "json").out());

        assertThat(run("cycle", "add", cycle, first).out()).contains("added to cycle " + cycle + ": " + first);
        CommandRun imported = run("import", candidate(folder, second).toString(), "--cycle", cycle);
        assertThat(imported.out()).contains("imported " + second).contains("added to cycle " + cycle + ": " + second)
                .contains("has 2 candidates");

        CommandRun evaluated = run("evaluate", first);
        assertThat(evaluated.exitCode()).as(evaluated.err()).isEqualTo(ExitCode.OK);
        assertThat(evaluated.out()).contains("rules " + pinned.substring(0, "sha256:".length() + 12) + "…")
                .contains("recorded as evaluation 1 of " + first + " (profile version 1) in cycle " + cycle
                        + ", judged by the rules pinned to it");
        assertThat(run("history", first, "--format", "json").out()).contains("\"fingerprint\":\"" + pinned + "\"")
                .contains("\"cycle\":\"" + cycle + "\"");

        CommandRun refused = run("cycle", "close", cycle);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("cycle " + cycle + " has 2 undecided candidates: " + first + ", " + second)
                .contains("--force --reason");

        CommandRun all = run("evaluate", "--cycle", cycle);
        assertThat(all.out()).contains(first + ": NOT_YET").contains("recorded as evaluation 2")
                .contains(second + ": NOT_YET").contains("evaluated and recorded 2 candidates of cycle " + cycle);
        assertThat(run("decide", first, "--decision", "defer").out()).contains("recorded: defer for " + first);
        assertThat(run("decide", second, "--decision", "promote", "--reason", "Led the storage migration").out())
                .contains("recorded: promote (override) for " + second);

        CommandRun show = run("cycle", "show", cycle, "--format", "json");
        assertThat(show.out()).contains("\"state\" : \"open\"").contains("\"NOT_YET\" : 2")
                .contains("\"promote\" : 1").contains("\"defer\" : 1").contains("\"undecided\" : 0")
                .containsPattern("\"decision\" : \"defer\",\\s+\"decidedBy\" : \"[^\"]+\"");
        assertThat(run("cycle", "show", cycle).out()).as("each decision names who made it")
                .containsPattern(first + " .* defer by \\S")
                .containsPattern(second + " .* promote \\(override\\) by \\S");

        CommandRun closed = run("cycle", "close", cycle);
        assertThat(closed.exitCode()).as(closed.err()).isEqualTo(ExitCode.OK);
        assertThat(closed.out()).contains("closed cycle " + cycle);

        CommandRun late = run("decide", first, "--decision", "promote", "--reason", "second thoughts");
        assertThat(late.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(late.err()).contains("cycle " + cycle + " is closed").contains("no decision was recorded");
        assertThat(run("cycle", "add", cycle, first).err()).contains("cycle " + cycle + " is closed");
        assertThat(run("evaluate", "--cycle", cycle).err()).contains("cycle " + cycle + " is closed");
        assertThat(run("evaluate", first, "--replay", "2").out()).contains("identical: NOT_YET");
        assertThat(run("cycle", "show", cycle).out()).contains("cycle " + cycle + " · closed");
        assertThat(run("history", first).out()).contains("cycle " + cycle);
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    default void shouldRefuseBadCycleActsInOneLineAndRecordNothing(@TempDir Path folder) throws IOException {
        String cycle = unique("round");
        String other = unique("round");
        String id = unique("maya");
        run("import", candidate(folder, id).toString());
        assertThat(run("cycle", "open", cycle).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("cycle", "open", other).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("cycle", "add", cycle, id).exitCode()).isEqualTo(ExitCode.OK);
        String platform = unique("platform");
        assertThat(run("cycle", "open", platform, "--rules", "samples/ladders/platform/rules").exitCode())
                .isEqualTo(ExitCode.OK);
        String before = run("audit", "verify").out();

        assertBadInput(run("cycle", "show", cycle + "x"), "no cycle '" + cycle + "x' — did you mean '" + cycle + "'?");
        assertBadInput(run("cycle", "open", cycle.toUpperCase(java.util.Locale.ROOT)), "there is a cycle " + cycle
                + " already");
        assertBadInput(run("cycle", "open", "H2 2026"), "'H2 2026' is not a cycle name");
        assertBadInput(run("cycle", "add", other, id), id + " is a candidate of the open cycle " + cycle
                + " already");
        assertBadInput(run("cycle", "add", other, "nobody-here"), "no stored profile 'nobody-here'");
        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(broken.resolve("broken.drl"), "package rules;\nrule \"never ends\nwhen\n");
        CommandRun pin = run("cycle", "pin", cycle, "--rules", broken.toString(), "--reason", "try");
        assertThat(pin.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(pin.err()).contains("broken.drl");
        assertBadInput(run("cycle", "pin", cycle, "--rules", "rules"), "cycle pin needs --reason TEXT");
        assertBadInput(run("cycle", "close", cycle, "--force"), "cycle close --force needs --reason TEXT");
        assertBadInput(run("evaluate", id, "--cycle", cycle), "give no REF");
        assertBadInput(run("cycle", "add", platform, unique("nobody"), id), id + " is stored under the ladder"
                + " 'article-sre', and cycle " + platform + " is judged by rules for the ladder"
                + " 'platform-engineering'");
        assertBadInput(run("cycle", "pin", cycle, "--rules", "samples/ladders/platform/rules", "--reason", "wrong"),
                "a candidate of cycle " + cycle + ", is stored under 'article-sre'; nothing was pinned");

        assertThat(run("audit", "verify").out()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    default void shouldCountAnErasedCandidateByItsTombstoneAndCloseWithoutIt(@TempDir Path folder) throws IOException {
        String cycle = unique("round");
        String kept = unique("maya");
        String erased = unique("maya");
        candidate(folder, kept);
        candidate(folder, erased);
        run("cycle", "open", cycle);
        assertThat(run("import", folder.toString(), "--cycle", cycle).out()).contains("has 2 candidates");
        run("evaluate", "--cycle", cycle);
        run("decide", erased, "--decision", "defer");
        assertThat(run("delete", erased, "--reason", "left the company").exitCode()).isEqualTo(ExitCode.OK);

        CommandRun show = run("cycle", "show", cycle, "--format", "json");
        assertThat(show.out()).contains("\"NOT_YET\" : 1").contains("\"undecided\" : 1").contains("\"erased\" : 1")
                .contains("\"defer\" : 0");
        assertThat(run("cycle", "close", cycle).err()).contains("1 undecided candidate: " + kept);
        CommandRun forced = run("cycle", "close", cycle, "--force", "--reason", "the round ran out of time");
        assertThat(forced.out()).contains("closed cycle " + cycle + " with undecided candidates (forced: the round"
                + " ran out of time)");
        assertThat(run("cycle", "show", cycle).out()).contains("(forced, with undecided candidates)");
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
    }

    /** Maya Chen's sample under another id, with some competency or evidence values changed ("writing: 3"). */
    private static Path candidate(Path folder, String id, String... values) throws IOException {
        Path file = candidate(folder, id);
        String yaml = Files.readString(file);
        for (String value : values) {
            String key = value.substring(0, value.indexOf(':'));
            yaml = yaml.replaceFirst("(?m)^  " + key + ": .*$", "  " + value);
        }
        Files.writeString(file, yaml);
        return file;
    }

    /**
     * Round two's rules: a senior's writing bar lowered from 3 to 2 (Maya's writing gap cleared by the
     * rules) and the staying-current bar raised from 3 to 4 (a new gap by the rules).
     */
    private static Path roundTwoRules(Path folder) throws IOException {
        return rulesWith(folder, "round-two-rules", text -> text.replace("atLeast(\"writing\", 3)",
                "atLeast(\"writing\", 2)").replace("atLeast(\"stayingCurrent\", 3)", "atLeast(\"stayingCurrent\", 4)"));
    }

    /**
     * Two rounds: four candidates decided in the first, back in the second under rules that moved
     * two bars; between the rounds two of them grew (mentoring 1 → 3 with a mentee). The second
     * packet tells each one's change apart: neither, the engineer only, the rules only, both.
     */
    @Test
    default void shouldTellTheEngineersProgressApartFromTheRulesChangeInTheNextCyclesPacket(@TempDir Path folder)
            throws IOException {
        String first = unique("h1");
        String second = unique("h2");
        String neither = unique("neither");
        String engineer = unique("engineer");
        String rules = unique("rules");
        String both = unique("both");
        Path roundOne = Files.createDirectories(folder.resolve("round-one"));
        // Writing 3 and staying current 4: the moved bars change nothing for these two.
        candidate(roundOne, neither, "writing: 3", "stayingCurrent: 4");
        candidate(roundOne, engineer, "writing: 3", "stayingCurrent: 4");
        candidate(roundOne, rules);
        candidate(roundOne, both);
        run("cycle", "open", first);
        assertThat(run("import", roundOne.toString(), "--cycle", first).out()).contains("has 4 candidates");
        assertThat(run("evaluate", "--cycle", first).out()).contains("evaluated and recorded 4 candidates");
        for (String id : new String[] {neither, engineer, rules, both}) {
            assertThat(run("decide", id, "--decision", "defer").exitCode()).isEqualTo(ExitCode.OK);
        }
        assertThat(run("cycle", "close", first).exitCode()).isEqualTo(ExitCode.OK);

        Path roundTwo = Files.createDirectories(folder.resolve("round-two"));
        candidate(roundTwo, engineer, "writing: 3", "stayingCurrent: 4", "mentoring: 3", "mentees: 1");
        candidate(roundTwo, both, "mentoring: 3", "mentees: 1");
        CommandRun opened = run("cycle", "open", second, "--rules", roundTwoRules(folder).toString());
        assertThat(opened.exitCode()).as(opened.err()).isEqualTo(ExitCode.OK);
        assertThat(run("import", roundTwo.toString(), "--cycle", second).out()).contains("has 2 candidates");
        assertThat(run("cycle", "add", second, neither, rules).out()).contains("has 4 candidates");
        assertThat(run("evaluate", "--cycle", second).out()).contains("evaluated and recorded 4 candidates");

        CommandRun csv = run("report", "--cycle", second, "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isEqualTo(ExitCode.OK);
        assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",previous_cycle,previous_verdict,"
                + "previous_score,cleared_by_engineer,cleared_by_rules,new_by_engineer,new_by_rules");
        assertThat(since(csv.out(), neither)).containsExactly(first, "NOT_YET", "68", "", "", "", "");
        assertThat(since(csv.out(), engineer)).containsExactly(first, "NOT_YET", "68", "mentoring", "", "", "");
        assertThat(since(csv.out(), rules)).containsExactly(first, "NOT_YET", "62", "", "clear-writing", "",
                "staying-current");
        assertThat(since(csv.out(), both)).containsExactly(first, "NOT_YET", "62", "mentoring", "clear-writing",
                "", "staying-current");

        CommandRun markdown = run("report", "--cycle", second, "--format", "md");
        assertThat(markdown.out()).contains("Since last cycle (" + first + ")")
                .contains("Since then: no change in what stands in the way.")
                .contains("cleared by the engineer: mentoring").contains("new by the rules: staying")
                .contains("In " + first + ": NOT_YET, 62% · decision: defer");
        CommandRun html = run("report", "--cycle", second, "--format", "html");
        assertThat(html.out()).contains("Since last cycle (" + first + ")").contains("<svg");
        assertThat(run("report", "--cycle", first, "--format", "csv").out()).doesNotContain(second)
                .contains(neither + ",");
        // A closed cycle shows what it ended with, whatever versions came after.
        assertThat(run("cycle", "show", first, "--format", "json").out()).contains("\"defer\" : 4")
                .contains("\"undecided\" : 0").doesNotContain("\"version\" : 2");
        assertThat(run("cycle", "close", first).err()).contains("cycle " + first + " is closed")
                .contains("nothing changed");
    }

    /** The seven "since last cycle" columns of a candidate's row in the CSV packet (no field here is quoted). */
    private static java.util.List<String> since(String csv, String id) {
        String row = csv.lines().filter(line -> line.startsWith(id + ",")).findFirst().orElseThrow();
        String[] cells = row.split(",", -1);
        return java.util.Arrays.asList(cells).subList(cells.length - 7, cells.length);
    }

    private void assertBadInput(CommandRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    private static String fingerprintIn(String json) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"fingerprint\" : \"(sha256:[0-9a-f]+)\"")
                .matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
