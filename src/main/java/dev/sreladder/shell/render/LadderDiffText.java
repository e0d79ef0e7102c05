package dev.sreladder.shell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.EvaluationDocument;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.Trigger;
import dev.sreladder.maintenance.LadderDiff;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.system.Text;

/**
 * {@code ladder diff}: what a level asks beyond a lower one, step by step, in the ladder's own words
 * (each expectation's advice, each trap's advice and way out), as text, Markdown or JSON. The three
 * say the same sections: new, raised bars, traps on the way, not asked again, the same. Traps and the
 * same are always said, "none" and "0" too; an empty list of new, raised or not asked again is left out.
 */
public final class LadderDiffText {

    /** The {@code --format} values of {@code ladder diff}: a page for a wiki is Markdown. */
    public static final List<String> FORMATS = List.of("text", "md", "json");

    /** What would turn advice into Markdown structure or HTML; underscores stay, so NOT_YET reads as written. */
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*\\[\\]<>|#&]");

    private LadderDiffText() {
    }

    /** For a terminal: a heading per step, then its sections. */
    public static String text(LadderDiff diff, TextStyle style) {
        StringBuilder text = new StringBuilder();
        if (diff.steps().size() > 1) {
            text.append(style.bold(title(diff))).append(", ").append(diff.steps().size())
                    .append(" steps, each under the level it leads to\n\n");
        }
        for (LadderDiff.Step step : diff.steps()) {
            if (step != diff.steps().get(0)) {
                text.append('\n');
            }
            text.append(style.bold(step.from() + " → " + step.to())).append(": what ").append(step.to())
                    .append(" asks beyond ").append(step.from()).append('\n');
            if (!step.added().isEmpty()) {
                text.append('\n').append(style.bold("New at " + step.to())).append(" (").append(step.added().size())
                        .append(")\n");
                for (Expectation expectation : step.added()) {
                    text.append("  ").append(style.bold(expectation.code())).append(": ")
                            .append(conditions(expectation.requirements())).append('\n');
                    text.append("      ").append(Text.visible(expectation.advice())).append('\n');
                }
            }
            if (!step.raised().isEmpty()) {
                text.append('\n').append(style.bold("Raised bars")).append(" (").append(step.raised().size())
                        .append(")\n");
                for (LadderDiff.Raised raised : step.raised()) {
                    Expectation expectation = raised.expectation();
                    text.append("  ").append(style.bold(expectation.code())).append(": ")
                            .append(bars(raised.bars(), bar -> bar)).append('\n');
                    if (!toldByBars(raised)) {
                        text.append("      asks ").append(conditions(expectation.requirements())).append('\n');
                    }
                    text.append("      ").append(Text.visible(expectation.advice())).append('\n');
                }
            }
            if (step.traps().isEmpty()) {
                text.append('\n').append(style.bold("Traps on the way")).append(" from ").append(step.from())
                        .append(": none\n");
            } else {
                text.append('\n').append(style.bold("Traps on the way")).append(" from ").append(step.from())
                        .append(" (").append(step.traps().size()).append("), each holds the verdict at NOT_YET\n");
                for (LadderOverview.Trap trap : step.traps()) {
                    RuleInfo rule = trap.rule();
                    text.append("  ").append(style.red("✗")).append(' ').append(style.bold(rule.code())).append(": ")
                            .append(rule.name()).append('\n');
                    if (!rule.trigger().isEmpty()) {
                        text.append("      triggered by: ").append(rule.trigger().text()).append('\n');
                    }
                    text.append("      advice: ").append(Text.visible(trap.advice())).append('\n');
                    text.append("      way out: ").append(wayOut(trap)).append('\n');
                }
            }
            if (!step.notAskedAgain().isEmpty()) {
                text.append('\n').append(style.bold("Not asked again at " + step.to())).append(" (")
                        .append(step.notAskedAgain().size()).append("): ").append(step.from())
                        .append("'s own, still checked on a promotion from ").append(step.from()).append('\n');
                for (Expectation expectation : step.notAskedAgain()) {
                    text.append("  ").append(expectation.code()).append(": ")
                            .append(conditions(expectation.requirements())).append('\n');
                }
            }
            text.append('\n').append(style.bold("The same")).append(": ").append(same(step)).append('\n');
        }
        return text.toString();
    }

