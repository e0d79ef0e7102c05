package dev.sreladder.ladder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.LadderException;

/**
 * Every place a level name is typed (a profile's {@code level:} and {@code target:}, {@code --target},
 * a rule's {@code Checking(level == ...)}) answers an unknown one the same way: the level meant when
 * it is a typo, else the ladder's levels and its top. A level past the top is not a typo of the top.
 * Keys likewise: "did you mean" only for a word close to one of the ladder's keys.
 */
class DidYouMeanTest {

    static final String NUMBERED = """
            ladder: numbered
            title: A Numbered Ladder
            levels: [RE1, RE2, RE3, RE4, RE5]
            scale:
              0: not seen
              1: seen
            competencies:
              operations: keeps things running
            evidence:
              onCallShifts: {kind: count, meaning: on-call shifts served}
            """;

    private final Ladder ladder = LadderFile.read("rules/ladder.yaml", NUMBERED);

    @TempDir
    Path folder;

    @Test
    void shouldSayTheTopLevelRatherThanSuggestItForALevelPastTheTop() {
        assertThatThrownBy(() -> ladder.requireLevel("RE6", "--target"))
                .isInstanceOf(LadderException.class)
                .hasMessage("unknown level 'RE6' for --target — the levels of ladder 'numbered' are RE1, RE2, RE3,"
                        + " RE4 or RE5, lowest first; the top level is RE5");
    }

    @Test
    void shouldSuggestTheLevelMeantForATypo() {
        assertThatThrownBy(() -> Ladder.article().requireLevel("senoir", "--target"))
                .hasMessage("unknown level 'senoir' for --target — did you mean 'SENIOR'?");
    }

    @Test
    void shouldAnswerAProfilesLevelAndTargetTheSameWay() throws IOException {
        Path profile = Files.writeString(folder.resolve("ana.yaml"), "name: Ana\nlevel: RE6\ntarget: RF5\n");

        assertThatThrownBy(() -> new ProfileReader().read(profile, ladder))
                .hasMessageContaining("unknown level in level at " + profile + ":2 — the levels of ladder"
                        + " 'numbered' are RE1, RE2, RE3, RE4 or RE5, lowest first; the top level is RE5")
                .hasMessageContaining("unknown level in target at " + profile + ":3 — did you mean 'RE5'?");
    }

    @Test
    void shouldSuggestNothingForAProfileKeyCloseToNoKeyOfTheLadder() throws IOException {
        Path profile = Files.writeString(folder.resolve("ana.yaml"), "name: Ana\nlevel: RE1\ncompetencies:\n"
                + "  foo: 1\n  operatons: 1\n");

        assertThatThrownBy(() -> new ProfileReader().read(profile, ladder))
                .hasMessageContaining("unknown competency 'foo' at " + profile + ":4 — known keys are")
                .hasMessageContaining("unknown competency 'operatons' at " + profile + ":5 — did you mean"
                        + " 'operations'?");
    }

    @Test
    void shouldSuggestNothingForAKeyInARuleCloseToNoKeyOfTheLadder() throws IOException {
        Files.writeString(folder.resolve("ladder.yaml"), NUMBERED);
        Files.writeString(folder.resolve("re1.drl"), """
                package rules;
                import dev.sreladder.evaluation.Checking;
                import function dev.sreladder.evaluation.RuleApi.atLeast;
                import function dev.sreladder.evaluation.RuleApi.expectation;
                rule "An RE1 runs the on-call"
                    @code("re1-on-call") @section("Operations")
                when
                    Checking(level == "RE1")
                then
                    insert(expectation(drools, "Run the on-call.", atLeast("foo", 1), atLeast("onCallShift", 1)));
                end
                """);

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleSources.fromDirectory(folder), folder.toString()))
                .hasMessageContaining("unknown profile key 'foo' in atLeast(...) — the keys of ladder 'numbered' are")
                .hasMessageContaining("unknown profile key 'onCallShift' in atLeast(...) — did you mean"
                        + " 'onCallShifts'?");
    }

    @Test
    void shouldAnswerALevelNamedInARuleTheSameWay() throws IOException {
        Files.writeString(folder.resolve("ladder.yaml"), NUMBERED);
        Files.writeString(folder.resolve("re6.drl"), """
                package rules;
                import dev.sreladder.evaluation.Checking;
                import function dev.sreladder.evaluation.RuleApi.atLeast;
                import function dev.sreladder.evaluation.RuleApi.expectation;
                rule "An RE6 runs the on-call"
                    @code("re6-on-call") @section("Operations")
                when
                    Checking(level == "RE6")
                then
                    insert(expectation(drools, "Run the on-call.", atLeast("onCallShifts", 1)));
                end
                """);

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleSources.fromDirectory(folder), folder.toString()))
                .hasMessageContaining(folder.resolve("re6.drl") + ":8: rule \"An RE6 runs the on-call\" names the"
                        + " level 'RE6', which ladder 'numbered' does not have — the levels of ladder 'numbered' are"
                        + " RE1, RE2, RE3, RE4 or RE5, lowest first; the top level is RE5")
                .hasMessageNotContaining("did you mean");
    }
}
