package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The shape of one DRL file as text: its imports and its rules, each with the line it starts
 * on and its header, conditions and consequence. Drools keeps no line numbers on compiled rules,
 * so {@code rules list}, the lint and the trace read them from here. Comments and the contents of
 * string literals are blanked out first ({@link #code}), keeping every offset and line, so a
 * word in a comment or a message is never mistaken for code.
 */
final class DrlOutline {

    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"|[A-Za-z_])");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+(function[ \\t]+)?([\\w.$*]+)");

    /** One {@code import} line: what it imports, and whether it imports a function. */
    record Import(int line, String target, boolean function) {
    }

    /**
     * One rule. The text parts are taken from {@link #code}, with comments and string contents
     * blanked; {@code header} holds the metadata and attributes before {@code when}.
     */
    record Block(String name, int line, int start, int end, String header, String conditions, String consequence) {
    }

    private final String text;
    private final String code;
    /** The offset at which each line starts. */
    private final int[] lineStarts;
    private final List<Import> imports = new ArrayList<>();
    private final List<Block> rules = new ArrayList<>();

    DrlOutline(String text) {
        this.text = text;
        this.code = blankCommentsAndStrings(text);
        this.lineStarts = IntStream.concat(IntStream.of(0),
                IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            this.imports.add(new Import(lineAt(imports.start(2)), imports.group(2), imports.group(1) != null));
        }
        Matcher rule = RULE.matcher(code);
        while (rule.find()) {
            int start = rule.start(1);
            Matcher end = END.matcher(code);
            int stop = end.find(start) ? end.end() : code.length();
            String block = code.substring(start, stop);
            Matcher when = WHEN.matcher(block);
            int whenAt = when.find() ? when.start() : block.length();
            Matcher then = THEN.matcher(block);
            int thenAt = then.find(whenAt) ? then.start() : block.length();
            rules.add(new Block(nameAt(start), lineAt(start), start, stop, block.substring(0, whenAt),
                    block.substring(whenAt, thenAt), block.substring(thenAt)));
        }
    }

    /** The file with comments and string contents replaced by spaces (newlines and quotes kept). */
    String code() {
        return code;
    }

    List<Import> imports() {
        return imports;
    }

    List<Block> rules() {
        return rules;
    }

    /** 1-based line of an offset. */
    int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The rule's name as written: the quoted string's content, or the bare word. */
    private String nameAt(int start) {
        if (text.charAt(start) == '"') {
            int close = start + 1;
            while (close < text.length() && (text.charAt(close) != '"' || text.charAt(close - 1) == '\\')) {
                close++;
            }
            return text.substring(start + 1, Math.min(close, text.length()));
        }
        int stop = start;
        while (stop < text.length() && (Character.isLetterOrDigit(text.charAt(stop)) || text.charAt(stop) == '_')) {
            stop++;
        }
        return text.substring(start, stop);
    }

    private static String blankCommentsAndStrings(String text) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? text.length() : close + 2;
                for (; i < stop; i++) {
                    blank(code, text, i);
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        blank(code, text, i++);
                    }
                    blank(code, text, i++);
                }
                i++;
            } else {
                i++;
            }
        }
        return code.toString();
    }

    private static void blank(StringBuilder code, String text, int i) {
        if (text.charAt(i) != '\n') {
            code.setCharAt(i, ' ');
        }
    }
}
