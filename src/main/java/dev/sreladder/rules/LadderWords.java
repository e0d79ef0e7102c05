package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleApi;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.Suggestions;

/**
 * Checks every profile key and level name a rule file uses against its ladder, with the line and
 * the closest word of the ladder, so that a typo never reaches an evaluation: keys in
 * {@code value("…")}, {@code atLeast("…", n)} and {@code atMost("…", n)}, placeholders such as
 * {@code {mentees}} in a trap's or note's text, and level names compared in conditions
 * ({@code Checking(level == "MID")}). Rule sets of fact models 1 and 2 are stored ones and replay
 * as they were accepted.
 */
final class LadderWords {

    private static final Pattern KEY_CALL = Pattern.compile("(?<![\\w$.])(value|atLeast|atMost)\\s*\\(\\s*\"");
    private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("(?m)^[ \\t]*(import|package)\\b.*$");

    private LadderWords() {
    }

    static List<Problem> check(DrlFile drl, FactModel model, Ladder ladder) {
        List<Problem> problems = new ArrayList<>();
        if (model.isArticles()) {
            return problems;
        }
        String text = drl.file().content();
        String code = IMPORT_OR_PACKAGE.matcher(drl.code()).replaceAll(match -> " ".repeat(match.group().length()));
        Matcher call = KEY_CALL.matcher(code);
        while (call.find()) {
            String key = literalAt(text, call.end() - 1);
            if (ladder.key(key).isEmpty()) {
                problems.add(problem(drl, call.start(), "unknown profile key '" + key + "' in " + call.group(1)
                        + "(...) — " + didYouMean(key, ladder)));
            }
        }
        for (int quote = code.indexOf('"'); quote >= 0; quote = code.indexOf('"', closing(code, quote) + 1)) {
            String literal = literalAt(text, quote);
            Matcher placeholder = RuleApi.PLACEHOLDER.matcher(literal);
            while (placeholder.find()) {
                String key = placeholder.group(1);
                if (!"level".equals(key) && ladder.key(key).isEmpty()) {
                    problems.add(problem(drl, quote, "unknown profile key '{" + key + "}' in the text — "
                            + didYouMean(key, ladder) + "; a placeholder names a key of the ladder, or {level}"));
                }
            }
        }
        for (ParsedRule rule : drl.rules()) {
            for (ParsedRule.Named level : rule.levelNames()) {
                if (ladder.level(level.name()).filter(known -> known.name().equals(level.name())).isEmpty()) {
                    problems.add(new Problem(drl.file().path(), level.line(), "rule \"" + rule.name()
                            + "\" names the level '" + level.name() + "', which ladder '" + ladder.id()
                            + "' does not have — " + ladder.unknownLevelHint(level.name())));
                }
            }
        }
        return problems;
    }

    private static String didYouMean(String key, Ladder ladder) {
        return Suggestions.didYouMean(key, ladder.keyNames(), "the keys of ladder '" + ladder.id()
                + "' are its competencies, its evidence keys and " + Ladder.YEARS_IN_LEVEL);
    }

    /** The string literal whose opening quote is at {@code quote}, as written. */
    private static String literalAt(String text, int quote) {
        StringBuilder literal = new StringBuilder();
        for (int i = quote + 1; i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                i++;
            }
            literal.append(text.charAt(i));
        }
        return literal.toString();
    }

    /** Where the literal opened at {@code quote} closes, in the blanked code (quotes are kept there). */
    private static int closing(String code, int quote) {
        int close = code.indexOf('"', quote + 1);
        int newline = code.indexOf('\n', quote + 1);
        if (close < 0) {
            return code.length();
        }
        return newline >= 0 && newline < close ? newline : close;
    }

    private static Problem problem(DrlFile drl, int offset, String message) {
        return new Problem(drl.file().path(), drl.lineAt(offset), message);
    }
}
