package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** Long lines wrapped at word boundaries to the terminal's width, continuation lines indented as their line. */
class LineWrapperTest {

    @Test
    void shouldWrapAtWordsAndKeepTheIndentationOfTheLine() {
        String advice = "      advice: Convince product teams to invest in reliability work and educate engineers";

        assertThat(LineWrapper.wrap(advice, 40)).isEqualTo(String.join("\n",
                "      advice: Convince product teams to",
                "      invest in reliability work and",
                "      educate engineers"));
    }

    @Test
    void shouldHangContinuationLinesUnderTheTextAfterABullet() {
        String gap = "  △ cross-team-influence [SENIOR] crossTeamInfluence is 1, needs ≥ 3";

        assertThat(LineWrapper.wrap(gap, 36)).isEqualTo(String.join("\n",
                "  △ cross-team-influence [SENIOR]",
                "    crossTeamInfluence is 1, needs ≥",
                "    3"));
        assertThat(LineWrapper.wrap("  \u001B[31m✗\u001B[0m mid-level-plateau [MID] 3 years at MID", 30))
                .isEqualTo("  \u001B[31m✗\u001B[0m mid-level-plateau [MID] 3\n    years at MID");
    }

    @Test
    void shouldHangWhatATracedRuleConcludedUnderItsText() {
        assertThat(LineWrapper.wrap("      → TRAP: 3 years at MID with productionDebugging 4", 36))
                .isEqualTo("      → TRAP: 3 years at MID with\n        productionDebugging 4");
    }

    @Test
    void shouldHangAnOptionsDescriptionUnderItself() {
        assertThat(LineWrapper.wrap("  --target   the level to check against (default: the profile's target)", 40))
                .isEqualTo("  --target   the level to check against\n             (default: the profile's\n"
                        + "             target)");
    }

    @Test
    void shouldLeaveShortLinesNarrowWidthsOfZeroAndLongWordsAlone() {
        String path = "no such file: /a/very/long/path/that/does/not/fit/anywhere.yaml here";

        assertThat(LineWrapper.wrap("short\n\nlines", 10)).isEqualTo("short\n\nlines");
        assertThat(LineWrapper.wrap(path, 0)).isEqualTo(path);
        assertThat(LineWrapper.wrap(path, 20))
                .isEqualTo("no such file:\n/a/very/long/path/that/does/not/fit/anywhere.yaml\nhere");
    }

    @Test
    void shouldCountColourCodesAsNothingAndWideCharactersAsTwo() {
        String red = "\u001B[31m" + "x".repeat(10) + "\u001B[0m";

        assertThat(LineWrapper.width(red)).isEqualTo(10);
        assertThat(LineWrapper.width("日本")).isEqualTo(4);
        assertThat(LineWrapper.wrap(red + " " + red, 21)).doesNotContain("\n");
        assertThat(LineWrapper.wrap(red + " " + red, 20)).contains("\n");
    }
}
