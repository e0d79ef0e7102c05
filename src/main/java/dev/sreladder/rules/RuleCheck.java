package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

import dev.sreladder.evaluation.FactModel;

/**
 * What a rule file may contain, checked on the parsed program before anything of it compiles or
 * runs: Drools' parser gives the rules, functions and conditions ({@link DrlFile#descr}), and
 * every piece of Java in them (consequences, function bodies, constraints, {@code eval}s,
 * accumulate arguments) is checked by {@link RuleCode} after {@code \\uXXXX} decoding. An
 * allow-list per fact model ({@link RuleVocabulary}): rules match fact types, insert findings
 * through the rule API, order themselves with a whole-number salience; no globals, declared
 * types, queries, timers, {@code from}, {@code collect}, MVEL, or recursion among functions.
 * Every compile of rule files goes through here (start, reload, validate, impact, replay).
 */
final class RuleCheck {

    /** "$gaps : count()" or "$y : yearsInLevel": a binding before a constraint, not ":=" (unification). */
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_$][\\w$]*)\\s*:(?!=)");
    /** java.lang types a pattern must not match: only the fact types are facts. */
    /** How every refusal of the check starts. */
    static final String FORBIDDEN = "forbidden in a rule: ";
    private static final String ORDER_ONLY = "rules order themselves with salience and a whole number only";

    private final RuleVocabulary vocabulary;
    private final List<Problem> problems = new ArrayList<>();
    /** Each DRL function, and the DRL functions it calls. */
    private final Map<String, Set<String>> functionCalls = new LinkedHashMap<>();
    private final Map<String, FunctionSite> functionSites = new LinkedHashMap<>();

    private record FunctionSite(String path, int line) {
    }

    private RuleCheck(FactModel model) {
        this.vocabulary = RuleVocabulary.of(model);
    }

    /** Every refusal in {@code files}, written for {@code model}, each at its file and line. */
    static List<Problem> check(List<DrlFile> files, FactModel model) {
        RuleCheck check = new RuleCheck(model);
        Set<String> functions = new HashSet<>();
        for (DrlFile file : files) {
            if (file.descr() != null) {
                file.descr().getFunctions().forEach(function -> functions.add(function.getName()));
            }
        }
        for (DrlFile file : files) {
            if (file.descr() != null) {
                check.file(file, file.descr(), functions);
            }
        }
        check.recursion();
        return check.problems;
    }

    private void file(DrlFile file, PackageDescr descr, Set<String> functions) {
        String path = file.file().path();
        descr.getGlobals().forEach(global -> refuse(path, global.getLine(),
                "global " + global.getIdentifier() + "; rules reach nothing outside the facts they match"));
        descr.getTypeDeclarations().forEach(type -> refuse(path, type.getLine(),
                "declare " + type.getTypeName() + "; rules match the fact model's types only"));
        descr.getEnumDeclarations().forEach(type -> refuse(path, type.getLine(),
                "declare enum " + type.getTypeName() + "; rules match the fact model's types only"));
        descr.getEntryPointDeclarations().forEach(entry -> refuse(path, entry.getLine(),
                "an entry point; rules match the facts the tool inserts"));
        descr.getWindowDeclarations().forEach(window -> refuse(path, window.getLine(),
                "a window; rules match the facts the tool inserts"));
        descr.getAccumulateImports().forEach(imported -> refuse(path, imported.getLine(),
                "import accumulate " + imported.getTarget() + "; accumulate with "
                        + String.join(", ", RuleVocabulary.ACCUMULATE_FUNCTIONS.stream().sorted().toList())));
        for (AttributeDescr attribute : descr.getAttributes()) {
            attribute(path, attribute);
        }
        for (FunctionDescr function : descr.getFunctions()) {
            function(file, function, functions);
        }
        for (RuleDescr rule : descr.getRules()) {
            if (rule instanceof QueryDescr) {
                refuse(path, rule.getLine(), "query " + rule.getName() + "; the tool asks the rules through findings");
                continue;
            }
            rule(file, rule, functions);
        }
    }

    private void attribute(String path, AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        if (name.equals("salience")) {
            if (!CodeShapes.isWholeNumber(value)) {
                refuse(path, attribute.getLine(), "salience " + value + " is computed; " + ORDER_ONLY);
            }
        } else if (name.equals("dialect")) {
            if (!value.replace("\"", "").equals("java")) {
                refuse(path, attribute.getLine(), "dialect " + value + "; rules are written in the java dialect"
                        + " (remove the dialect line)");
            }
        } else {
            refuse(path, attribute.getLine(), "the attribute " + name + " (timers, calendars, agenda groups and"
                    + " the like steer the engine); " + ORDER_ONLY);
        }
    }

    private void function(DrlFile file, FunctionDescr function, Set<String> functions) {
        String path = file.file().path();
        int line = function.getLine();
        functionSites.put(function.getName(), new FunctionSite(path, line));
        if (function.getDialect() != null && !function.getDialect().equals("java")) {
            refuse(path, line, "function " + function.getName() + " in the " + function.getDialect()
                    + " dialect; rules are written in the java dialect");
        }
        RuleCode.checkType(function.getReturnType() == null ? "void" : function.getReturnType(), vocabulary,
                (at, message) -> problems.add(new Problem(path, line, message)));
        for (String type : function.getParameterTypes()) {
            RuleCode.checkType(type, vocabulary,
                    (at, message) -> problems.add(new Problem(path, line, message)));
        }
        String body = function.getBody() == null ? "" : function.getBody();
        int first = lineOf(file, body, line);
        Set<String> calls = RuleCode.checkStatements(body, RuleCode.Place.FUNCTION, vocabulary,
                new HashSet<>(function.getParameterNames()), functions, at(path, first));
        functionCalls.put(function.getName(), calls);
    }

    private void rule(DrlFile file, RuleDescr rule, Set<String> functions) {
        String path = file.file().path();
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            attribute(path, attribute);
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            for (Object value : annotation.getValueMap().values()) {
                if (!CodeShapes.isLiteral(String.valueOf(value))) {
                    refuse(path, annotation.getLine() > 0 ? annotation.getLine() : rule.getLine(),
                            "@" + annotation.getName() + " holds code; metadata is a quoted text: @"
                                    + annotation.getName() + "(\"...\")");
                }
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(path, rule.getLine(), "named consequences (do[...]); a rule has one 'then'");
        }
        Set<String> bindings = new HashSet<>();
        bindings(rule.getLhs(), bindings);
        conditions(file, rule.getLhs(), bindings, functions);
        Object consequence = rule.getConsequence();
        String code = consequence == null ? "" : consequence.toString();
        Set<String> variables = new HashSet<>(bindings);
        variables.add("drools");
        RuleCode.checkStatements(code, RuleCode.Place.CONSEQUENCE, vocabulary, variables, functions,
                at(path, lineOf(file, code, rule.getConsequenceLine())));
    }

    private static void bindings(BaseDescr descr, Set<String> bindings) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    Matcher binding = BINDING.matcher(expression.getExpression());
                    if (binding.find()) {
                        bindings.add(binding.group(1));
                    }
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                bindings(accumulate, bindings);
            }
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate.getFunctions().forEach(function -> {
                if (function.getBind() != null) {
                    bindings.add(function.getBind());
                }
            });
            if (accumulate.getInput() != null) {
                bindings(accumulate.getInput(), bindings);
            }
        } else if (descr instanceof ConditionalElementDescr element && !(descr instanceof EvalDescr)) {
            for (BaseDescr child : element.getDescrs()) {
                bindings(child, bindings);
            }
        }
    }

    private void conditions(DrlFile file, BaseDescr descr, Set<String> bindings, Set<String> functions) {
        String path = file.file().path();
        if (descr instanceof PatternDescr pattern) {
            pattern(file, pattern, bindings, functions);
        } else if (descr instanceof EvalDescr eval) {
            expression(path, eval.getLine(), String.valueOf(eval.getContent()), bindings, functions);
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate(file, accumulate, bindings, functions);
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                conditions(file, child, bindings, functions);
            }
        } else if (descr != null) {
            refuse(path, descr.getLine(), "a condition of the form " + descr.getClass().getSimpleName()
                    .replace("Descr", "") + "; rules match fact types with patterns, not, exists, accumulate");
        }
    }

    private void pattern(DrlFile file, PatternDescr pattern, Set<String> bindings, Set<String> functions) {
        String path = file.file().path();
        int line = pattern.getLine();
        if (!pattern.getAnnotations().isEmpty()) {
            refuse(path, line, "an annotation on a pattern; rules match the facts as they are");
        }
        if (!pattern.getBehaviors().isEmpty()) {
            refuse(path, line, "a window over a pattern; rules match the facts the tool inserts");
        }
        BaseDescr source = pattern.getSource();
        if (source instanceof AccumulateDescr accumulate) {
            accumulate(file, accumulate, bindings, functions);
        } else {
            patternType(path, line, pattern.getObjectType());
            if (source instanceof FromDescr) {
                refuse(path, line, "from; rules match the facts the tool inserts, not what code computes");
            } else if (source instanceof CollectDescr) {
                refuse(path, line, "collect; use accumulate(...; $all : collectList(...))");
            } else if (source != null) {
                refuse(path, line, "a pattern's source (" + source.getClass().getSimpleName().replace("Descr", "")
                        + "); rules match the facts the tool inserts");
            }
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            int at = constraint.getLine() > 0 ? constraint.getLine() : line;
            if (constraint instanceof ExprConstraintDescr expression) {
                String text = expression.getExpression();
                Matcher binding = BINDING.matcher(text);
                expression(path, at, binding.find() ? text.substring(binding.end()) : text, bindings, functions);
            } else {
                refuse(path, at, "a constraint of the form " + constraint.getClass().getSimpleName()
                        + "; compare the fact's values with ==, <, >=, &&, ||");
            }
        }
    }

    private void accumulate(DrlFile file, AccumulateDescr accumulate, Set<String> bindings, Set<String> functions) {
        String path = file.file().path();
        int line = accumulate.getLine();
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getResultCode() != null) {
            refuse(path, line, "accumulate with its own code (init, action, result); accumulate with "
                    + String.join(", ", RuleVocabulary.ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
        }
        accumulate.getFunctions().forEach(function -> {
            if (!RuleVocabulary.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                refuse(path, line, "the accumulate function " + function.getFunction() + "; accumulate with "
                        + String.join(", ", RuleVocabulary.ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
            }
            for (String parameter : function.getParams()) {
                expression(path, line, parameter, bindings, functions);
            }
        });
        if (accumulate.getInput() != null) {
            conditions(file, accumulate.getInput(), bindings, functions);
        }
    }

    /** A pattern's type must be a fact type: never a java.lang class, never a type named outside the model. */
    private void patternType(String path, int line, String type) {
        if (type == null) {
            return;
        }
        boolean qualified = type.contains(".");
        boolean allowed = qualified ? vocabulary.isQualifiedType(type) : !isJavaLang(type)
                || vocabulary.isType(type) && !RuleVocabulary.JAVA_LANG.contains(type);
        if (!allowed) {
            refuse(path, line, "a pattern on " + type + ", which is outside the fact model");
        }
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, RuleCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void expression(String path, int line, String code, Set<String> bindings, Set<String> functions) {
        RuleCode.checkExpression(code, RuleCode.Place.CONDITION, vocabulary, bindings, functions, at(path, line));
    }

    /** A function that calls itself, directly or through others, is refused at its line. */
    private void recursion() {
        for (String function : functionCalls.keySet()) {
            List<String> cycle = cycleFrom(function, function, new ArrayList<>(List.of(function)), new HashSet<>());
            if (cycle != null) {
                FunctionSite site = functionSites.get(function);
                refuse(site.path(), site.line(), "function " + function + " calls itself ("
                        + String.join(" → ", cycle) + "); recursion is refused: compute the value without"
                        + " calling back");
            }
        }
    }

    private List<String> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
        for (String called : functionCalls.getOrDefault(at, Set.of())) {
            if (called.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(called)) {
                path.add(called);
                List<String> found = cycleFrom(start, called, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /** Where a piece of code starts in the file: the first line at or after {@code from} that holds it. */
    private static int lineOf(DrlFile file, String code, int from) {
        String content = file.file().content();
        String head = code.strip();
        int newline = head.indexOf('\n');
        head = newline < 0 ? head : head.substring(0, newline);
        int start = 0;
        for (int line = 1; line < from && start >= 0; line++) {
            start = content.indexOf('\n', start) + 1;
        }
        int found = head.isEmpty() ? -1 : content.indexOf(head, Math.max(start, 0));
        if (found < 0) {
            return Math.max(from, 1);
        }
        // The code as Drools hands it may start with blank lines: count them back.
        int leading = 0;
        for (int i = 0; i < code.length() && Character.isWhitespace(code.charAt(i)); i++) {
            leading += code.charAt(i) == '\n' ? 1 : 0;
        }
        return file.lineAt(found) - leading;
    }

    private java.util.function.BiConsumer<Integer, String> at(String path, int firstLine) {
        return (line, message) -> problems.add(new Problem(path, firstLine + line - 1, message));
    }

    private void refuse(String path, int line, String message) {
        problems.add(new Problem(path, Math.max(line, 1), FORBIDDEN + message));
    }
}
