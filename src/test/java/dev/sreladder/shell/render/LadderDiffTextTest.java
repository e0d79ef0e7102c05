package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.maintenance.LadderDiff;
import dev.sreladder.maintenance.LadderOverview;

/** The diff as a handbook page embeds it: headings from the level given, advice that cannot become Markdown. */
class LadderDiffTextTest {

    static final Ladder LADDER = Ladder.article();
    static final Level MID = LADDER.requireLevel("MID", "a test");
    static final Level SENIOR = LADDER.requireLevel("SENIOR", "a test");
    static final Level STAFF = LADDER.requireLevel("STAFF", "a test");

    static LadderOverview overview() {
        Expectation writing = new Expectation("A mid writes", "clear-writing", "Skills", MID, "Write <b>runbooks</b>",
                List.of(Requirement.atLeast("writing", 2)));
        Expectation writesMore = new Expectation("A senior writes", "clear-writing", "Skills", SENIOR,
                "Write *design* docs | [lead] postmortems", List.of(new AnyOf(List.of(Requirement.atLeast("writing", 3),
                        Requirement.atLeast("designDocs", 2)))));
        return new LadderOverview(LADDER, List.of(new LadderOverview.LevelExpectations(MID, List.of(writing)),
                new LadderOverview.LevelExpectations(SENIOR, List.of(writesMore)),
                new LadderOverview.LevelExpectations(STAFF, List.of())), List.of(), "sha256:0", 0, "test");
    }

    @Test
    void shouldStartTheHeadingsAtTheLevelGivenAndEscapeTheAdvice() {
        String md = LadderDiffText.markdown(LadderDiff.between(overview(), MID, SENIOR), 3);

        assertThat(md).startsWith("### MID → SENIOR\n\n**Raised bars** (1)\n\n"
                + "- **clear-writing**: `writing ≥ 2 → ≥ 3`; asks `any of (writing ≥ 3, designDocs ≥ 2)`"
                + " — Write \\*design\\* docs \\| \\[lead\\] postmortems\n");
        assertThat(md).contains("**Traps on the way** from MID: none\n\n").doesNotContain("<b>");
    }

    @Test
    void shouldPutTheStepsOneLevelBelowTheTitleWhenThereAreSeveral() {
        String md = LadderDiffText.markdown(LadderDiff.between(overview(), MID, STAFF), 2);

        assertThat(md.lines().filter(line -> line.startsWith("#"))).containsExactly(
                "## What STAFF asks beyond MID", "### MID → SENIOR", "### SENIOR → STAFF");
        assertThat(md).contains("**Not asked again at STAFF** (1): SENIOR's own, still checked on a promotion from"
                + " SENIOR\n\n- clear-writing: `any of (writing ≥ 3, designDocs ≥ 2)`\n");
    }

    @Test
    void shouldSayTheSameAsACountWithItsCodesInText() {
        LadderOverview overview = overview();
        Expectation same = new Expectation("A staff writes", "still-writing", "Skills", STAFF, "Keep writing",
                overview.levels().get(1).expectations().get(0).requirements());
        LadderOverview withSame = new LadderOverview(LADDER, List.of(overview.levels().get(0),
                overview.levels().get(1), new LadderOverview.LevelExpectations(STAFF, List.of(same))), List.of(),
                "sha256:0", 0, "test");

        String text = LadderDiffText.text(LadderDiff.between(withSame, SENIOR, STAFF), new TextStyle(false));

        assertThat(text).isEqualTo("SENIOR → STAFF: what STAFF asks beyond SENIOR\n\n"
                + "Traps on the way from SENIOR: none\n\n"
                + "The same: 1 expectation, as at SENIOR (still-writing)\n");
    }
}
