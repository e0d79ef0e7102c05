package dev.sreladder.shell.render;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.rules.RuleCompiler;

/** The words the ladder's handbook page says the same in Markdown and in HTML. */
final class LadderPage {

    static final String LEVELS = "Levels, lowest first";
    static final String SCALE = "Rating scale";
    static final String EVIDENCE = "Evidence (over the review period)";
    static final String EXPECTATIONS = "What each level expects";
    static final String EXPECTATIONS_NOTE = "Each expectation as its rule declares it: its code, its advice, and"
            + " the ratings and evidence it needs.";
    static final String NOTHING_EXPECTED = "Nothing: no expectation rule checks this level.";
    static final String TRAPS_NOTE = "A trap is checked when a promotion is asked about; any trap means NOT_YET,"
            + " whatever the score.";
    static final String NO_TRAPS = "None.";
    static final String NO_WAY_OUT = "none named";
    static final String NOT_SPRUNG = "Its advice and way out are shown when it springs: no generated profile"
            + " sprang it.";
    static final String STEPS = "From one level to the next";
    static final String STEPS_NOTE = "What each level asks for beyond the level below it: expectations new at"
            + " that level, bars raised on what the level below already asked for, and the traps on the way.";

    private LadderPage() {
    }

    static String competencies(Ladder ladder) {
        return "Competencies (rated 0.." + ladder.topRating() + ")";
    }

    static String expects(LadderOverview.LevelExpectations level) {
        return level.level().name() + " expects (" + level.expectations().size() + ")";
    }

    static String traps(LadderOverview overview) {
        return "Traps (" + overview.traps().size() + ")";
    }

    /** "ladder platform-engineering · 5 levels · rules 1a2b3c4d (9 files) from samples/…". */
    static String byline(LadderOverview overview) {
        Ladder ladder = overview.ladder();
        return "ladder " + ladder.id() + " · " + ladder.levels().size() + " levels · rules "
                + RuleCompiler.abbreviate(overview.fingerprint()) + " (" + overview.ruleFiles() + " files) from "
                + overview.origin();
    }
}
