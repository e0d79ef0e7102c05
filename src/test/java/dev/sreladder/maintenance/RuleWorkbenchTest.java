package dev.sreladder.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ExpectedOutcome;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;
import dev.sreladder.testing.TestRules;

/** The workbench, sample tests, coverage and impact behind the rules commands, on rule sets built for each case. */
class RuleWorkbenchTest {

    private static final List<RuleFile> DEFAULTS = RuleSources.fromDirectory(Path.of("rules"));

    private static final RuleCompiler COMPILER = new RuleCompiler();
    private static final ProfileLoader LOADER = new ProfileLoader(new ProfileReader());

    private static CurrentRules rulesOf(List<RuleFile> files) {
        return new CurrentRules(() -> files, "rules", COMPILER);
    }

    @Test
    void shouldCallOutARuleThatCanNeverFire() {
        RuleFile impossible = new RuleFile("rules/impossible.drl", """
                package rules;
                import function dev.sreladder.evaluation.RuleApi.note;
                import dev.sreladder.profile.Profile;

                // Policy: nobody has spent a negative time in a level, so this can never fire.
                rule "A negative time in level is a note nobody will see"
                    @code("negative-tenure")
                    @section("Final Thoughts")
                when
                    $profile : Profile(yearsInLevel < 0)
                then
                    insert(note(drools, $profile, "{yearsInLevel} years", "none"));
                end
                """);

        Coverage coverage = new CoverageCount(rulesOf(Stream.concat(DEFAULTS.stream(), Stream.of(impossible))
                .toList()), LOADER).count("samples");

        assertThat(coverage.errors()).isEmpty();
        assertThat(coverage.neverFired()).extracting(RuleInfo::code).containsExactly("negative-tenure");
        assertThat(coverage.neverFired().get(0).location()).isEqualTo("rules/impossible.drl:6");
        // A junior expectation is declared once for the rule set, yet counts for every profile it was checked
        // for: every junior, as checks run from the engineer's own level up.
        long juniors = new ProfileLoader(new ProfileReader()).load("samples", Ladder.article()).stream()
                .filter(loaded -> ((ProfileLoader.Read) loaded).document().profile().level() == Levels.JUNIOR).count();
        assertThat(juniors).isPositive().isLessThan(coverage.profiles());
        assertThat(coverage.rules()).filteredOn(rule -> rule.rule().code().equals("incident-response-fundamentals"))
                .singleElement().extracting(Coverage.RuleCoverage::profiles).isEqualTo((int) juniors);
    }

    @Test
    void shouldDescribeEachDifferenceFromAnExpectedOutcome() {
        Evaluation evaluation = TestRules.evaluate(Profiles.exemplary().with("gameDays", 0).build());
        ExpectedOutcome expected = new ExpectedOutcome("READY", 100, null, java.util.Set.of(), null, null);

        assertThat(SampleTests.differences(expected, evaluation)).containsExactly(
                "verdict: expected READY, got ALMOST",
                "score: expected 100, got 93",
                "gaps: expected [], got [resilience-testing]; unexpected resilience-testing");
    }

    @Test
    void shouldLeaveTheRulesInUseAloneWhenValidatingOrComparing() {
        CurrentRules rules = rulesOf(DEFAULTS);
        RuleWorkbench workbench = new RuleWorkbench(rules, COMPILER);
        RuleImpact ruleImpact = new RuleImpact(rules, COMPILER, LOADER);
        List<RuleInfo> before = workbench.list();

        RuleWorkbench.Summary summary = workbench.validate(Path.of("rules"));
        Impact impact = ruleImpact.impact(Path.of("rules"), ladder -> ruleImpact.profiles("samples", ladder));

        assertThat(summary.rules()).isEqualTo(before.size());
        assertThat(impact.changed()).isEmpty();
        assertThat(workbench.list()).isEqualTo(before);
    }
}
