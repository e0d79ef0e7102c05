package dev.sreladder.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.cycle.Overrides.Overridden;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.testing.TestRules;

/** Which rules committees decided against, counted from decisions on real evaluations of the samples. */
class OverridesTest {

    /** NOT_YET: the mid-level plateau trap and a cross-team-influence gap. */
    private final Evaluation hannah = sample("hannah-okafor-mid-plateau-one-gap");
    /** ALMOST: two gaps, slo-driven-thinking and capacity-planning-contribution. */
    private final Evaluation diego = sample("diego-ramirez-junior-two-gaps");
    /** READY for MID. */
    private final Evaluation priya = sample("priya-nair-junior-ready");

    private static Evaluation sample(String name) {
        return TestRules.evaluate(new ProfileReader().read(Path.of("samples/" + name + ".yaml"), Ladder.article())
                .profile());
    }

    @Test
    void shouldCountEachRuleAPromoteWentAgainstMostOverriddenFirstThenByCode() {
        List<RuleOverride> tally = Overrides.tally(List.of(
                new Overridden("2026-H1", "PROMOTE", "leads the on-call guild", hannah),
                new Overridden("2026-H1", "PROMOTE", "", diego),
                new Overridden("2026-H2", "PROMOTE", "her initiative spans three teams", hannah)));

        assertThat(tally).extracting(RuleOverride::code, RuleOverride::level, RuleOverride::overrides,
                RuleOverride::cycles).containsExactly(
                        tuple("cross-team-influence", "SENIOR", 2, List.of("2026-H1", "2026-H2")),
                        tuple("mid-level-plateau", "MID", 2, List.of("2026-H1", "2026-H2")),
                        tuple("capacity-planning-contribution", "MID", 1, List.of("2026-H1")),
                        tuple("slo-driven-thinking", "MID", 1, List.of("2026-H1")));
        assertThat(tally.get(0).rule()).isEqualTo("A senior SRE gets other teams to invest in reliability");
        assertThat(tally.get(0).reasons()).containsExactly("leads the on-call guild",
                "her initiative spans three teams");
        assertThat(tally.get(2).reasons()).as("a blank reason is no reason").isEmpty();
    }

    @Test
    void shouldCountADeferDespiteReadyUnderReadyWithTheVerdictRuleAndTheTarget() {
        assertThat(priya.verdict()).isEqualTo(Verdict.READY);

        List<RuleOverride> tally = Overrides.tally(List.of(
                new Overridden("2026-H1", "DEFER", "too soon after the reorganisation", priya),
                new Overridden("2026-H2", "DEFER", "too soon after the reorganisation", priya),
                new Overridden("2026-H2", "DEFER", null, priya)));

        assertThat(tally).singleElement().satisfies(ready -> {
            assertThat(ready.code()).isEqualTo(Overrides.READY);
            assertThat(ready.rule()).isEqualTo(priya.verdictRule()).isNotBlank();
            assertThat(ready.level()).isEqualTo("MID");
            assertThat(ready.overrides()).isEqualTo(3);
            assertThat(ready.cycles()).containsExactly("2026-H1", "2026-H2");
            assertThat(ready.reasons()).as("each reason once").containsExactly("too soon after the reorganisation");
        });
    }

    @Test
    void shouldCountNothingForDecisionsThatFollowTheRules() {
        assertThat(Overrides.tally(List.of(new Overridden("2026-H1", "PROMOTE", null, priya),
                new Overridden("2026-H1", "DEFER", "not yet", hannah), new Overridden("2026-H1", "DEFER", null,
                        diego)))).isEmpty();
        assertThat(Overrides.tally(List.of())).isEmpty();
    }

    @Test
    void shouldCountARuleOnceAtEachLevelItStandsInTheWayAt() {
        Evaluation writingSlipped = TestRules.evaluate(CycleRules.maya().with("writing", 1));

        List<RuleOverride> tally = Overrides.tally(List.of(new Overridden("2026-H1", "PROMOTE", "ok", writingSlipped)));

        assertThat(tally).filteredOn(override -> override.code().equals("clear-writing"))
                .extracting(RuleOverride::level, RuleOverride::rule, RuleOverride::overrides).containsExactly(
                        tuple("MID", "A mid-level SRE writes postmortems and runbooks with little guidance", 1),
                        tuple("SENIOR", "A senior SRE writes clearly and consistently", 1));
        assertThat(tally).as("Maya's six gaps and the writing blocker").hasSize(7);
    }

    @Test
    void shouldRefuseADecisionThatIsNeitherPromoteNorDefer() {
        assertThatThrownBy(() -> Overrides.tally(List.of(new Overridden("2026-H1", "maybe", null, priya))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe");
    }
}
