package dev.sreladder.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/**
 * Every SQL statement written in Java sources, read from the parsed code: each string literal, text
 * block and concatenation of them (with the class's own string constants filled in) that reads as
 * a statement, with the class and method it is in. A part that is not known before run time (a
 * variable) is kept as {@value #UNKNOWN}, so that such a statement is seen, not skipped.
 */
final class SqlStatements {

    static final String UNKNOWN = "{?}";

    /** One statement: where it is ({@code Class#method}, or {@code Class} for a constant) and its text. */
    record Statement(String where, String sql) {

        List<SqlNeeds.Need> needs() {
            return SqlNeeds.of(sql);
        }

        @Override
        public String toString() {
            return where + ": " + sql.replaceAll("\\s+", " ").strip();
        }
    }

    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)\\s*(select\\s+.*|insert\\s+into\\s+.*|update\\s+\\w+\\s+set\\s+.*|delete\\s+from\\s+.*)");

    private SqlStatements() {
    }

    static List<Statement> in(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Statement> statements = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                statements.addAll(inSource(Files.readString(file)));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Statement> inSource(String source) {
        CompilationUnit unit = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult()
                .orElseThrow(() -> new IllegalArgumentException("does not parse: " + source.lines().findFirst()));
        Map<String, String> constants = constants(unit);
        List<Statement> statements = new ArrayList<>();
        for (Expression expression : unit.findAll(Expression.class, SqlStatements::outermostText)) {
            String text = text(expression, constants);
            if (STATEMENT.matcher(text).matches()) {
                statements.add(new Statement(where(expression), text));
            }
        }
        return statements;
    }

    /** A literal, or a concatenation holding one, that is not itself part of a larger concatenation. */
    private static boolean outermostText(Expression expression) {
        boolean text = expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr
                || (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
                        && (holdsText(binary.getLeft()) || holdsText(binary.getRight())));
        return text && !partOfConcatenation(expression);
    }

    private static boolean holdsText(Expression expression) {
        return !expression.findAll(StringLiteralExpr.class).isEmpty()
                || !expression.findAll(TextBlockLiteralExpr.class).isEmpty();
    }

    private static boolean partOfConcatenation(Expression expression) {
        Optional<com.github.javaparser.ast.Node> parent = expression.getParentNode();
        while (parent.isPresent() && parent.get() instanceof EnclosedExpr) {
            parent = parent.get().getParentNode();
        }
        return parent.isPresent() && parent.get() instanceof BinaryExpr binary
                && binary.getOperator() == BinaryExpr.Operator.PLUS;
    }

    private static String text(Expression expression, Map<String, String> constants) {
        if (expression instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return text(enclosed.getInner(), constants);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return text(binary.getLeft(), constants) + text(binary.getRight(), constants);
        }
        if (expression instanceof NameExpr name && constants.containsKey(name.getNameAsString())) {
            return constants.get(name.getNameAsString());
        }
        return UNKNOWN;
    }

    /** The string constants of the source's classes (static final, from literals and other constants). */
    private static Map<String, String> constants(CompilationUnit unit) {
        Map<String, String> constants = new HashMap<>();
        List<FieldDeclaration> fields = unit.findAll(FieldDeclaration.class,
                field -> field.isStatic() && field.isFinal() && field.getElementType().asString().equals("String"));
        // Constants may use constants declared after them: settle them in rounds.
        for (int round = 0; round < fields.size() + 1; round++) {
            for (FieldDeclaration field : fields) {
                field.getVariables().forEach(variable -> variable.getInitializer().ifPresent(initializer -> {
                    String value = text(initializer, constants);
                    if (!value.contains(UNKNOWN)) {
                        constants.put(variable.getNameAsString(), value);
                    }
                }));
            }
        }
        return constants;
    }

    private static String where(Expression expression) {
        String type = expression.findAncestor(TypeDeclaration.class).map(TypeDeclaration::getNameAsString)
                .orElse("?");
        return expression.findAncestor(MethodDeclaration.class).map(method -> type + "#" + method.getNameAsString())
                .orElse(type);
    }

    /** Lower case, one space between words, for comparing statements. */
    static String normal(String sql) {
        return sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
