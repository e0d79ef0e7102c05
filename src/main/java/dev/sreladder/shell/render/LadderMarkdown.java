package dev.sreladder.shell.render;

import static dev.sreladder.report.HtmlPage.markdown;

import java.util.List;
import java.util.regex.Pattern;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.maintenance.LadderDiff;
import dev.sreladder.maintenance.LadderOverview;

/**
 * {@code ladder show --format md}: the ladder as a handbook page in Markdown that renders on a
 * code-hosting site as it is (tables, nested lists, no raw HTML). Every text from the rules and
 * the ladder file is escaped, so a pipe cannot cut a table and nothing becomes markup.
 */
public final class LadderMarkdown {

    /** A word shown as code as it is: a backtick or anything else would need escaping inside one. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private LadderMarkdown() {
    }

    public static String of(LadderOverview overview) {
        Ladder ladder = overview.ladder();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(markdown(ladder.title())).append("\n\n").append(markdown(LadderPage.byline(overview)))
                .append("\n\n");
        levels(md, overview);
        scale(md, ladder);
        keys(md, ladder);
        expectations(md, overview);
        traps(md, overview);
        steps(md, overview);
        return md.toString();
    }

    private static void levels(StringBuilder md, LadderOverview overview) {
        md.append("## ").append(LadderPage.LEVELS).append("\n\n| | level | expects |\n| ---: | --- | ---: |\n");
        int number = 1;
        for (LadderOverview.LevelExpectations level : overview.levels()) {
            md.append("| ").append(number++).append(" | ").append(markdown(level.level().name())).append(" | ")
                    .append(level.expectations().size()).append(" |\n");
        }
        md.append('\n');
    }

    private static void scale(StringBuilder md, Ladder ladder) {
        md.append("## ").append(LadderPage.SCALE).append("\n\n| rating | meaning |\n| ---: | --- |\n");
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            md.append("| ").append(rating).append(" | ").append(markdown(ladder.scale().get(rating))).append(" |\n");
        }
        md.append('\n');
    }

    private static void keys(StringBuilder md, Ladder ladder) {
        md.append("## ").append(LadderPage.competencies(ladder))
                .append("\n\n| competency | meaning |\n| --- | --- |\n");
        for (ProfileKey key : ladder.competencies()) {
            md.append("| ").append(code(key.name())).append(" | ").append(markdown(key.meaning())).append(" |\n");
        }
        md.append("\n## ").append(LadderPage.EVIDENCE)
                .append("\n\n| evidence | kind | meaning |\n| --- | --- | --- |\n");
        for (ProfileKey key : ladder.evidence()) {
            md.append("| ").append(code(key.name())).append(" | ").append(markdown(key.scale().kind())).append(" | ")
                    .append(markdown(key.meaning())).append(" |\n");
        }
        md.append('\n');
    }

    private static void expectations(StringBuilder md, LadderOverview overview) {
        md.append("## ").append(LadderPage.EXPECTATIONS).append("\n\n").append(LadderPage.EXPECTATIONS_NOTE)
                .append("\n");
        for (LadderOverview.LevelExpectations level : overview.levels()) {
            md.append("\n### ").append(markdown(LadderPage.expects(level))).append("\n\n");
            if (level.expectations().isEmpty()) {
                md.append(LadderPage.NOTHING_EXPECTED).append('\n');
            }
            for (Expectation expectation : level.expectations()) {
                md.append("- **").append(code(expectation.code())).append("**: ").append(markdown(expectation.advice()))
                        .append('\n');
                if (!expectation.requirements().isEmpty()) {
                    conditions(md, "Needs ", expectation.requirements(), "  ");
                }
                md.append("  - ").append(source(expectation.rule(), expectation.section())).append('\n');
            }
        }
        md.append('\n');
    }

    private static void traps(StringBuilder md, LadderOverview overview) {
        md.append("## ").append(LadderPage.traps(overview)).append("\n\n").append(LadderPage.TRAPS_NOTE).append('\n');
        if (overview.traps().isEmpty()) {
            md.append('\n').append(LadderPage.NO_TRAPS).append('\n');
        }
        for (LadderOverview.Trap trap : overview.traps()) {
            RuleInfo rule = trap.rule();
            md.append("\n### ").append(code(rule.code())).append(": ").append(markdown(rule.name())).append("\n\n");
            md.append("- **Applies on the way from:** ").append(markdown(LadderText.where(trap, overview.ladder())))
                    .append('\n');
            if (!rule.trigger().isEmpty()) {
                listed(md, "**Triggered by:** ", ConditionWords.of(rule.trigger()), "");
            }
            if (trap.sprung()) {
                md.append("- **Advice:** ").append(markdown(trap.advice())).append('\n');
                if (trap.wayOut().isEmpty()) {
                    md.append("- **Way out:** ").append(LadderPage.NO_WAY_OUT).append('\n');
                } else {
                    conditions(md, "**Way out:** ", trap.wayOut(), "");
                }
            } else {
                md.append("- ").append(LadderPage.NOT_SPRUNG).append('\n');
            }
            md.append("- _").append(markdown(rule.section() + " · " + rule.location())).append("_\n");
        }
        md.append('\n');
    }

    /** Each step as {@code ladder diff --format md} gives it, a heading below this part's. */
    private static void steps(StringBuilder md, LadderOverview overview) {
        md.append("## ").append(LadderPage.STEPS).append("\n\n").append(LadderPage.STEPS_NOTE).append("\n\n");
        for (LadderDiff.Step step : LadderPage.steps(overview)) {
            md.append(LadderDiffText.markdown(new LadderDiff(step.from(), step.to(), List.of(step)), 3));
        }
    }

    /**
     * A list of conditions that must all hold, after {@code lead}: "Needs gameDays ≥ 1", "Needs any
     * one of these 2:" and its alternatives, "Needs all of these 3:" and each.
     */
    private static void conditions(StringBuilder md, String lead, List<Condition> conditions, String indent) {
        listed(md, lead, ConditionWords.of(conditions), indent);
    }

    private static void listed(StringBuilder md, String lead, List<ConditionWords> words, String indent) {
        if (words.size() == 1) {
            md.append(indent).append("- ").append(lead).append(words(words.get(0))).append('\n');
            parts(md, words.get(0).parts(), indent + "  ");
        } else {
            md.append(indent).append("- ").append(lead).append(ConditionWords.all(words)).append('\n');
            parts(md, words, indent + "  ");
        }
    }

    private static void parts(StringBuilder md, List<ConditionWords> parts, String indent) {
        for (ConditionWords part : parts) {
            md.append(indent).append("- ").append(words(part)).append('\n');
            parts(md, part.parts(), indent + "  ");
        }
    }

    private static String words(ConditionWords words) {
        if (words.written()) {
            return "as written: " + (words.words().contains("`") ? markdown(words.words()) : "`" + words.words()
                    + "`");
        }
        return words.requirement() == null ? markdown(words.words())
                : code(words.requirement().key()) + markdown(words.afterKey());
    }

    private static String source(String rule, String where) {
        return "_rule \"" + markdown(rule) + "\" · " + markdown(where) + "_";
    }

    /** A key or code as code when it is a plain word, else as escaped text. */
    static String code(String word) {
        return word != null && PLAIN.matcher(word).matches() ? "`" + word + "`" : markdown(word);
    }
}
