package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * One rule file as Drools' own parser reads it: its package, imports and rules with their lines
 * ({@link DrlParser} → {@link PackageDescr}). Compiled rules keep no line numbers nor the file they
 * came from, so {@code rules list}, the lint and the trace read them from here. A file the parser
 * refuses has no descriptors: Drools' build reports why. For the lint's textual checks the file
 * is also kept with comments and string contents blanked ({@link #code}), every offset and line
 * kept, so a word in a comment or a message is never mistaken for code.
 */
final class DrlFile {

    private final RuleFile file;
    private final String code;
    /** The offset at which each line starts. */
    private final int[] lineStarts;
    private final String packageName;
    private final List<ImportDescr> imports;
    private final List<FunctionImportDescr> functionImports;
    private final List<ParsedRule> rules;
    /** What Drools' parser made of the file; null when it refused it. */
    private final PackageDescr descr;

    private DrlFile(RuleFile file, PackageDescr descr) {
        this.file = file;
        this.code = blankCommentsAndStrings(file.content());
        this.lineStarts = lineStarts(file.content());
        this.packageName = descr == null ? "" : descr.getNamespace();
        this.imports = descr == null ? List.of() : List.copyOf(descr.getImports());
        this.functionImports = descr == null ? List.of() : List.copyOf(descr.getFunctionImports());
        List<ParsedRule> parsed = new ArrayList<>();
        if (descr != null) {
            for (RuleDescr rule : descr.getRules()) {
                parsed.add(ParsedRule.of(rule));
            }
        }
        this.rules = List.copyOf(parsed);
        this.descr = descr;
    }

    static DrlFile parse(RuleFile file) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, file.content());
        } catch (DroolsParserException e) {
            descr = null;
        }
        return new DrlFile(file, parser.hasErrors() ? null : descr);
    }

    RuleFile file() {
        return file;
    }

    /** The DRL package ("rules"), empty when the file did not parse. */
    String packageName() {
        return packageName;
    }

    List<ImportDescr> imports() {
        return imports;
    }

    List<FunctionImportDescr> functionImports() {
        return functionImports;
    }

    List<ParsedRule> rules() {
        return rules;
    }

    /** The parsed program, for {@link RuleCheck}; null when the parser refused the file. */
    PackageDescr descr() {
        return descr;
    }

    /** The file with comments and string contents replaced by spaces (newlines and quotes kept). */
    String code() {
        return code;
    }

    /** 1-based line of an offset. */
    int lineAt(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** Comments and the contents of string and character literals as spaces; newlines and quotes kept. */
    static String blankCommentsAndStrings(String text) {
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
