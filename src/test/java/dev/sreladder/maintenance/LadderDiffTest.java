package dev.sreladder.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.LadderException;

/**
 * What separates two levels, read from the rules: the default ladder ({@code rules/}) and the platform
 * example ({@code samples/ladders/platform/rules}). Every expectation of the upper level of a step is
 * listed exactly once, as new, raised or the same, and nothing else is listed.
 */
class LadderDiffTest {

    static RuleSet defaultRules;
    static RuleSet platformRules;
    static LadderOverview sre;
    static LadderOverview platform;

    @BeforeAll
    static void compile() {
        RuleCompiler compiler = new RuleCompiler();
        defaultRules = compiler.compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        platformRules = compiler.compile(RuleSources.fromDirectory(Path.of("samples/ladders/platform/rules")),
                "platform");
        sre = LadderOverview.of(defaultRules);
        platform = LadderOverview.of(platformRules);
    }

    @AfterAll
    static void close() {
        defaultRules.close();
        platformRules.close();
    }

    static LadderDiff diff(LadderOverview overview, String from, String to) {
        Ladder ladder = overview.ladder();
        return LadderDiff.between(overview, ladder.requireLevel(from, "FROM"), ladder.requireLevel(to, "TO"));
    }

    static List<String> codes(List<Expectation> expectations) {
        return expectations.stream().map(Expectation::code).toList();
    }

    static List<String> bars(LadderDiff.Step step) {
        List<String> bars = new ArrayList<>();
        for (LadderDiff.Raised raised : step.raised()) {
            for (LadderDiff.Bar bar : raised.bars()) {
                bars.add(raised.expectation().code() + ": " + bar.before().condition() + " → "
                        + bar.after().condition() + (bar.raised() ? "" : " (eased)"));
            }
        }
        return bars;
    }

    @Test
    void shouldSayWhatSeniorAsksBeyondMidWithTheBarsRaisedOnKeysMidAlreadyAskedFor() {
        LadderDiff diff = diff(sre, "MID", "SENIOR");

        assertThat(diff.steps()).hasSize(1);
        LadderDiff.Step step = diff.steps().get(0);
        assertThat(codes(step.added())).containsExactlyInAnyOrder("resilience-testing", "cross-team-influence",
                "design-docs-and-postmortems", "mentoring");
        assertThat(bars(step)).containsExactlyInAnyOrder(
                "capacity-and-cost: capacityPlanning ≥ 2 → capacityPlanning ≥ 3",
                "clear-writing: writing ≥ 2 → writing ≥ 3",
                "staying-current: stayingCurrent ≥ 2 → stayingCurrent ≥ 3");
        assertThat(step.same()).isEmpty();
        assertThat(codes(step.notAskedAgain())).containsExactlyInAnyOrder("primary-on-call", "service-ownership",
                "slo-driven-thinking", "infrastructure-as-code", "production-debugging", "customer-empathy");
        assertThat(step.traps()).extracting(trap -> trap.rule().code()).containsExactly("mid-level-plateau");
    }

    @Test
    void shouldSumTheStepsFromJuniorToStaffEachAttributedToTheLevelItLeadsTo() {
        LadderDiff diff = diff(sre, "junior", "Staff");

        assertThat(diff.from().name()).isEqualTo("JUNIOR");
        assertThat(diff.to().name()).isEqualTo("STAFF");
        assertThat(diff.steps()).extracting(step -> step.from().name() + "→" + step.to().name())
                .containsExactly("JUNIOR→MID", "MID→SENIOR", "SENIOR→STAFF");
        assertThat(diff.steps().get(1)).isEqualTo(diff(sre, "MID", "SENIOR").steps().get(0));
        assertThat(bars(diff.steps().get(0))).contains("primary-on-call: incidentResponse ≥ 2 → incidentResponse ≥ 3",
                "clear-writing: writing ≥ 1 → writing ≥ 2");
        assertThat(diff.steps().get(0).traps()).extracting(trap -> trap.rule().code())
                .containsExactly("architecting-too-early");
        LadderDiff.Step toStaff = diff.steps().get(2);
        assertThat(bars(toStaff)).containsExactly(
                "organizational-influence: crossTeamInfluence ≥ 3 → crossTeamInfluence ≥ 4",
                "organizational-influence: crossTeamInitiatives ≥ 1 → crossTeamInitiatives ≥ 3");
        assertThat(codes(toStaff.added())).contains("customer-empathy", "standards-and-platforms");
        assertThat(toStaff.traps()).extracting(trap -> trap.rule().code())
                .containsExactlyInAnyOrder("wont-let-go", "impact-not-scaling");
    }

    @Test
    void shouldPairBarsInsideAlternativesOnThePlatformLadder() {
        LadderDiff.Step step = diff(platform, "SENIOR", "STAFF").steps().get(0);

        assertThat(bars(step)).containsExactlyInAnyOrder(
                "multiplies-teams: selfServiceTools ≥ 2 → selfServiceTools ≥ 3",
                "multiplies-teams: adoptingTeams ≥ 2 → adoptingTeams ≥ 6",
                "security-leadership: securityFixes ≥ 5 → securityFixes ≥ 10",
                "platform-strategy: platformDesign ≥ 2 → platformDesign ≥ 3");
        assertThat(codes(step.added())).containsExactly("clear-communication");
        assertThat(step.traps()).extracting(trap -> trap.rule().code()).containsExactly("platform-hero");
        assertThat(diff(platform, "STAFF", "PRINCIPAL").steps().get(0).traps())
                .extracting(trap -> trap.rule().code()).containsExactly("out-of-touch");
    }

