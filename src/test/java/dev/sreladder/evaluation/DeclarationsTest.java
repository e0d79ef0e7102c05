package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;
import dev.sreladder.testing.TestRules;

/**
 * A rule set declares the expectations of each range of levels once, and each engineer checked
 * over that range is assessed against them: the trace still shows every expectation rule for
 * every profile, and rule sets stored with the assessment rules of old (fact model 1) replay unchanged.
 */
class DeclarationsTest {

    /** The assessment rules the default rule set carried before expectations were assessed outside them. */
    static final String STORED_ASSESSMENT_RULES = """
            // How a declared expectation becomes a finding: MET when every condition holds; otherwise a
            // BLOCKER at the engineer's own level (the foundation is missing) or a GAP at a level above.
            package rules;

            import dev.sreladder.evaluation.Expectation;
            import dev.sreladder.evaluation.Finding;
            import dev.sreladder.evaluation.FindingKind;
            import dev.sreladder.profile.Profile;

            rule "An expectation whose every condition holds is met"
                @code("expectation-met")
                @section("Building a Career in SRE: The Real Path from Junior to Staff Engineer")
            when
                $profile : Profile()
                $expectation : Expectation(isMetBy($profile))
            then
                insert(Finding.met($expectation, $profile));
            end

            rule "An unmet expectation of the engineer's own level is a blocker"
                @code("expectation-blocker")
                @section("Building a Career in SRE: The Real Path from Junior to Staff Engineer")
            when
                $profile : Profile()
                $expectation : Expectation(!isMetBy($profile), level == $profile.level)
            then
                insert(Finding.unmet($expectation, $profile, FindingKind.BLOCKER));
            end

            rule "An unmet expectation of a level above the engineer's own is a gap"
                @code("expectation-gap")
                @section("Building a Career in SRE: The Real Path from Junior to Staff Engineer")
            when
                $profile : Profile()
                $expectation : Expectation(!isMetBy($profile), level != $profile.level)
            then
                insert(Finding.unmet($expectation, $profile, FindingKind.GAP));
            end
            """;

    private final RuleSet rules = TestRules.defaults();

    @Test
    void shouldDeclareARangeOnceWithTheExpectationsOfEachLevelInIt() {
        RuleSet.Declarations midToSenior = rules.declarations(Levels.MID, Levels.SENIOR);

        assertThat(rules.declarations(Levels.MID, Levels.SENIOR)).isSameAs(midToSenior);
        assertThat(midToSenior.expectations()).extracting(Expectation::rule)
                .containsExactlyInAnyOrderElementsOf(expectationRulesOf(Levels.MID, Levels.SENIOR));
    }

    @Test
    void shouldFireOnlyTheExpectationRulesWhileDeclaring() {
        for (Level from : Ladder.article().levels()) {
            for (Level to : Ladder.article().levels()) {
                if (!to.isBelow(from)) {
                    RuleSet.Declarations declarations = rules.declarations(from, to);
                    assertThat(declarations.fired()).as(from + "–" + to).extracting(FiredRule::rule)
                            .containsExactlyInAnyOrderElementsOf(expectationRulesOf(from, to));
                }
            }
        }
    }

    @Test
    void shouldTraceTheDeclaringRulesFirstForEveryEngineerThenTheirOwnFirings() {
        Evaluator evaluator = new Evaluator();
        Evaluation plateau = evaluator.evaluate(rules, Profiles.exemplary().level(Levels.MID).with("yearsInLevel", 3)
                .with("crossTeamInfluence", 1).with("crossTeamInitiatives", 0).build(), Levels.SENIOR, true);
        Evaluation another = evaluator.evaluate(rules, Profiles.exemplary().level(Levels.MID).build(), Levels.SENIOR,
                true);
        int declared = expectationRulesOf(Levels.MID, Levels.SENIOR).size();

        assertThat(plateau.trace().subList(0, declared)).isEqualTo(another.trace().subList(0, declared));
        assertThat(plateau.trace()).extracting(FiredRule::order)
                .isEqualTo(IntStream.rangeClosed(1, plateau.trace().size()).boxed().toList());
        assertThat(plateau.trace().subList(declared, plateau.trace().size())).extracting(FiredRule::code)
                .contains("mid-level-plateau").last().isEqualTo("verdict-not-yet-held-back");
    }

    @Test
    void shouldReplayARuleSetStoredWithTheOldAssessmentRulesToTheSameVerdicts() {
        List<RuleFile> stored = storedWithAssessmentRules();
        RuleSet old = new RuleCompiler().compile(stored, "a stored rule set", FactModel.V1);
        assertThat(old.rules()).extracting(RuleInfo::code).contains("expectation-met", "expectation-gap");
        Evaluator evaluator = new Evaluator();
        List<Profile> samples = new ProfileLoader(new ProfileReader()).load("samples", Ladder.article()).stream()
                .map(loaded -> ((ProfileLoader.Read) loaded).document().profile()).toList();

        assertThat(samples).isNotEmpty().allSatisfy(profile -> {
            Evaluation now = evaluator.evaluate(rules, profile, null);
            Evaluation then = evaluator.evaluate(old, profile, null, true);
            assertThat(then.verdict()).as(profile.id()).isEqualTo(now.verdict());
            assertThat(then.score()).as(profile.id()).isEqualTo(now.score());
            // The notes fact model 4 added are today's only: the rest is as it was.
            assertThat(then.findings()).as(profile.id()).isEqualTo(now.findings().stream()
                    .filter(finding -> old.rule(finding.rule()).isPresent()).toList());
            assertThat(then.trace()).extracting(FiredRule::code)
                    .doesNotContain("expectation-met", "expectation-blocker", "expectation-gap");
        });
    }

    /** The rule files of fact model 1 (as in rules/ up to 2026-11-29) with their old assessment rules. */
    static List<RuleFile> storedWithAssessmentRules() {
        List<RuleFile> stored = new ArrayList<>(RuleSources.fromDirectory(FactModelTest.V1_RULES));
        stored.add(new RuleFile("stored/assessment.drl", STORED_ASSESSMENT_RULES));
        return stored;
    }

    private Set<String> expectationRulesOf(Level from, Level to) {
        return rules.rules().stream().filter(rule -> rule.kind() == RuleKind.EXPECTATION)
                .filter(rule -> !rule.level().isBelow(from) && !rule.level().isAbove(to)).map(RuleInfo::name)
                .collect(Collectors.toSet());
    }
}
