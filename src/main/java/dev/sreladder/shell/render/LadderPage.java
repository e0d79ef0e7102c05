package dev.sreladder.shell.render;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.maintenance.LadderDiff;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Text;

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

    /** The step between each pair of neighbouring levels, lowest first. */
    static List<LadderDiff.Step> steps(LadderOverview overview) {
        List<Level> levels = overview.ladder().levels();
        return levels.size() < 2 ? List.of()
                : LadderDiff.between(overview, levels.get(0), levels.get(levels.size() - 1)).steps();
    }

    /**
     * "SENIOR asks: 1 new expectation, 2 with bars moved, 1 the same as ENGINEER; 1 of ENGINEER's
     * not asked again; 1 trap on the way." Parts with nothing in them are left out.
     */
    static String stepSummary(LadderDiff.Step step) {
        List<String> asks = new ArrayList<>();
        if (!step.added().isEmpty()) {
            asks.add(count(step.added().size(), "new expectation"));
        }
        if (!step.raised().isEmpty()) {
            asks.add(step.raised().size() + " with bars moved");
        }
        if (!step.same().isEmpty()) {
            asks.add(step.same().size() + " the same as " + step.from().name());
        }
        StringBuilder summary = new StringBuilder(step.to().name()).append(" asks: ")
                .append(asks.isEmpty() ? "nothing" : String.join(", ", asks));
        if (!step.notAskedAgain().isEmpty()) {
            summary.append("; ").append(step.notAskedAgain().size()).append(" of ").append(step.from().name())
                    .append("'s not asked again");
        }
        summary.append("; ").append(step.traps().isEmpty() ? "no trap" : count(step.traps().size(), "trap"))
                .append(" on the way.");
        return summary.toString();
    }

    private static String count(int count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }

    /** What follows a bar's key: " ≥ 3". */
    static String afterKey(Requirement bar) {
        return bar.condition().substring(bar.key().length());
    }

    /** "ladder platform-engineering · 5 levels · rules 1a2b3c4d (9 files) from samples/…". */
    static String byline(LadderOverview overview) {
        Ladder ladder = overview.ladder();
        return "ladder " + ladder.id() + " · " + ladder.levels().size() + " levels · rules "
                + RuleCompiler.abbreviate(overview.fingerprint()) + " ("
                + Text.count(overview.ruleFiles(), "file", "files") + ") from "
                + overview.origin();
    }
}
