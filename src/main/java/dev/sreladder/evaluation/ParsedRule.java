package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.ProfileKey;
import dev.sreladder.profile.ProfileKeys;

/**
 * One rule as Drools' parser describes it: its name and line, every pattern of its conditions
 * (inside {@code not}, {@code exists}, {@code accumulate}… too) with its constraints, and its
 * consequence with comments and strings blanked. Drools does not parse the Java after
 * {@code then}, so which rule-API function a consequence calls is read from that text.
 */
record ParsedRule(String name, int line, List<FactPattern> patterns, String consequence) {

    /** One fact pattern: the type it matches (simple name), its line, and the text of each constraint. */
    record FactPattern(String type, int line, List<String> constraints) {
    }

    /** "level == Level.SENIOR", either way round. */
    private static final Pattern LEVEL_CONSTRAINT = Pattern.compile(
            "^\\s*(?:(\\w+)\\s*==\\s*Level\\s*\\.\\s*(\\w+)|Level\\s*\\.\\s*(\\w+)\\s*==\\s*(\\w+))\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    ParsedRule {
        patterns = List.copyOf(patterns);
    }

    static ParsedRule of(RuleDescr rule) {
        List<FactPattern> patterns = new ArrayList<>();
        collect(rule.getLhs(), patterns);
        Object consequence = rule.getConsequence();
        return new ParsedRule(rule.getName(), rule.getLine(), patterns,
                DrlFile.blankCommentsAndStrings(consequence == null ? "" : consequence.toString()));
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
     * The level the rule is about: the one its {@code Checking(level == Level.X)} names, else its
     * {@code Promotion(from == Level.X)}, else the first {@code field == Level.X} of any pattern;
     * null when it names none (or a name that is not a level).
     */
    Level level() {
        Level checking = null;
        Level promotion = null;
        Level any = null;
        for (FactPattern pattern : patterns) {
            for (String constraint : pattern.constraints()) {
                Matcher matcher = LEVEL_CONSTRAINT.matcher(constraint);
                if (!matcher.matches()) {
                    continue;
                }
                String field = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
                Level level = Level.parse(matcher.group(2) != null ? matcher.group(2) : matcher.group(3)).orElse(null);
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

    /** The profile keys the conditions name, in the profile format's order. */
    List<String> reads() {
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
        for (ProfileKey key : ProfileKeys.all()) {
            if (names.contains(key.name())) {
                reads.add(key.name());
            }
        }
        return reads;
    }
}
