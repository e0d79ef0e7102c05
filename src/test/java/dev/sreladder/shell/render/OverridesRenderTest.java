package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.sreladder.cycle.RuleOverride;

/** {@code rules overrides} as a maintainer reads it, and as the contract's JSON. */
class OverridesRenderTest {

    static final List<RuleOverride> OVERRIDES = List.of(
            new RuleOverride("mid-level-plateau",
                    "A mid-level SRE who has mastered their stack but stays inside their team has plateaued", "MID", 3,
                    List.of("2026-H1", "2026-H2"), List.of("leads the on-call guild", "her initiative spans teams")),
            new RuleOverride("READY", "A profile with nothing in the way is READY", "MID", 1, List.of("2026-H2"),
                    List.of()));

    @Nested
    class AsText {

        @Test
        void shouldListTheMostOverriddenFirstWithCyclesRuleAndReasons() {
            assertThat(OverridesText.of(OVERRIDES, new TextStyle(false))).isEqualTo("""
                    Rules committees overrode most (a promote despite the rule's blocker, trap or gap; a defer \
                    despite READY):

                    3 overrides  mid-level-plateau [MID]  in 2026-H1, 2026-H2
                      rule     A mid-level SRE who has mastered their stack but stays inside their team has plateaued
                      reasons  “leads the on-call guild”
                               “her initiative spans teams”

                    1 override   READY [MID]  in 2026-H2
                      rule     A profile with nothing in the way is READY
                      reasons  none given""");
        }

        @Test
        void shouldSaySoWhenNothingWasOverridden() {
            assertThat(OverridesText.of(List.of(), new TextStyle(false)))
                    .isEqualTo("No rule was overridden: every decision in these cycles followed the rules' verdict.");
        }

        @Test
        void shouldShowAControlCharacterInAReasonEscapedAndColourOnlyWhenAsked() {
            List<RuleOverride> sneaky = List.of(new RuleOverride("mentoring", "A senior SRE mentors", "SENIOR", 1,
                    List.of("2026-H1"), List.of("fine\u001B[2Jreally")));

            String plain = OverridesText.of(sneaky, new TextStyle(false));
            String coloured = OverridesText.of(sneaky, new TextStyle(true));

            assertThat(plain).doesNotContain("\u001B").contains("“fine\\u001b[2Jreally”");
            assertThat(coloured).contains("\u001B[1mmentoring\u001B[0m");
        }
    }

    @Nested
    class AsJson {

        @Test
        void shouldPrintTheContractsShapeInItsOrder() {
            JsonNode json = EvaluationJson.MAPPER.readTree(OverridesJson.of(OVERRIDES));

            assertThat(json).isEqualTo(EvaluationJson.MAPPER.readTree("""
                    [{"code": "mid-level-plateau",
                      "rule": "A mid-level SRE who has mastered their stack but stays inside their team has plateaued",
                      "level": "MID", "overrides": 3, "cycles": ["2026-H1", "2026-H2"],
                      "reasons": ["leads the on-call guild", "her initiative spans teams"]},
                     {"code": "READY", "rule": "A profile with nothing in the way is READY", "level": "MID",
                      "overrides": 1, "cycles": ["2026-H2"], "reasons": []}]
                    """));
            assertThat(json.get(0).propertyNames()).containsExactly("code", "rule", "level", "overrides", "cycles",
                    "reasons");
        }

        @Test
        void shouldPrintAnEmptyListIndented() {
            String json = OverridesJson.of(List.of());

            assertThat(EvaluationJson.MAPPER.readTree(json).isArray()).isTrue();
            assertThat(EvaluationJson.MAPPER.readTree(json)).isEmpty();
        }
    }
}
