package dev.sreladder.rules;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java compiler's message about a rule's code, in the words of someone who wrote the rule: not the
 * classes Drools generates around it ({@code KnowledgeHelper}, {@code RuleContext}, {@code Rule_…}),
 * which the rule calls {@code drools}, nor the compiler's repair hints ("delete this token").
 */
final class JavaProblemText {

    private record Translation(Pattern pattern, Function<Matcher, String> words) {
    }

    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation(Pattern.compile("The method (\\w+)\\((.*)\\) in the type (\\w+) is not applicable for the"
                    + " arguments \\((.*)\\)"),
                    found -> found.group(1) + "(...) takes (" + found.group(2) + "), not (" + found.group(4) + ")"),
            new Translation(Pattern.compile("The method (\\w+)\\((.*)\\) is undefined for the type (\\w+)"),
                    found -> found.group(3) + " has no method " + found.group(1) + "(" + found.group(2) + ")"),
            new Translation(Pattern.compile("The method (\\w+)\\((.*)\\) is undefined"),
                    found -> "no function " + found.group(1) + "(" + found.group(2) + ")"),
            new Translation(Pattern.compile("Syntax error on tokens?,? \"?(.*?)\"?, delete th(?:is|ese) tokens?"),
                    found -> "unexpected '" + found.group(1) + "'"),
            new Translation(Pattern.compile("Syntax error on token \"(.*)\", (.*) expected(?: after this token)?"),
                    found -> "unexpected '" + found.group(1) + "' where " + found.group(2) + " was expected"),
            new Translation(Pattern.compile("Syntax error, insert \"(.*)\" to complete (.*)"),
                    found -> "'" + found.group(1).strip() + "' missing at the end of this line"),
            new Translation(Pattern.compile("Syntax error on token \"(.*)\",.*"),
                    found -> "unexpected '" + found.group(1) + "'"),
            new Translation(Pattern.compile("(\\S+) cannot be resolved to a variable"),
                    found -> "'" + found.group(1) + "' is not defined: bind it in 'when' ($x : ...) or declare it"
                            + " above this line"),
            new Translation(Pattern.compile("(\\S+) cannot be resolved to a type"),
                    found -> "unknown type '" + found.group(1) + "'"),
            new Translation(Pattern.compile("(\\S+) cannot be resolved"),
                    found -> "'" + found.group(1) + "' is not defined"));

    /** The classes Drools generates around a consequence, which the rule itself knows as {@code drools}. */
    private static final Pattern HELPERS = Pattern.compile(
            "\\b(?:[\\w.]+\\.)?(?:KnowledgeHelper|RuleContext|ConsequenceContext)\\b");
    private static final Pattern GENERATED_CLASS = Pattern.compile("\\b(?:[\\w.]+\\.)?Rule_\\w+\\b");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:org\\.drools|org\\.kie)(?:\\.\\w+)*\\.(\\w+)\\b");

    /** JavaParser's "Found "x" <KIND>, expected one of ..." (the list of every token that could follow). */
    private static final Pattern FOUND = Pattern.compile("Found\\s+\"(.*?)\"(?:\\s+<\\w+>)?,\\s+expected(.*)",
            Pattern.DOTALL);

    private JavaProblemText() {
    }

    /**
     * JavaParser's parse error in a few words: "unexpected 'x'", and when a ';' would have done,
     * that it may be missing; empty when the message is of another shape.
     */
    static String parseError(String message) {
        Matcher found = FOUND.matcher(message == null ? "" : message);
        if (!found.find()) {
            return "";
        }
        String token = found.group(1).strip();
        String unexpected = token.isEmpty() ? "unexpected end" : "unexpected '" + token + "'";
        return found.group(2).contains("\";\"") && !token.equals(";") ? unexpected + " (a ';' missing before it?)"
                : unexpected;
    }

    static String plain(String message) {
        String text = message == null ? "" : message.strip();
        for (Translation translation : TRANSLATIONS) {
            Matcher found = translation.pattern().matcher(text);
            if (found.matches()) {
                text = translation.words().apply(found);
                break;
            }
        }
        text = HELPERS.matcher(text).replaceAll("drools");
        text = GENERATED_CLASS.matcher(text).replaceAll("the rule");
        return QUALIFIED.matcher(text).replaceAll("$1");
    }
}