    /**
     * For a page on a code-hosting site: the headings start at {@code headingLevel} (a title there and
     * a heading a level below for each step when there are several), the sections are bold lines with
     * lists under them, conditions are code.
     */
    public static String markdown(LadderDiff diff, int headingLevel) {
        StringBuilder md = new StringBuilder();
        int stepLevel = headingLevel;
        if (diff.steps().size() > 1) {
            md.append(heading(headingLevel)).append(title(diff)).append("\n\n").append(diff.steps().size())
                    .append(" steps, each under the level it leads to.\n\n");
            stepLevel = headingLevel + 1;
        }
        for (LadderDiff.Step step : diff.steps()) {
            md.append(heading(stepLevel)).append(step.from()).append(" → ").append(step.to()).append("\n\n");
            if (!step.added().isEmpty()) {
                md.append("**New at ").append(step.to()).append("** (").append(step.added().size()).append(")\n\n");
                for (Expectation expectation : step.added()) {
                    md.append("- **").append(escape(expectation.code())).append("**: ")
                            .append(code(conditions(expectation.requirements()))).append(" — ")
                            .append(escape(expectation.advice())).append('\n');
                }
                md.append('\n');
            }
            if (!step.raised().isEmpty()) {
                md.append("**Raised bars** (").append(step.raised().size()).append(")\n\n");
                for (LadderDiff.Raised raised : step.raised()) {
                    Expectation expectation = raised.expectation();
                    md.append("- **").append(escape(expectation.code())).append("**: ")
                            .append(bars(raised.bars(), LadderDiffText::code));
                    if (!toldByBars(raised)) {
                        md.append("; asks ").append(code(conditions(expectation.requirements())));
                    }
                    md.append(" — ").append(escape(expectation.advice())).append('\n');
                }
                md.append('\n');
            }
            if (step.traps().isEmpty()) {
                md.append("**Traps on the way** from ").append(step.from()).append(": none\n\n");
            } else {
                md.append("**Traps on the way** from ").append(step.from()).append(" (").append(step.traps().size())
                        .append("), each holds the verdict at NOT_YET\n\n");
                for (LadderOverview.Trap trap : step.traps()) {
                    RuleInfo rule = trap.rule();
                    md.append("- **").append(escape(rule.code())).append("**: ").append(escape(rule.name()))
                            .append('\n');
                    if (!rule.trigger().isEmpty()) {
                        md.append("  - triggered by: ").append(trigger(rule.trigger())).append('\n');
                    }
                    md.append("  - advice: ").append(escape(trap.advice())).append('\n');
                    md.append("  - way out: ").append(trap.wayOut().isEmpty() ? "(none named)"
                            : code(conditions(trap.wayOut()))).append('\n');
                }
                md.append('\n');
            }
            if (!step.notAskedAgain().isEmpty()) {
                md.append("**Not asked again at ").append(step.to()).append("** (")
                        .append(step.notAskedAgain().size()).append("): ").append(step.from())
                        .append("'s own, still checked on a promotion from ").append(step.from()).append("\n\n");
                for (Expectation expectation : step.notAskedAgain()) {
                    md.append("- ").append(escape(expectation.code())).append(": ")
                            .append(code(conditions(expectation.requirements()))).append('\n');
                }
                md.append('\n');
            }
            md.append("**The same**: ").append(escape(same(step))).append("\n\n");
        }
        return md.toString();
    }

    /** One pretty JSON document and a newline; its fields are the text's sections. */
    public static String json(LadderDiff diff) {
        return EvaluationJson.pretty(tree(diff)) + "\n";
    }

