package dev.sreladder.evaluation;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sreladder.profile.Profile;

/**
 * Keeps rule sets written for fact model 1 compilable after the fact types lost their factories.
 * Such a rule set is stored and fingerprinted exactly as written; only the text handed to Drools
 * is adapted: each of fact model 1's calls is renamed, on its own line, to the function of the
 * same meaning ({@code Finding.trap(} becomes {@code dev.sreladder.evaluation.RuleApi.trap(}, the
 * function import of {@code Requirement.atLeast} that of {@code RuleApi.atLeast}), so Drools'
 * line numbers stay the file's. The two calls of its old assessment rules, which the rule API has
 * no use for, are kept here. Frozen: a rule-API function a mapping points at may not change its
 * meaning; a new meaning is a new function under a new {@link FactModel}.
 */
public final class FactModelV1 {

    private static final String API = RuleApi.class.getName() + ".";
    private static final String HERE = FactModelV1.class.getName() + ".";

    /** Fact model 1's calls and what each is handed to Drools as. */
    private static final Map<String, String> CALLS = Map.of(
            "Expectation.declaredBy", API + "expectation",
            "Finding.trap", API + "trap",
            "Finding.note", API + "note",
            "VerdictReached.by", API + "verdictReached",
            "Finding.met", HERE + "met",
            "Finding.unmet", HERE + "unmet");
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w$.])(Expectation|Finding|VerdictReached)\\s*\\.\\s*"
                    + "(declaredBy|trap|note|by|met|unmet)(?=\\s*\\()");
    private static final Pattern FUNCTION_IMPORT = Pattern.compile(
            "(?<![\\w$.])dev\\.sreladder\\.evaluation\\.Requirement\\.(atLeast|atMost)\\b");

    private FactModelV1() {
    }

    /** The text Drools compiles for a fact-model-1 file: same lines, calls renamed. */
    static String adapt(String drl) {
        String code = DrlFile.blankCommentsAndStrings(drl);
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

    /** Fact model 1's {@code Finding.met(expectation, profile)}, called by its assessment rules. */
    public static Finding met(Expectation expectation, Profile profile) {
        return Assessment.met(expectation, profile);
    }

    /** Fact model 1's {@code Finding.unmet(expectation, profile, kind)}, called by its assessment rules. */
    public static Finding unmet(Expectation expectation, Profile profile, FindingKind kind) {
        return Assessment.unmet(expectation, profile, kind, expectation.unmetBy(profile));
    }
}
