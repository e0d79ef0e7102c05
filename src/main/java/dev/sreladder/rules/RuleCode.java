package dev.sreladder.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;

import dev.sreladder.system.CodeText;

/**
 * One piece of Java in a rule file (a consequence, a function body, a condition's expression)
 * checked against an allow-list, on the tree JavaParser builds after decoding {@code \\uXXXX}
 * escapes exactly as the Java compiler does: what is checked is what would compile. Only what
 * rules need is allowed (local variables, if/else, arithmetic and string concatenation, the
 * rule API's functions, the fact types' methods and properties, a few java.lang methods);
 * everything else is refused with the line it is on.
 */
final class RuleCode {

    /** Where the code sits in a rule file, and what it may use there. */
    enum Place {
        CONSEQUENCE, FUNCTION, CONDITION
    }

    private static final String FORBIDDEN = "forbidden in a rule: ";
    private static final String FACT_CHANGES = "modify|update|retract|delete|insertLogical";
    private static final String NEVER_CHANGE = "rules insert findings; they never change their inputs";

    /** Drools' {@code modify($fact) { ... }} block, which is not Java. */
    private static final java.util.regex.Pattern MODIFY_BLOCK = java.util.regex.Pattern.compile(
            "(?<![\\w$.])(modify)\\s*\\(");

    private final Place place;
    private final RuleVocabulary vocabulary;
    /** Variables in reach: the rule's bindings, the function's parameters; locals are added as found. */
    private final Set<String> variables;
    /** The functions declared in the rule files (DRL {@code function}). */
    private final Set<String> drlFunctions;
    /** Receives each refusal: the code's own 1-based line, and the message. */
    private final BiConsumer<Integer, String> refuse;
    /** DRL functions this code calls, for the recursion check. */
    private final Set<String> calledFunctions = new HashSet<>();
    /** How many refusals this code has had so far. */
    private int refusals;

    private RuleCode(Place place, RuleVocabulary vocabulary, Set<String> variables, Set<String> drlFunctions,
            BiConsumer<Integer, String> refuse) {
        this.place = place;
        this.vocabulary = vocabulary;
        this.variables = new HashSet<>(variables);
        this.drlFunctions = drlFunctions;
        this.refuse = refuse;
    }

    /** Checks statements (a consequence, a function body); returns the DRL functions they call. */
    static Set<String> checkStatements(String code, Place place, RuleVocabulary vocabulary, Set<String> variables,
            Set<String> drlFunctions, BiConsumer<Integer, String> refuse) {
        RuleCode check = new RuleCode(place, vocabulary, variables, drlFunctions, refuse);
        // On a line of its own, so that a trailing // comment cannot swallow the brace.
        ParseResult<BlockStmt> parsed = new JavaParser(CodeShapes.JAVA).parseBlock("{\n" + code + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            check.unreadable(parsed.getProblems(), code, 1);
            return Set.of();
        }
        check.visit(parsed.getResult().get(), -1);
        return check.calledFunctions;
    }