    static ObjectNode tree(LadderDiff diff) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("from", diff.from().name());
        node.put("to", diff.to().name());
        ArrayNode steps = node.putArray("steps");
        for (LadderDiff.Step step : diff.steps()) {
            ObjectNode item = steps.addObject();
            item.put("from", step.from().name());
            item.put("to", step.to().name());
            ArrayNode added = item.putArray("new");
            step.added().forEach(expectation -> expectation(added.addObject(), expectation));
            ArrayNode raised = item.putArray("raised");
            for (LadderDiff.Raised one : step.raised()) {
                ObjectNode expectation = expectation(raised.addObject(), one.expectation());
                ArrayNode bars = expectation.putArray("bars");
                for (LadderDiff.Bar bar : one.bars()) {
                    ObjectNode moved = bars.addObject();
                    moved.put("key", bar.after().key());
                    EvaluationDocument.putCondition(moved.putObject("before"), bar.before());
                    EvaluationDocument.putCondition(moved.putObject("after"), bar.after());
                    moved.put("raised", bar.raised());
                }
            }
            ArrayNode traps = item.putArray("traps");
            for (LadderOverview.Trap trap : step.traps()) {
                RuleInfo rule = trap.rule();
                ObjectNode sprung = traps.addObject();
                sprung.put("code", rule.code());
                sprung.put("rule", rule.name());
                sprung.put("triggeredBy", rule.trigger().isEmpty() ? null : rule.trigger().text());
                sprung.put("advice", trap.advice());
                sprung.put("section", rule.section());
                sprung.put("file", rule.file());
                sprung.put("line", rule.line());
                conditions(sprung.putArray("wayOut"), trap.wayOut());
            }
            ArrayNode notAskedAgain = item.putArray("notAskedAgain");
            step.notAskedAgain().forEach(expectation -> expectation(notAskedAgain.addObject(), expectation));
            ArrayNode same = item.putArray("same");
            step.same().forEach(expectation -> same.add(expectation.code()));
        }
        return node;
    }

    private static ObjectNode expectation(ObjectNode node, Expectation expectation) {
        node.put("code", expectation.code());
        node.put("rule", expectation.rule());
        node.put("advice", expectation.advice());
        node.put("section", expectation.section());
        conditions(node.putArray("requires"), expectation.requirements());
        return node;
    }

    private static void conditions(ArrayNode array, List<Condition> conditions) {
        conditions.forEach(condition -> EvaluationDocument.putCondition(array.addObject(), condition));
    }

    /** "What STAFF asks beyond JUNIOR". */
    private static String title(LadderDiff diff) {
        return "What " + diff.to() + " asks beyond " + diff.from();
    }

    /** "writing ≥ 2 → ≥ 3, mentees ≥ 3 → ≥ 1 (eased)", each bar shown through {@code shown}. */
    private static String bars(List<LadderDiff.Bar> bars, Function<String, String> shown) {
        List<String> moves = new ArrayList<>();
        for (LadderDiff.Bar bar : bars) {
            String after = bar.after().condition().substring(bar.after().key().length() + 1);
            moves.add(shown.apply(bar.before().condition() + " → " + after) + (bar.raised() ? "" : " (eased)"));
        }
        return String.join(", ", moves);
    }

    /** Whether the moved bars say the whole expectation: all it asks is those bars, each required. */
    private static boolean toldByBars(LadderDiff.Raised raised) {
        List<Condition> asked = raised.expectation().requirements();
        return asked.size() == raised.bars().size() && asked.stream().allMatch(condition -> condition
                instanceof Requirement plain && raised.bars().stream().anyMatch(bar -> bar.after().equals(plain)));
    }

    /** "2 expectations, as at MID (clear-writing, customer-empathy)", "0 expectations". */
    private static String same(LadderDiff.Step step) {
        int count = step.same().size();
        String counted = count + (count == 1 ? " expectation" : " expectations");
        return count == 0 ? counted : counted + ", as at " + step.from() + " ("
                + step.same().stream().map(Expectation::code).collect(Collectors.joining(", ")) + ")";
    }

    /** "incidentResponse ≥ 2 and observability ≥ 2"; "(none named)" for a trap that names no way out. */
    private static String wayOut(LadderOverview.Trap trap) {
        return trap.wayOut().isEmpty() ? "(none named)" : conditions(trap.wayOut());
    }

    /** "a ≥ 1 and any of (b ≥ 2, c ≥ 1)": all must hold; an alternative's own list is in brackets. */
    private static String conditions(List<Condition> conditions) {
        return conditions.stream().map(Condition::condition).collect(Collectors.joining(" and "));
    }

    /** Each condition as code, each part the parser could not read as code too, joined by "and". */
    private static String trigger(Trigger trigger) {
        List<String> parts = new ArrayList<>();
        trigger.conditions().forEach(condition -> parts.add(code(condition.condition())));
        trigger.unread().forEach(part -> parts.add(code(part)));
        return String.join(" and ", parts);
    }

    private static String heading(int level) {
        return "#".repeat(Math.max(1, Math.min(6, level))) + " ";
    }

    /** A code span that holds any text: a longer fence when the text has a backtick. */
    private static String code(String text) {
        String shown = Text.visible(text);
        return shown.contains("`") ? "`` " + shown + " ``" : "`" + shown + "`";
    }

    private static String escape(String text) {
        return MARKDOWN_SPECIAL.matcher(Text.visible(text)).replaceAll(match -> Matcher.quoteReplacement("\\"
                + match.group()));
    }
}
