package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.TestRules;

/**
 * Issue 22, attack 2: the bound behind the rule check. The check refuses loops, recursion and
 * {@code repeat}; compiled here without it, such rules are still stopped: a session over the time
 * limit ({@code ladder.rule-time-limit}, given here as a parameter) is stopped and named with its
 * rules and profile, and a stack overflow or out-of-memory names the rule; all exit 1, never 2,
 * and the next profile is evaluated as if nothing had happened.
 */
class RuleBoundsTest {

    private static final String RUNAWAY_RULES = """
            package rules;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.note;

            function int deeper(int depth) {
                return deeper(depth + 1) + 1;
            }

            rule "A rule that never ends"
                @code("spins") @section("Final Thoughts")
            when
                $profile : Profile(id == "spins")
            then
                while (true) { }
            end

            rule "A rule that calls itself too deep"
                @code("recurses") @section("Final Thoughts")
            when
                $profile : Profile(id == "recurses")
            then
                insert(note(drools, $profile, "depth " + deeper(0), "None."));
            end

            rule "A rule that asks for all the memory"
                @code("exhausts") @section("Final Thoughts")
            when
                $profile : Profile(id == "exhausts")
            then
                // Twice Integer.MAX_VALUE - 8 characters: OutOfMemoryError at once, whatever the heap.
                insert(note(drools, $profile, "xx".repeat(Integer.MAX_VALUE - 8), "None."));
            end
            """;

    @TempDir
    static Path rulesDir;

    private static RuleSet rules;
    private static Profile maya;
    private final Evaluator evaluator = new Evaluator();

    @BeforeAll
    static void compileTheDefaultsAndTheRunawayRulesWithoutTheCheck() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
        Files.writeString(rulesDir.resolve("runaway.drl"), RUNAWAY_RULES);
        rules = new RuleCompiler().compileWithoutTheCheck(RuleSources.fromDirectory(rulesDir), rulesDir.toString());
        maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();
        // Drools writes a consequence's invoker class the first time the rule fires. A watchdog's Thread.stop
        // landing inside that first write leaves the class defined but the rule without it, and every later
        // fire fails (LinkageError: duplicate class definition); seen once in a full run. The rules in use
        // are tried before they serve, which fires them first; here, Maya's evaluation does the same.
        new Evaluator().evaluate(rules, maya, null);
    }

    @AfterEach
    void defaultLimit() {
        RuleBounds.limit(RuleBounds.DEFAULT_LIMIT);
    }

    private static Profile mayaAs(String id) {
        return new Profile(id, maya.name(), maya.level(), maya.target(), maya.yearsInLevel(), maya.values(),
                maya.notes());
    }

    /** What the user sees: exit 1 and the message; then the next profile evaluates as it always does. */
    private void assertRefusedThenNextProfileUnharmed(Profile profile, String message) {
        assertThatThrownBy(() -> evaluator.evaluate(rules, profile, null))
                .isInstanceOfSatisfying(LadderException.class,
                        error -> assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining(message);
        Evaluation next = evaluator.evaluate(rules, maya, null);
        Evaluation expected = TestRules.evaluate(maya);
        assertThat(next.verdict()).isEqualTo(expected.verdict());
        assertThat(next.findings()).isEqualTo(expected.findings());
    }

    @Test
    void shouldRefuseTheRunawayRulesWithTheCheck() {
        assertThatThrownBy(() -> new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString()))
                .hasMessageContaining("runaway.drl:5: forbidden in a rule: function deeper calls itself")
                .hasMessageContaining("runaway.drl:14: forbidden in a rule: a while loop")
                .hasMessageContaining("runaway.drl:31: forbidden in a rule: calls .repeat(...)");
    }

    @Test
    void shouldStopASessionOverTheTimeLimitAndNameTheRulesAndTheProfile() {
        RuleBounds.limit(Duration.ofMillis(300));

        assertRefusedThenNextProfileUnharmed(mayaAs("spins"), "the rules in " + rulesDir + " did not finish for spins"
                + " within 300 ms (ladder.rule-time-limit), and were stopped");
    }

    @Test
    void shouldNameTheRuleThatOverflowsTheStack() {
        assertRefusedThenNextProfileUnharmed(mayaAs("recurses"), "rule \"A rule that calls itself too deep\"");
    }

    @Test
    void shouldNameTheRuleThatExhaustsMemory() {
        assertRefusedThenNextProfileUnharmed(mayaAs("exhausts"), "rule \"A rule that asks for all the memory\"");
    }
}
