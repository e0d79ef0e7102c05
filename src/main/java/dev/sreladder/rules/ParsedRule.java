package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.CodeText;

/**
 * One rule as Drools' parser describes it: its name and line, every pattern of its conditions
 * (inside {@code not}, {@code exists}, {@code accumulate}… too) with its constraints, and its
 * consequence with comments and strings blanked, and its conditions as parsed ({@code when}), for
 * {@link RuleTriggers}. Drools does not parse the Java after
 * {@code then}, so which rule-API function a consequence calls is read from that text.
 */
record ParsedRule(String name, int line, List<FactPattern> patterns, String consequence, AndDescr when) {

    /** One fact pattern: the type it matches (simple name), its line, and the text of each constraint. */
    record FactPattern(String type, int line, List<String> constraints) {
    }

    /** "level == "SENIOR"" (fact model 3) or "level == Level.SENIOR" (1 and 2), either way round. */
    private static final Pattern LEVEL_CONSTRAINT = Pattern.compile("^\\s*(?:(\\w+)\\s*==\\s*" + Names.LEVEL
            + "|" + Names.LEVEL.replace("(?<", "(?<b") + "\\s*==\\s*(\\w+))\\s*$");
    /** The fields of the fact types that hold a level's name. */
    private static final Set<String> LEVEL_FIELDS = Set.of("level", "from", "to");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** How a constraint names a level; in a holder, so the pattern above can use it. */
    private static final class Names {
        static final String LEVEL = "(?:Level\\s*\\.\\s*(?<enum>\\w+)|\"(?<text>\\w+)\")";
    }

    ParsedRule {
        patterns = List.copyOf(patterns);
    }

    static ParsedRule of(RuleDescr rule) {
        List<FactPattern> patterns = new ArrayList<>();
        collect(rule.getLhs(), patterns);
        Object consequence = rule.getConsequence();
        return new ParsedRule(rule.getName(), rule.getLine(), patterns,
                CodeText.blankCommentsAndStrings(consequence == null ? "" : consequence.toString()), rule.getLhs());
    }

    private static void collect(BaseDescr descr, List<FactPattern> patterns) {
        if (descr instanceof PatternDescr pattern) {
            List<String> constraints = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                constraints.add(constraint instanceof ExprConstraintDescr expression ? expression.getExpression()
                        : String.valueOf(constraint.getText()));
            }
            String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
            patterns.add(new FactPattern(type.substring(type.lastIndexOf('.') + 1), pattern.getLine(), constraints));
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                collect(accumulate.getInput(), patterns);
            } else if (pattern.getSource() instanceof CollectDescr collected) {
                collect(collected.getInputPattern(), patterns);
            }
        } else if (descr instanceof AccumulateDescr accumulate) {
            collect(accumulate.getInput(), patterns);
        } else if (descr instanceof ConditionalElementDescr element && !(descr instanceof EvalDescr)) {
            for (BaseDescr child : element.getDescrs()) {
                collect(child, patterns);
            }
        }
    }

    /**
     * The level the rule is about: the one its {@code Checking(level == "X")} names, else its
     * {@code Promotion(from == "X")}, else the first {@code field == "X"} of any pattern that is a
     * level of the ladder; null when it names none.
     */
    Level level(Ladder ladder) {
        Level checking = null;
        Level promotion = null;
        Level any = null;
        for (FactPattern pattern : patterns) {
            for (String constraint : pattern.constraints()) {
                Matcher matcher = LEVEL_CONSTRAINT.matcher(constraint);
                if (!matcher.matches()) {
                    continue;
                }
                String field = matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount());
                Level level = ladder.level(levelName(matcher)).orElse(null);
                if (level == null || (!level.name().equals(levelName(matcher)))) {
                    continue;
                }
                if (pattern.type().equals("Checking") && field.equals("level") && checking == null) {
                    checking = level;
                } else if (pattern.type().equals("Promotion") && field.equals("from") && promotion == null) {
                    promotion = level;
                } else if (any == null) {
                    any = level;
                }
            }
        }
        return checking != null ? checking : promotion != null ? promotion : any;
    }

    /** The level name a matched level constraint gives. */
    private static String levelName(Matcher matcher) {
        for (String group : List.of("enum", "text", "benum", "btext")) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }

    /** Every level name a level field is compared with ({@code level}, {@code from}, {@code to}), and its line. */
    List<Named> levelNames() {
        List<Named> named = new ArrayList<>();
        for (FactPattern pattern : patterns) {
            for (String constraint : pattern.constraints()) {
                Matcher matcher = LEVEL_CONSTRAINT.matcher(constraint);
                String field = !matcher.matches() ? null
                        : matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount());
                if (field != null && LEVEL_FIELDS.contains(field)) {
                    named.add(new Named(levelName(matcher), pattern.line()));
                }
            }
        }
        return named;
    }

    /** A name a rule uses and the line of the pattern it is in. */
    record Named(String name, int line) {
    }

    /** The profile keys the conditions name, in the ladder's order. */
    List<String> reads(Ladder ladder) {
        Set<String> names = new HashSet<>();
        for (FactPattern pattern : patterns) {
            for (String constraint : pattern.constraints()) {
                Matcher identifier = IDENTIFIER.matcher(constraint);
                while (identifier.find()) {
                    names.add(identifier.group());
                }
            }
        }
        List<String> reads = new ArrayList<>();
        for (ProfileKey key : ladder.keys()) {
            if (names.contains(key.name())) {
                reads.add(key.name());
            }
        }
        return reads;
    }
}
