package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.TestRules;

/**
 * A rule set is compiled and assessed as the fact model it was written for: the rules of fact
 * model 1 (frozen copies of rules/ as they were up to 2026-11-29, in src/test/resources) replay
 * to exactly what today's rules give, and a file written for one model is refused under the other.
 */
class FactModelTest {

    static final Path V1_RULES = Path.of("src/test/resources/factmodel-v1");

    private final Evaluator evaluator = new Evaluator();

    private static List<Profile> samples() {
        return new ProfileLoader(new ProfileReader()).load("samples", Ladder.article()).stream()
                .map(loaded -> ((ProfileLoader.Read) loaded).document().profile()).toList();
    }

    private void assertSameOutcomesAsTodaysRules(RuleSet old) {
        assertThat(samples()).isNotEmpty().allSatisfy(profile -> {
            Evaluation now = evaluator.evaluate(TestRules.defaults(), profile, null, true);
            Evaluation then = evaluator.evaluate(old, profile, null, true);
            assertThat(then.verdict()).as(profile.id()).isEqualTo(now.verdict());
            assertThat(then.score()).as(profile.id()).isEqualTo(now.score());
            // The notes fact model 4 added are today's only: the rest is as it was.
            assertThat(then.findings()).as(profile.id()).isEqualTo(now.findings().stream()
                    .filter(finding -> old.rule(finding.rule()).isPresent()).toList());
            assertThat(then.trace()).as(profile.id()).extracting(FiredRule::code)
                    .isEqualTo(now.trace().stream().map(FiredRule::code)
                            .filter(code -> old.rules().stream().anyMatch(rule -> code.equals(rule.code()))).toList());
        });
    }

    @Test
    void shouldReplayTheRulesOfFactModelOneToTheSameOutcomesAsTodaysRules() {
        List<RuleFile> stored = RuleSources.fromDirectory(V1_RULES);
        try (RuleSet old = new RuleCompiler().compile(stored, "a stored rule set", FactModel.V1)) {
            assertThat(old.factModel()).isEqualTo(FactModel.V1);
            assertThat(old.files()).as("kept as written").isEqualTo(stored);
            assertThat(old.fingerprint()).isEqualTo(RuleCompiler.fingerprint(stored));
            // Today's rules are those of fact model 1 and the two notes fact model 4 added.
            assertThat(TestRules.defaults().rules()).filteredOn(rule -> old.rule(rule.name()).isEmpty())
                    .extracting(RuleInfo::code).containsExactly("ratings-disconnect", "evidence-to-check");
            assertThat(old.rules()).extracting(RuleInfo::kind, RuleInfo::level, RuleInfo::line, RuleInfo::reads)
                    .isEqualTo(TestRules.defaults().rules().stream().filter(rule -> old.rule(rule.name()).isPresent())
                            .map(rule -> org.assertj.core.groups.Tuple.tuple(rule.kind(), rule.level(),
                                    old.rule(rule.name()).orElseThrow().line(), rule.reads()))
                            .toList());
            assertSameOutcomesAsTodaysRules(old);
        }
    }

    @Test
    void shouldReplayTheRulesOfFactModelOneWithTheirOldAssessmentRulesToTheSameOutcomes() {
        try (RuleSet old = new RuleCompiler().compile(DeclarationsTest.storedWithAssessmentRules(),
                "a stored rule set", FactModel.V1)) {
            assertThat(old.rules()).extracting(RuleInfo::code)
                    .contains("expectation-met", "expectation-blocker", "expectation-gap");
            assertSameOutcomesAsTodaysRules(old);
        }
    }

    @Test
    void shouldRefuseAFactModelThisBuildDoesNotKnow() {
        assertThatThrownBy(() -> FactModel.of(99)).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).isEqualTo("this rule set was written for fact model 99, which this build"
                    + " of sre-ladder does not know (it knows 1, 2, 3, 4): replay it with the build that recorded it,"
                    + " or a newer one");
        });
        assertThat(FactModel.of(1)).isEqualTo(FactModel.V1);
        assertThat(FactModel.of(2)).isEqualTo(FactModel.V2);
        assertThat(FactModel.of(3)).isEqualTo(FactModel.V3);
        assertThat(FactModel.of(4)).isEqualTo(FactModel.CURRENT);
    }

    @Test
    void shouldRefuseRulesWrittenForFactModelOneWhenCompiledAsTheCurrentOne() {
        List<RuleFile> v1 = RuleSources.fromDirectory(V1_RULES);

        assertThatThrownBy(() -> new RuleCompiler().compile(v1, "an old rules folder"))
                .isInstanceOf(LadderException.class)
                .hasMessageContaining(V1_RULES.resolve("senior.drl") + ":16: written for fact model 1, not 4:"
                        + " Expectation.declaredBy(...) is gone; use expectation(drools, ...)"
                        + " (import function dev.sreladder.evaluation.RuleApi.expectation;)")
                .hasMessageContaining(V1_RULES.resolve("traps.drl") + ":11: written for fact model 1, not 4:"
                        + " function dev.sreladder.evaluation.Requirement.atLeast is gone;"
                        + " import function dev.sreladder.evaluation.RuleApi.atLeast;")
                .hasMessageContaining(V1_RULES.resolve("verdict.drl") + ":20: written for fact model 1, not 4:"
                        + " VerdictReached.by(...) is gone; use verdictReached(drools, ...)");
    }

    @Test
    void shouldRefuseRulesWrittenForTheCurrentFactModelWhenCompiledAsFactModelOne() {
        List<RuleFile> current = RuleSources.fromDirectory(Path.of("rules"));

        assertThatThrownBy(() -> new RuleCompiler().compile(current, "rules", FactModel.V1))
                .isInstanceOf(LadderException.class)
                .hasMessageContaining("rules/junior.drl:7: written for fact model 4, not 1: function"
                        + " dev.sreladder.evaluation.RuleApi.expectation is gone;");
    }

    @Test
    void shouldReportAnErrorInAFactModelOneFileAtItsOwnLine() {
        List<RuleFile> stored = new ArrayList<>(RuleSources.fromDirectory(V1_RULES));
        RuleFile senior = stored.stream().filter(file -> file.fileName().equals("senior.drl")).findFirst()
                .orElseThrow();
        stored.set(stored.indexOf(senior), new RuleFile(senior.path(),
                senior.content().replace("atLeast(\"gameDays\", 1)));", "atLeast(\"gameDays\", 1))) oops;")));

        assertThatThrownBy(() -> new RuleCompiler().compile(stored, "a stored rule set", FactModel.V1))
                .hasMessageContaining(senior.path() + ":18: forbidden in a rule: this code does not read as Java");
    }
}
