package dev.sreladder.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.AtLeastOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.Trigger;
import dev.sreladder.ladder.Ladder;

/**
 * Reads what a rule's {@code when} asks of the profile ({@link Trigger}) with Drools' own parsers:
 * the rule's conditions as Drools' DRL parser gives them, each constraint of its {@code Profile}
 * pattern through Drools' constraint-expression parser. A comparison of one profile key
 * ({@code value("mentees")}, or a key named as a field) with a number is a condition; {@code &&}
 * and {@code ,} join conditions, {@code ||} makes an "any of". The level patterns
 * ({@code Checking}, {@code Promotion}) say the rule's level and target, shown apart; anything
 * else is kept word for word as not read.
 */
final class RuleTriggers {

    private static final Pattern VALUE_CALL = Pattern.compile("value\\(\\s*\"([A-Za-z][A-Za-z0-9]*)\"\\s*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> LEVEL_TYPES = Set.of("Checking", "Promotion");
    /** A level pattern's constraint on its level fields: the rule's level and target. */
    private static final Pattern LEVEL_CONSTRAINT = Pattern.compile(
            "\\s*(level|from|to)\\s*==\\s*(\"\\w+\"|Level\\s*\\.\\s*\\w+)\\s*");
    private static final Set<String> OPERATORS = Set.of(">=", "<=", ">", "<", "==");
    /** The operator that holds exactly when the given one does not, and the one with its sides swapped. */
    private static final Map<String, String> NEGATED = Map.of(">=", "<", "<=", ">", ">", "<=", "<", ">=");
    private static final Map<String, String> SWAPPED = Map.of(">=", "<=", "<=", ">=", ">", "<", "<", ">", "==", "==");

    private RuleTriggers() {
    }

    static Trigger of(AndDescr when, Ladder ladder) {
        if (when == null) {
            return Trigger.NONE;
        }
        List<Condition> conditions = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (BaseDescr element : when.getDescrs()) {
            if (!(element instanceof PatternDescr pattern) || pattern.getSource() != null) {
                unread.add(shown(element));
                continue;
            }
            String type = simpleName(pattern);
            for (BaseDescr constraint : pattern.getDescrs()) {
                String expression = text(constraint);
                if (LEVEL_TYPES.contains(type)) {
                    if (!LEVEL_CONSTRAINT.matcher(expression).matches()) {
                        unread.add(type + "(" + expression.strip() + ")");
                    }
                } else if (type.equals("Profile")) {
                    Optional<List<Condition>> read = read(expression, ladder);
                    read.ifPresentOrElse(conditions::addAll, () -> unread.add(expression.strip()));
                } else {
                    unread.add(shown(pattern));
                    break;
                }
            }
            if (pattern.getDescrs().isEmpty() && !LEVEL_TYPES.contains(type) && !type.equals("Profile")) {
                unread.add(shown(pattern));
            }
        }
        return new Trigger(conditions, unread);
    }

    /** The conditions one constraint of the Profile pattern makes, all of which must hold; empty when it is not one. */
    private static Optional<List<Condition>> read(String expression, Ladder ladder) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL10);
        ConstraintConnectiveDescr parsed = parser.parse(expression);
        if (parser.hasErrors() || parsed == null) {
            return Optional.empty();
        }
        return allOf(parsed, ladder);
    }

    private static Optional<List<Condition>> allOf(BaseDescr descr, Ladder ladder) {
        if (descr instanceof ConstraintConnectiveDescr connective && !connective.isNegated()) {
            if (connective.getConnective() == ConnectiveType.AND) {
                List<Condition> all = new ArrayList<>();
                for (BaseDescr part : connective.getDescrs()) {
                    if (part instanceof BindingDescr) {
                        continue;
                    }
                    Optional<List<Condition>> read = allOf(part, ladder);
                    if (read.isEmpty()) {
                        return Optional.empty();
                    }
                    all.addAll(read.get());
                }
                return all.isEmpty() ? Optional.empty() : Optional.of(all);
            }
            if (connective.getConnective() == ConnectiveType.OR) {
                List<Condition> alternatives = new ArrayList<>();
                for (BaseDescr part : connective.getDescrs()) {
                    Optional<List<Condition>> read = allOf(part, ladder);
                    if (read.isEmpty()) {
                        return Optional.empty();
                    }
                    List<Condition> all = read.get();
                    alternatives.add(all.size() == 1 ? all.get(0) : new AtLeastOf(all.size(), all));
                }
                return Optional.of(List.of(alternatives.size() == 1 ? alternatives.get(0)
                        : new AnyOf(alternatives)));
            }
            return Optional.empty();
        }
        if (descr instanceof RelationalExprDescr relation) {
            return comparison(relation, ladder).map(List::of);
        }
        return Optional.empty();
    }

    /** {@code value("k") >= 2}, {@code 2 <= value("k")}, {@code !(k >= 2)}: a key compared with a number. */
    private static Optional<Condition> comparison(RelationalExprDescr relation, Ladder ladder) {
        String op = relation.getOperator();
        if (!OPERATORS.contains(op) || relation.getParameters() != null && !relation.getParameters().isEmpty()) {
            return Optional.empty();
        }
        if (relation.isNegated()) {
            op = NEGATED.get(op);
            if (op == null) {
                return Optional.empty();
            }
        }
        Optional<String> leftKey = key(relation.getLeft(), ladder);
        Optional<Number> rightNumber = number(relation.getRight());
        if (leftKey.isPresent() && rightNumber.isPresent()) {
            return Optional.of(new Requirement(leftKey.get(), op, rightNumber.get()));
        }
        Optional<String> rightKey = key(relation.getRight(), ladder);
        Optional<Number> leftNumber = number(relation.getLeft());
        if (rightKey.isPresent() && leftNumber.isPresent()) {
            return Optional.of(new Requirement(rightKey.get(), SWAPPED.get(op), leftNumber.get()));
        }
        return Optional.empty();
    }

    /** The ladder's key an expression reads: {@code value("k")}, or {@code k} itself (yearsInLevel, older models). */
    private static Optional<String> key(BaseDescr side, Ladder ladder) {
        if (!(side instanceof AtomicExprDescr atom) || atom.isLiteral()) {
            return Optional.empty();
        }
        String expression = atom.getExpression().strip();
        Matcher call = VALUE_CALL.matcher(expression);
        String name = call.matches() ? call.group(1) : IDENTIFIER.matcher(expression).matches() ? expression : null;
        return name == null ? Optional.empty() : ladder.key(name).map(key -> key.name());
    }

    private static Optional<Number> number(BaseDescr side) {
        if (!(side instanceof AtomicExprDescr atom) || !atom.isLiteral()) {
            return Optional.empty();
        }
        String literal = atom.getExpression().strip().toLowerCase(Locale.ROOT).replaceAll("[ldf]$", "");
        try {
            return Optional.of(new BigDecimal(literal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(BaseDescr constraint) {
        return constraint instanceof ExprConstraintDescr expression ? expression.getExpression()
                : String.valueOf(constraint.getText());
    }

    private static String simpleName(PatternDescr pattern) {
        String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A condition element as a maintainer wrote it, near enough: "exists Finding(kind == FindingKind.GAP)". */
    private static String shown(BaseDescr element) {
        if (element instanceof PatternDescr pattern) {
            String constraints = pattern.getDescrs().stream().map(RuleTriggers::text).map(String::strip)
                    .collect(Collectors.joining(", "));
            return simpleName(pattern) + "(" + constraints + ")" + (pattern.getSource() == null ? "" : " from …");
        }
        if (element instanceof NotDescr not) {
            return "not " + children(not, " and ");
        }
        if (element instanceof ExistsDescr exists) {
            return "exists " + children(exists, " and ");
        }
        if (element instanceof OrDescr or) {
            return "(" + children(or, " or ") + ")";
        }
        if (element instanceof AndDescr and) {
            return "(" + children(and, " and ") + ")";
        }
        if (element instanceof EvalDescr eval) {
            return "eval(" + String.valueOf(eval.getContent()).strip() + ")";
        }
        return element.getText() != null ? element.getText().strip() : "a condition at line " + element.getLine();
    }

    private static String children(ConditionalElementDescr element, String joint) {
        return element.getDescrs().stream().map(RuleTriggers::shown).collect(Collectors.joining(joint));
    }
}
