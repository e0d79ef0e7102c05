package dev.sreladder.evaluation.frozen;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sreladder.system.CodeText;



/**
 * Keeps rule sets written for fact model 1 compilable after the fact types lost their factories.
 * Such a rule set is stored and fingerprinted exactly as written; only the text handed to Drools
 * is adapted: each of fact model 1's calls is renamed, on its own line, to the function of the
 * same meaning in {@link ArticleFacts} ({@code Finding.trap(} becomes {@code ArticleFacts.trap(}, the
 * function import of {@code Requirement.atLeast} that of {@code ArticleFacts.atLeast}), so Drools'
 * line numbers stay the file's; then, as for fact model 2, its imports name the article's frozen
 * fact types ({@link #adaptImports}). Frozen: a function a mapping points at may not change its
 * meaning; a new meaning is a new function under a new {@link FactModel}.
 */
public final class FactModelV1 {

    private static final String API = ArticleFacts.class.getName() + ".";

    /** Fact model 1's calls and what each is handed to Drools as. */
    private static final Map<String, String> CALLS = Map.of(
            "Expectation.declaredBy", API + "expectation",
            "Finding.trap", API + "trap",
            "Finding.note", API + "note",
            "VerdictReached.by", API + "verdictReached",
            "Finding.met", API + "met",
            "Finding.unmet", API + "unmet");
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w$.])(Expectation|Finding|VerdictReached)\\s*\\.\\s*"
                    + "(declaredBy|trap|note|by|met|unmet)(?=\\s*\\()");
    private static final Pattern FUNCTION_IMPORT = Pattern.compile(
            "(?<![\\w$.])dev\\.sreladder\\.evaluation\\.Requirement\\.(atLeast|atMost)\\b");
    /** An import line of fact models 1 and 2: a type, or a function of the rule API of that time. */
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^([ \\t]*import[ \\t]+(?:function[ \\t]+)?)([\\w.]+)");
    private static final String OLD_API = "dev.sreladder.evaluation.RuleApi.";

    private FactModelV1() {
    }

    /** The text Drools compiles for a fact-model-1 file: same lines, calls renamed. */
    public static String adapt(String drl) {
        String code = CodeText.blankCommentsAndStrings(drl);
        // Offset -> (end, replacement), applied from the last, so that earlier offsets stay valid.
        TreeMap<Integer, Map.Entry<Integer, String>> edits = new TreeMap<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            String replacement = CALLS.get(call.group(1) + "." + call.group(2));
            if (replacement != null) {
                edits.put(call.start(), Map.entry(call.end(), replacement));
            }
        }
        Matcher imported = FUNCTION_IMPORT.matcher(code);
        while (imported.find()) {
            edits.put(imported.start(), Map.entry(imported.end(), API + imported.group(1)));
        }
        StringBuilder adapted = new StringBuilder(drl);
        edits.descendingMap().forEach((start, edit) -> adapted.replace(start, edit.getKey(), edit.getValue()));
        return adapted.toString();
    }

    /**
     * The text Drools compiles for a file of fact model 1 or 2: each import of the article's fact
     * types or of the old rule API names {@link ArticleFacts}' instead, on the same line.
     */
    public static String adaptImports(String drl) {
        Matcher imported = IMPORT.matcher(drl);
        StringBuilder adapted = new StringBuilder();
        while (imported.find()) {
            String target = imported.group(2);
            for (String[] rename : ArticleFacts.IMPORTS) {
                if (rename[0].equals(target)) {
                    target = rename[1];
                }
            }
            if (target.startsWith(OLD_API)) {
                target = API + target.substring(OLD_API.length());
            }
            imported.appendReplacement(adapted, Matcher.quoteReplacement(imported.group(1) + target));
        }
        imported.appendTail(adapted);
        return adapted.toString();
    }
}