    /** Checks one expression (a constraint, an eval, an accumulate argument); returns the DRL functions it calls. */
    static Set<String> checkExpression(String code, Place place, RuleVocabulary vocabulary, Set<String> variables,
            Set<String> drlFunctions, BiConsumer<Integer, String> refuse) {
        RuleCode check = new RuleCode(place, vocabulary, variables, drlFunctions, refuse);
        ParseResult<Expression> parsed = new JavaParser(CodeShapes.JAVA).parseExpression(code);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            check.unreadable(parsed.getProblems(), code, 0);
            return Set.of();
        }
        check.visit(parsed.getResult().get(), 0);
        return check.calledFunctions;
    }

    /** Checks a type as written in a function's signature. */
    static void checkType(String type, RuleVocabulary vocabulary, BiConsumer<Integer, String> refuse) {
        RuleCode check = new RuleCode(Place.FUNCTION, vocabulary, Set.of(), Set.of(), refuse);
        ParseResult<Type> parsed = new JavaParser(CodeShapes.JAVA).parseType(type.strip());
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            check.unreadable(parsed.getProblems(), type, 0);
            return;
        }
        check.type(parsed.getResult().get(), 0);
    }

    private void unreadable(List<Problem> problems, String code, int shift) {
        int line = problems.stream().flatMap(problem -> problem.getLocation().stream())
                .map(location -> location.getBegin().getRange().map(range -> range.begin.line).orElse(1 + shift))
                .findFirst().orElse(1 + shift) - shift;
        String blanked = CodeText.blankCommentsAndStrings(code);
        java.util.regex.Matcher change = MODIFY_BLOCK.matcher(blanked);
        if (change.find()) {
            refuse.accept(lineIn(code, change.start()), FORBIDDEN + changesFacts("modify"));
            return;
        }
        String unexpected = problems.stream().map(problem -> JavaProblemText.parseError(problem.getMessage()))
                .filter(words -> !words.isEmpty()).findFirst().map(words -> ": " + words).orElse("");
        // Escapes are named only where there are some: a missing ';' is not about them.
        refuse.accept(Math.max(line, 1), FORBIDDEN + "this code does not read as Java"
                + (code.contains("\\u") ? " once its \\uXXXX escapes are decoded (as the compiler reads them)" : "")
                + unexpected + "; " + CodeShapes.SHAPE);
    }

    private static int lineIn(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Visits a node; {@code shift} is subtracted from its line (the wrapping brace's line for statements). */
    private void visit(Node node, int shift) {
        if (node instanceof Comment) {
            return;
        }
        if (node instanceof MethodCallExpr call) {
            call(call, shift);
            return;
        }
        if (node instanceof FieldAccessExpr access) {
            access(access, shift);
            return;
        }
        if (node instanceof NameExpr name) {
            if (name.getNameAsString().equals("kcontext")) {
                refuse(node, shift, "uses kcontext, the rule's handle on the session; " + NEVER_CHANGE
                        + ": pass drools to the rule API's functions and insert what they return");
            }
            return;
        }
        if (node instanceof Type type) {
            type(type, shift);
            return;
        }
        if (node instanceof Modifier modifier && modifier.getKeyword() == Modifier.Keyword.FINAL) {
            return;
        }
        if (node instanceof VariableDeclarator declarator) {
            variables.add(declarator.getNameAsString());
        }
        if (node instanceof AssignExpr assign && !(assign.getTarget() instanceof NameExpr)) {
            refuse(node, shift, "assigns to " + assign.getTarget() + "; a rule assigns only its own local variables");
            return;
        }
        if (node instanceof AssignExpr) {
            visit(((AssignExpr) node).getValue(), shift);
            return;
        }
        for (Map.Entry<Class<? extends Node>, String> refused : CodeShapes.REFUSED.entrySet()) {
            if (refused.getKey().isInstance(node)) {
                refuse(node, shift, refused.getValue());
                inside(node, shift);
                return;
            }
        }
        if (!CodeShapes.PLAIN.contains(node.getClass())) {
            refuse(node, shift, node.getClass().getSimpleName().replaceAll("(Stmt|Expr)$", "") + " ("
                    + oneLine(node) + "); " + CodeShapes.SHAPE);
            return;
        }
        for (Node child : node.getChildNodes()) {
            visit(child, shift);
        }
    }

    /** The statements inside a refused loop or try are checked too, so that what they hide is named. */
    private void inside(Node node, int shift) {
        if (node instanceof TryStmt attempt) {
            visit(attempt.getTryBlock(), shift);
            attempt.getCatchClauses().forEach(clause -> visit(clause.getBody(), shift));
            attempt.getFinallyBlock().ifPresent(block -> visit(block, shift));
        } else if (node instanceof ForStmt loop) {
            visit(loop.getBody(), shift);
        } else if (node instanceof ForEachStmt loop) {
            visit(loop.getBody(), shift);
        } else if (node instanceof WhileStmt loop) {
            visit(loop.getBody(), shift);
        } else if (node instanceof DoStmt loop) {
            visit(loop.getBody(), shift);
        } else if (node instanceof SynchronizedStmt block) {
            visit(block.getBody(), shift);
        }
    }

    private void call(MethodCallExpr call, int shift) {
        String name = call.getNameAsString();
        if (call.getTypeArguments().isPresent()) {
            refuse(call, shift, "type arguments on " + name + "(...); " + CodeShapes.SHAPE);
            return;
        }
        call.getArguments().forEach(argument -> visit(argument, shift));
        if (call.getScope().isEmpty()) {
            unqualifiedCall(call, name, shift);
            return;
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr named) {
            String owner = named.getNameAsString();
            if (owner.equals("drools")) {
                droolsCall(call, name, shift);
            } else if (owner.equals("kcontext")) {
                visit(scope, shift);
            } else if (isVariable(owner)) {
                instanceCall(call, name, shift);
            } else if (vocabulary.isType(owner)) {
                if (!vocabulary.isStaticCall(owner, name)) {
                    refuse(call, shift, "calls " + owner + "." + name + "(...), which is not one a rule may call");
                }
            } else {
                unknownName(call, owner, shift);
            }
            return;
        }
        NameExpr root = chainRoot(scope);
        if (root != null && !isKnown(root.getNameAsString())) {
            // java.nio.file.Files.write(...): one refusal for the qualified name, not one per dot.
            if (vocabulary.isQualifiedType(scope.toString())) {
                String type = scope.toString().substring(scope.toString().lastIndexOf('.') + 1);
                if (!vocabulary.isStaticCall(type, name)) {
                    refuse(call, shift, "calls " + scope + "." + name + "(...), which is not one a rule may call");
                }
            } else {
                unknownName(call, root.getNameAsString(), shift);
            }
            return;
        }
        throughReceiver(scope, shift, () -> instanceCall(call, name, shift));
    }

    /** Checks the receiver, then the reach through it unless the receiver was refused: one refusal per reach. */
    private void throughReceiver(Expression scope, int shift, Runnable reach) {
        int before = refusals;
        visit(scope, shift);
        if (refusals == before) {
            reach.run();
        }
    }

    /** The name a chain of field accesses starts from ({@code java} in {@code java.nio.file.Files}), or null. */
    private static NameExpr chainRoot(Expression scope) {
        Expression at = scope;
        while (at instanceof FieldAccessExpr access) {
            at = access.getScope();
        }
        return at instanceof NameExpr name ? name : null;
    }

    /** A name the rule may start from: the session handles (checked where used), a variable, a type. */
    private boolean isKnown(String name) {
        return name.equals("drools") || name.equals("kcontext") || isVariable(name) || vocabulary.isType(name);
    }

    private void unqualifiedCall(MethodCallExpr call, String name, int shift) {
        if (name.matches(FACT_CHANGES)) {
            refuse(call, shift, changesFacts(name));
        } else if (name.equals("insert") && place == Place.CONSEQUENCE) {
            return;
        } else if (drlFunctions.contains(name)) {
            calledFunctions.add(name);
        } else if (vocabulary.functions().contains(name)) {
            return;
        } else if (place == Place.CONDITION && vocabulary.isFactMethod(name)) {
            return;
        } else {
            refuse(call, shift, "calls " + name + "(...), which is not one of the rule API's functions nor a function"
                    + " of the rule files");
        }
    }

    private void droolsCall(MethodCallExpr call, String name, int shift) {
        if (name.equals("insert") && place == Place.CONSEQUENCE) {
            return;
        }
        if (name.matches(FACT_CHANGES)) {
            refuse(call, shift, changesFacts("drools." + name));
        } else {
            refuse(call, shift, reachesIntoTheSession("drools." + name));
        }
    }

    private static String changesFacts(String call) {
        return call + " changes the facts the rules match; " + NEVER_CHANGE
                + ": insert a finding (trap, note) instead, and leave what was matched as it is";
    }

    private static String reachesIntoTheSession(String use) {
        return "uses " + use + ", which reaches past the rule into the session; " + NEVER_CHANGE
                + ": pass drools to the rule API's functions and insert what they return";
    }

    private void instanceCall(MethodCallExpr call, String name, int shift) {
        if (!vocabulary.isMethod(name)) {
            refuse(call, shift, "calls ." + name + "(...), which is not a method of the fact types nor one of the few"
                    + " String and number methods a rule may call; " + CodeShapes.SHAPE);
        }
    }

    private void access(FieldAccessExpr access, int shift) {
        String name = access.getNameAsString();
        Expression scope = access.getScope();
        if (scope instanceof NameExpr named) {
            String owner = named.getNameAsString();
            if (owner.equals("drools") || owner.equals("kcontext")) {
                refuse(access, shift, reachesIntoTheSession(owner + "." + name));
            } else if (isVariable(owner)) {
                property(access, name, shift);
            } else if (vocabulary.isType(owner)) {
                if (!vocabulary.isConstant(owner, name)) {
                    refuse(access, shift, "uses " + owner + "." + name + ", which is not a constant of the fact"
                            + " model");
                }
            } else {
                unknownName(access, owner, shift);
            }
            return;
        }
        NameExpr root = chainRoot(scope);
        if (root != null && !isKnown(root.getNameAsString())) {
            String type = scope.toString().substring(scope.toString().lastIndexOf('.') + 1);
            if (!vocabulary.isQualifiedType(scope.toString()) || !vocabulary.isConstant(type, name)) {
                unknownName(access, root.getNameAsString(), shift);
            }
            return;
        }
        throughReceiver(scope, shift, () -> property(access, name, shift));
    }

    private void property(FieldAccessExpr access, String name, int shift) {
        if (place != Place.CONDITION || !vocabulary.isProperty(name)) {
            refuse(access, shift, "reads ." + name + ", which is not a property of the fact types; "
                    + CodeShapes.SHAPE);
        }
    }

    /** A name used as the owner of a call or field that is neither a variable nor a type of the fact model. */
    private void unknownName(Node node, String owner, int shift) {
        refuse(node, shift, "uses " + oneLine(node).replaceFirst("\\(.*", "") + ": " + owner + " is neither a"
                + " variable of the rule nor a type of the fact model, and a rule may reach nothing else");
    }

    private boolean isVariable(String name) {
        return variables.contains(name) || (place == Place.CONDITION && vocabulary.isProperty(name));
    }

    private void type(Type type, int shift) {
        if (type instanceof PrimitiveType || type instanceof VarType || type instanceof VoidType) {
            return;
        }
        if (type instanceof ClassOrInterfaceType named) {
            String written = named.getNameWithScope();
            boolean allowed = named.getScope().isEmpty() ? vocabulary.isType(named.getNameAsString())
                    : vocabulary.isQualifiedType(written);
            if (!allowed) {
                refuse(type, shift, "uses the type " + written + ", which is outside the fact model");
                return;
            }
            named.getTypeArguments().ifPresent(arguments -> arguments.forEach(argument -> type(argument, shift)));
            return;
        }
        refuse(type, shift, (type instanceof ArrayType ? "an array" : "the type " + type) + "; " + CodeShapes.SHAPE);
    }

    private void refuse(Node node, int shift, String message) {
        refusals++;
        int line = node.getBegin().map(position -> position.line).orElse(1 - shift) + shift;
        refuse.accept(Math.max(line, 1), FORBIDDEN + message);
    }

    private static String oneLine(Node node) {
        // Without comments: a trailing "//" of the code would otherwise be quoted as part of the name.
        String text = node.toString(new DefaultPrinterConfiguration().removeOption(
                new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS)))
                .replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
