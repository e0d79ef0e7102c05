package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.TestRules;

/**
 * Rules insert findings and never change their inputs: every way DRL has to change a fact is
 * refused where {@code rules validate}, reload and start compile, at the line of the call.
 */
class RuleLintTest {

    @TempDir
    Path rulesDir;

    private static final String HEADER = """
            package rules;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.note;
            rule "A rule that changes what it matched"
                @code("changes-facts") @section("Final Thoughts")
            when
                $profile : Profile(yearsInLevel >= 4)
            then
            """;

    /** A consequence that changes a fact, and what the message names. */
    static Stream<Arguments> factChanges() {
        return Stream.of(
                Arguments.of("modify", "modify($profile) { }", "modify changes the facts the rules match"),
                Arguments.of("update", "update($profile);", "update changes the facts the rules match"),
                Arguments.of("retract", "retract($profile);", "retract changes the facts the rules match"),
                Arguments.of("delete", "delete($profile);", "delete changes the facts the rules match"),
                Arguments.of("insertLogical", "insertLogical(note(drools, $profile, \"x\", \"y\"));",
                        "insertLogical changes the facts the rules match"),
                Arguments.of("drools.update", "drools.update($profile);",
                        "drools.update changes the facts the rules match"),
                Arguments.of("drools.delete", "drools.delete($profile);",
                        "drools.delete changes the facts the rules match"),
                Arguments.of("drools.getKieRuntime", "drools.getKieRuntime().delete(null);",
                        "uses drools.getKieRuntime, which reaches past the rule into the session"),
                Arguments.of("kcontext", "kcontext.getKieRuntime();",
                "uses kcontext, the rule's handle on the session"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factChanges")
    void shouldRefuseARuleThatChangesAFactAtTheLineOfTheCall(String form, String consequence, String message)
            throws IOException {
        copyDefaultRules();
        Path file = rulesDir.resolve("zz-changes.drl");
        Files.writeString(file, HEADER + "    insert(note(drools, $profile, \"a note\", \"advice\"));\n    "
                + consequence + "\nend\n");

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString()))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(error.getMessage().lines().filter(line -> line.startsWith(file + ":10: ")))
                            .anySatisfy(line -> assertThat(line).contains("forbidden in a rule: " + message)
                                    .contains("rules insert findings; they never change their inputs"));
                });
    }

    @Test
    void shouldIgnoreTheWordsInCommentsAndStrings() throws IOException {
        copyDefaultRules();
        Files.writeString(rulesDir.resolve("zz-changes.drl"), HEADER
                + "    // never update($profile) or modify it\n"
                + "    insert(note(drools, $profile, \"no retract($profile) here\", \"drools.update(x)\"));\nend\n");

        try (RuleSet rules = new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString())) {
            assertThat(rules.rule("A rule that changes what it matched")).hasValueSatisfying(rule -> {
                assertThat(rule.kind()).isEqualTo(RuleKind.NOTE);
                assertThat(rule.line()).isEqualTo(4);
                assertThat(rule.reads()).containsExactly("yearsInLevel");
            });
        }
    }

    @Test
    void shouldDescribeEachRuleFromWhatDroolsParsed() {
        RuleSet rules = TestRules.defaults();

        assertThat(rules.rule("A senior SRE designs and runs game days")).hasValueSatisfying(rule -> {
            assertThat(rule.kind()).isEqualTo(RuleKind.EXPECTATION);
            assertThat(rule.level()).isEqualTo(Levels.SENIOR);
            assertThat(rule.location()).isEqualTo("rules/senior.drl:9");
        });
        assertThat(rules.rule("A senior aiming for staff whose impact does not reach beyond their own work is not "
                + "scaling"))
                .hasValueSatisfying(rule -> {
                    assertThat(rule.kind()).isEqualTo(RuleKind.TRAP);
                    assertThat(rule.level()).isEqualTo(Levels.SENIOR);
                    assertThat(rule.reads()).containsExactlyInAnyOrder("productionDebugging", "infrastructureAsCode",
                            "platformBuilding", "engineersEnabled");
                });
        assertThat(rules.rules()).filteredOn(rule -> rule.file().endsWith("verdict.drl"))
                .extracting(RuleInfo::kind).containsOnly(RuleKind.VERDICT);
        assertThat(new ProfileLoader(new ProfileReader()).load("samples", Ladder.article())).isNotEmpty();
    }

    private void copyDefaultRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
    }
}
