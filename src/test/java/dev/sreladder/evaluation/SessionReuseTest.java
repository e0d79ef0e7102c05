package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.TestRules;

/**
 * Sessions are reused from profile to profile: nothing of one evaluation (its facts, a rule that
 * ran away, the trace it recorded) may reach the next, on any thread.
 */
class SessionReuseTest {

    private static final String LOOPING_RULE = """
            package rules;
            import dev.sreladder.evaluation.Finding;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.note;
            rule "A rule that loops for one engineer"
                @code("loops-for-one")
                @section("Building a Career in SRE: The Real Path from Junior to Staff Engineer")
            when
                $profile : Profile(id == "runaway")
                Finding()
            then
                // Each note is a new Finding, which matches again: an activation loop of allowed code.
                insert(note(drools, $profile, "again", "None."));
            end
            """;

    @TempDir
    static Path rulesDir;

    private static RuleSet rules;
    private static Profile maya;
    private final Evaluator evaluator = new Evaluator();

    @BeforeAll
    static void compileTheDefaultsAndALoopingRule() throws Exception {
        try (var drl = Files.newDirectoryStream(Path.of("rules"), "*.drl")) {
            for (Path file : drl) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
        Files.writeString(rulesDir.resolve("runaway.drl"), LOOPING_RULE);
        rules = new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString());
        maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();
    }

    private static void assertSameResult(Evaluation actual, Evaluation expected) {
        assertThat(actual.verdict()).isEqualTo(expected.verdict());
        assertThat(actual.score()).isEqualTo(expected.score());
        assertThat(actual.findings()).isEqualTo(expected.findings());
    }

    @Test
    void shouldEvaluateTheNextProfileCleanlyAfterARuleRanAway() {
        Profile runaway = new Profile("runaway", maya.name(), maya.level(), maya.target(), maya.yearsInLevel(),
                maya.values(), maya.notes());

        assertThatThrownBy(() -> evaluator.evaluate(rules, runaway, null)).isInstanceOf(LadderException.class)
                .hasMessageContaining("fired " + RuleBounds.MAX_FIRINGS + " times for runaway");

        assertSameResult(evaluator.evaluate(rules, maya, null), TestRules.evaluate(maya));
    }

    @Test
    void shouldNotTraceAnEvaluationAfterATracedOne() {
        Evaluation traced = evaluator.evaluate(rules, maya, null, true);
        Evaluation untraced = evaluator.evaluate(rules, maya, null, false);

        assertThat(traced.trace()).isNotEmpty();
        assertThat(untraced.trace()).isEmpty();
        assertThat(evaluator.evaluate(rules, maya, null, true).trace()).hasSameSizeAs(traced.trace());
    }

    @Test
    void shouldGiveEveryThreadTheSameResultAsOneThread() throws Exception {
        Evaluation alone = evaluator.evaluate(rules, maya, null);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Evaluation>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(threads.submit(() -> evaluator.evaluate(rules, maya, null)));
            }
            for (Future<Evaluation> result : results) {
                assertSameResult(result.get(), alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
