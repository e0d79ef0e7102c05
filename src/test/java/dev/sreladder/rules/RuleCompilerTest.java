package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;

/** Loading rules from a folder: all or nothing, errors as path:line, a stable fingerprint. */
class RuleCompilerTest {

    @TempDir
    Path rulesDir;

    private void copyDefaultRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
    }

    private RuleSet compile() {
        return new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString());
    }

    @Test
    void shouldRefuseTheWholeSetAndNameFileAndLineOfASyntaxError() throws IOException {
        copyDefaultRules();
        Path senior = rulesDir.resolve("senior.drl");
        List<String> lines = Files.readAllLines(senior);
        int when = lines.indexOf("    Checking(level == \"SENIOR\")");
        lines.set(when, "    Checking(level == \"SENIOR\"");
        Files.write(senior, lines);

        assertThatThrownBy(this::compile).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).contains(senior + ":" + (when + 2) + ":")
                    .doesNotContain("Parser returned a null Package");
        });
    }

    @Test
    void shouldNameAnUnknownFactType() throws IOException {
        copyDefaultRules();
        Path notes = rulesDir.resolve("notes.drl");
        Files.writeString(notes, Files.readString(notes).replace("$profile : Profile(yearsInLevel >= 4)",
                "$profile : Profil(yearsInLevel >= 4)"));

        assertThatThrownBy(this::compile).hasMessageContaining(notes + ":").hasMessageContaining("Profil");
    }

    @Test
    void shouldRefuseAFolderWithoutRules() {
        assertThatThrownBy(this::compile).hasMessageContaining("no rule files (*.drl) in " + rulesDir);
    }

    @Test
    void shouldFingerprintTheFilesSoAnEditChangesIt() throws IOException {
        copyDefaultRules();
        String before = compile().fingerprint();
        Path staff = rulesDir.resolve("staff.drl");
        Files.writeString(staff, Files.readString(staff).replace("atLeast(\"engineersEnabled\", 20)",
                "atLeast(\"engineersEnabled\", 10)"));
        RuleSet edited = compile();

        assertThat(before).startsWith("sha256:").hasSize("sha256:".length() + 64).isNotEqualTo(edited.fingerprint());
        assertThat(new Evaluator().evaluate(edited,
                Profiles.exemplary().level(Levels.STAFF).with("engineersEnabled", 10).build(),
                null).verdict()).as("the edited threshold is what counts").isEqualTo(Verdict.READY);
    }

    @Test
    void shouldStopARuleThatLoopsWithAClearError() throws IOException {
        copyDefaultRules();
        Files.writeString(rulesDir.resolve("loop.drl"), """
                package rules;
                import dev.sreladder.evaluation.Finding;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.note;
                rule "A rule that inserts what it matches loops"
                    @code("loop") @section("Final Thoughts")
                when
                    $profile : Profile()
                    Finding()
                then
                    insert(note(drools, $profile, "one more note", "each note is a finding this rule matches"));
                end
                """);

        assertThatThrownBy(() -> new Evaluator().evaluate(compile(), Profiles.exemplary().build(), null))
                .isInstanceOf(LadderException.class).hasMessageContaining("without finishing");
    }

    @Test
    void shouldNameTheRuleWhoseConsequenceFails() throws IOException {
        copyDefaultRules();
        Files.writeString(rulesDir.resolve("broken.drl"), """
                package rules;
                import dev.sreladder.profile.Profile;
                rule "A rule that divides by zero fails"
                    @code("broken") @section("Final Thoughts")
                when
                    $profile : Profile()
                then
                    int zero = 0;
                    int fails = 1 / zero;
                end
                """);

        assertThatThrownBy(() -> new Evaluator().evaluate(compile(), Profiles.exemplary().build(), null))
                .isInstanceOf(LadderException.class)
                .hasMessageContaining("rule \"A rule that divides by zero fails\" failed for alex-exemplar");
    }

    /** A new rule whose 'then' part, below the rule's first line, holds the Java mistakes given. */
    private Path ruleWithThen(String then) throws IOException {
        copyDefaultRules();
        Path file = rulesDir.resolve("zz-new-rule.drl");
        Files.writeString(file, """
                package rules;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.note;
                rule "A maintainer's new rule"
                    @code("new-rule") @section("Final Thoughts")
                when
                    $profile : Profile(yearsInLevel >= 4)
                then
                """ + then + "end\n");
        return file;
    }

    @Test
    void shouldNameTheLineOfEachJavaErrorInAThenPartInTheMaintainersWords() throws IOException {
        Path file = ruleWithThen("""

                    int years = 4;
                    int left = yearsToGo + 1;
                    insert(note(drools, years));
                    String shown = years;
                    insert(note(drools, $profile, "long tenure", "advice"));
                """);

        assertThatThrownBy(this::compile).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.getMessage().lines().filter(line -> line.startsWith(file.toString()))).containsExactly(
                    file + ":11: 'yearsToGo' is not defined: bind it in 'when' ($x : ...) or declare it above this"
                            + " line (in the 'then' part of rule \"A maintainer's new rule\")",
                    file + ":12: note(...) takes (drools, Profile, String, String), not (drools, int)"
                            + " (in the 'then' part of rule \"A maintainer's new rule\")",
                    file + ":13: Type mismatch: cannot convert from int to String"
                            + " (in the 'then' part of rule \"A maintainer's new rule\")");
            assertThat(error.getMessage()).doesNotContain("KnowledgeHelper", "RuleContext", "Rule_",
                    "Rule Compilation error");
        });
    }

    @Test
    void shouldCountTheLinesFromTheFirstLineOfTheThenPart() throws IOException {
        Path file = ruleWithThen("""
                    insert(note(drools, $profile, "long tenure", "advice"));
                    insert(note(drools, $profile, "long tenure", tenure));
                """);

        assertThatThrownBy(this::compile).hasMessageContaining(file + ":10: 'tenure' is not defined");
    }

    @Test
    void shouldSayWhatIsUnexpectedWhereASemicolonIsMissing() throws IOException {
        Path file = ruleWithThen("""
                    int years = 4
                    insert(note(drools, $profile, "long tenure", "advice"));
                """);

        assertThatThrownBy(this::compile).hasMessageContaining(file + ":9: forbidden in a rule: this code does not"
                + " read as Java: unexpected 'insert' (a ';' missing before it?)").hasMessageNotContaining("escapes");
    }
}
