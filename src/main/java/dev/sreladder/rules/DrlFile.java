package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.system.CodeText;

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
        this.code = CodeText.blankCommentsAndStrings(file.content());
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

}