    @Test
    void shouldListEveryExpectationOfTheUpperLevelOnceAndInventNothingOnEitherLadder() {
        for (LadderOverview overview : List.of(sre, platform)) {
            List<Level> levels = overview.ladder().levels();
            LadderDiff whole = LadderDiff.between(overview, levels.get(0), levels.get(levels.size() - 1));
            assertThat(whole.steps()).hasSize(levels.size() - 1);
            for (LadderDiff.Step step : whole.steps()) {
                List<Expectation> upper = expectations(overview, step.to());
                List<Expectation> lower = expectations(overview, step.from());
                List<Expectation> listed = new ArrayList<>(step.added());
                step.raised().forEach(raised -> listed.add(raised.expectation()));
                listed.addAll(step.same());
                assertThat(listed).as(step.from() + " → " + step.to()).containsExactlyInAnyOrderElementsOf(upper);
                assertThat(step.notAskedAgain()).isSubsetOf(lower);
                for (LadderDiff.Raised raised : step.raised()) {
                    assertThat(raised.bars()).isNotEmpty();
                    for (LadderDiff.Bar bar : raised.bars()) {
                        assertThat(raised.expectation().requirements().stream()
                                .flatMap(condition -> condition.requirements().stream()))
                                .contains(bar.after());
                        assertThat(lower.stream().flatMap(expectation -> expectation.requirements().stream())
                                .flatMap(condition -> condition.requirements().stream())).contains(bar.before());
                    }
                }
                assertThat(step.traps()).isSubsetOf(overview.traps());
                assertThat(step).isEqualTo(LadderDiff.between(overview, step.from(), step.to()).steps().get(0));
            }
        }
    }

    static List<Expectation> expectations(LadderOverview overview, Level level) {
        return overview.levels().get(level.rank()).expectations();
    }

    @Test
    void shouldCallAnExpectationTheSameOnlyWhenTheLowerLevelAsksEachOfItsConditions() {
        Level one = sre.ladder().requireLevel("JUNIOR", "a test");
        Level two = sre.ladder().requireLevel("MID", "a test");
        Expectation writing = expectation("writing-basics", one, Requirement.atLeast("writing", 2));
        Expectation sameBar = expectation("writes-well", two, Requirement.atLeast("writing", 2));
        Expectation besideANewKey = expectation("writes-docs", two, Requirement.atLeast("writing", 2),
                Requirement.atLeast("designDocs", 1));
        Expectation eased = expectation("writes-less", two, Requirement.atLeast("writing", 1));
        LadderOverview overview = new LadderOverview(sre.ladder(),
                List.of(new LadderOverview.LevelExpectations(one, List.of(writing)),
                        new LadderOverview.LevelExpectations(two, List.of(sameBar, besideANewKey, eased))),
                List.of(), "sha256:0", 0, "test");
        LadderDiff.Step step = LadderDiff.between(overview, one, two).steps().get(0);

        assertThat(codes(step.same())).containsExactly("writes-well");
        assertThat(codes(step.added())).containsExactly("writes-docs");
        assertThat(bars(step)).containsExactly("writes-less: writing ≥ 2 → writing ≥ 1 (eased)");
        assertThat(step.notAskedAgain()).isEmpty();
    }

    static Expectation expectation(String code, Level level, Requirement... bars) {
        return new Expectation("rule " + code, code, "a section", level, "advice of " + code, List.of(bars));
    }

    @Test
    void shouldTellARaisedBarFromAnEasedOne() {
        assertThat(new LadderDiff.Bar(Requirement.atLeast("a", 2), Requirement.atLeast("a", 3)).raised()).isTrue();
        assertThat(new LadderDiff.Bar(Requirement.atLeast("a", 3), Requirement.atLeast("a", 2)).raised()).isFalse();
        assertThat(new LadderDiff.Bar(new Requirement("a", ">=", 2), new Requirement("a", ">", 2)).raised())
                .isTrue();
        assertThat(new LadderDiff.Bar(Requirement.atMost("a", 0.5), Requirement.atMost("a", 0.3)).raised()).isTrue();
        assertThat(new LadderDiff.Bar(Requirement.atMost("a", 0.3), Requirement.atMost("a", 0.5)).raised())
                .isFalse();
    }

    @Test
    void shouldRefuseAFromThatIsNotBelowToNamingBothAndTheLevels() {
        Ladder ladder = sre.ladder();
        assertThatThrownBy(() -> LadderDiff.between(sre, ladder.requireLevel("SENIOR", "FROM"),
                ladder.requireLevel("MID", "TO")))
                .isInstanceOf(LadderException.class)
                .hasMessageContaining("SENIOR is not below MID")
                .hasMessageContaining("JUNIOR, MID, SENIOR or STAFF");
        assertThatThrownBy(() -> LadderDiff.between(sre, ladder.requireLevel("MID", "FROM"),
                ladder.requireLevel("MID", "TO")))
                .hasMessageContaining("MID is not below MID");
        assertThatThrownBy(() -> LadderDiff.between(sre, platform.ladder().requireLevel("ASSOCIATE", "FROM"),
                ladder.requireLevel("MID", "TO")))
                .hasMessageContaining("ASSOCIATE is not on ladder")
                .hasMessageContaining("JUNIOR, MID, SENIOR or STAFF");
    }
}
