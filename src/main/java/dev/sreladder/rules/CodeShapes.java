package dev.sreladder.rules;

import java.util.Map;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * The shapes of Java a rule's code may and may not take ({@link RuleCode} walks the tree): the
 * nodes harmless in themselves, those refused with what they are called and the fix, and the
 * literals that rule metadata and ladder values must be.
 */
final class CodeShapes {

    /** What a rule's code may hold, said after every refusal. */
    static final String SHAPE = "a rule holds local variables, if/else, arithmetic, string concatenation and"
            + " calls of the rule API";

    static final ParserConfiguration JAVA = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setPreprocessUnicodeEscapes(true);

    /** Nodes that are harmless in themselves; their children are checked. */
    static final Set<Class<? extends Node>> PLAIN = Set.of(BlockStmt.class, ExpressionStmt.class,
            IfStmt.class, ReturnStmt.class, EmptyStmt.class, VariableDeclarationExpr.class, VariableDeclarator.class,
            SimpleName.class, Name.class, BinaryExpr.class, UnaryExpr.class, ConditionalExpr.class, EnclosedExpr.class,
            StringLiteralExpr.class, TextBlockLiteralExpr.class, IntegerLiteralExpr.class, LongLiteralExpr.class,
            DoubleLiteralExpr.class, CharLiteralExpr.class, BooleanLiteralExpr.class, NullLiteralExpr.class);

    /** What some refused nodes are called in a message, and the fix. */
    static final Map<Class<? extends Node>, String> REFUSED = Map.ofEntries(
            Map.entry(ForStmt.class, "a for loop; a rule fires once per match: let a pattern match each fact"),
            Map.entry(ForEachStmt.class, "a for loop; a rule fires once per match: let a pattern match each fact"),
            Map.entry(WhileStmt.class, "a while loop; a rule fires once per match: let a pattern match each fact"),
            Map.entry(DoStmt.class, "a do loop; a rule fires once per match: let a pattern match each fact"),
            Map.entry(TryStmt.class, "try/catch; a rule that fails is reported with its name: let it fail"),
            Map.entry(ThrowStmt.class, "throw; a rule that cannot conclude inserts nothing"),
            Map.entry(SynchronizedStmt.class, "synchronized; a rule session runs on one thread"),
            Map.entry(SwitchStmt.class, "switch; use if/else"),
            Map.entry(SwitchExpr.class, "switch; use if/else"),
            Map.entry(ObjectCreationExpr.class, "new; the rule API's functions build what a rule inserts"),
            Map.entry(ArrayCreationExpr.class, "an array; pass the values to the rule API's functions one by one"),
            Map.entry(ArrayInitializerExpr.class, "an array; pass the values to the rule API's functions one by one"),
            Map.entry(ArrayAccessExpr.class, "an array; pass the values to the rule API's functions one by one"),
            Map.entry(CastExpr.class, "a cast; the fact types' methods return what a rule needs"),
            Map.entry(ClassExpr.class, "a class literal, which reaches reflection"),
            Map.entry(LambdaExpr.class, "a lambda; write the condition in 'when'"),
            Map.entry(MethodReferenceExpr.class, "a method reference; write the condition in 'when'"),
            Map.entry(InstanceOfExpr.class, "instanceof; match the fact type in a pattern"),
            Map.entry(ThisExpr.class, "this, which reaches the generated class around the rule"),
            Map.entry(SuperExpr.class, "super, which reaches the generated class around the rule"),
            Map.entry(LocalClassDeclarationStmt.class, "a class; " + SHAPE),
            Map.entry(LocalRecordDeclarationStmt.class, "a record; " + SHAPE),
            Map.entry(AnnotationExpr.class, "an annotation; " + SHAPE));

    private CodeShapes() {
    }

    /** Whether the text is a plain literal once escapes are decoded: a string, a number or a boolean. */
    static boolean isLiteral(String text) {
        Expression literal = unsigned(text);
        return literal instanceof StringLiteralExpr || literal instanceof IntegerLiteralExpr
                || literal instanceof LongLiteralExpr || literal instanceof DoubleLiteralExpr
                || literal instanceof BooleanLiteralExpr;
    }

    /** Whether the text is a whole number once escapes are decoded ("-100"). */
    static boolean isWholeNumber(String text) {
        return unsigned(text) instanceof IntegerLiteralExpr;
    }

    /** The expression the text is, after a leading minus; null when it is not one. */
    private static Expression unsigned(String text) {
        ParseResult<Expression> parsed = new JavaParser(JAVA).parseExpression(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return null;
        }
        Expression expression = parsed.getResult().get();
        return expression instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS
                ? unary.getExpression() : expression;
    }
}
