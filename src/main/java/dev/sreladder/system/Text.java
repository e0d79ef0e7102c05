package dev.sreladder.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that people write (names, notes, reasons) checked on the way in and made harmless on the
 * way out, so one member's text can never drive another member's terminal.
 *
 * <p>Refused, and escaped as <code>&#92;u001b</code> when found in output: C0 controls, DEL and C1 controls
 * (escape sequences, cursor moves, window titles, bells), the line and paragraph separators
 * U+2028/U+2029 (a line break that some viewers honour), and the bidi embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069 (they reorder what a line shows, as in "Trojan Source",
 * CVE-2021-42574). Other format characters stay: the zero-width joiner builds emoji and some
 * scripts need marks. Multi-line fields ({@code notes}) may hold newlines and tabs.
 *
 * <p>Lengths count characters as a person sees them (extended grapheme clusters, {@code \X}).
 * So that the database never refuses what the tool accepted, a text also has a bound in UTF-16
 * code units ({@link #UNITS_PER_CHARACTER} per character of its limit); the columns hold that
 * bound on H2 (which counts UTF-16 units) and on PostgreSQL (which counts code points, never more).
 */
public final class Text {

    /** The UTF-16 code units a text may take per character of its limit: an emoji with a skin tone takes 4. */
    public static final int UNITS_PER_CHARACTER = 8;

    /** The longest profile name, reason and notes, in characters as a person sees them. */
    public static final int MAX_NAME = 1000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_NOTES = 20_000;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private Text() {
    }

    /** Whether {@code c} may never appear in stored text (newline and tab aside, which multi-line text allows). */
    public static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static Optional<String> forbidden(String text, boolean lines) {
        return text.codePoints().filter(c -> isControl(c) && !(lines && (c == '\n' || c == '\t'))).findFirst()
                .stream().mapToObj(Text::codePoint).findFirst();
    }

    /** Characters as a person sees them: an emoji with a skin tone or a family of four is one. */
    public static int characters(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Whether a text is within {@code maxCharacters} as a person sees them, and within its bound in UTF-16 units. */
    public static boolean fits(String text, int maxCharacters) {
        // Fewer UTF-16 units than the limit means fewer characters too: no need to count them.
        return text.length() <= maxCharacters
                || (text.length() <= storedUnits(maxCharacters) && characters(text) <= maxCharacters);
    }

    /** The UTF-16 code units a text of {@code maxCharacters} may take, and a column must hold. */
    public static int storedUnits(int maxCharacters) {
        return maxCharacters * UNITS_PER_CHARACTER;
    }

    /** Why a text may not be stored, and the fix; neither quotes the text, which may be personal data. */
    public record Problem(String what, String fix) {
    }

    /**
     * Why a text may not be stored under {@code field}, or empty when it may: a forbidden character
     * (named by its code point) or a length over the limit.
     */
    public static Optional<Problem> problem(String text, String field, int maxCharacters, boolean lines) {
        Optional<Problem> broken = broken(text, field);
        if (broken.isPresent()) {
            return broken;
        }
        Optional<String> control = forbidden(text, lines);
        if (control.isPresent()) {
            return Optional.of(new Problem(field + " holds the control character " + control.get(),
                    "remove it; " + (lines ? "line breaks and tabs are the only control characters allowed"
                            : "text is stored plain, without control characters")));
        }
        if (fits(text, maxCharacters)) {
            return Optional.empty();
        }
        int characters = characters(text);
        if (characters > maxCharacters) {
            return Optional.of(new Problem(field + " is " + characters + " characters long",
                    "give at most " + maxCharacters));
        }
        return Optional.of(new Problem(field + " is too long to store (" + text.length()
                + " UTF-16 code units, of at most " + storedUnits(maxCharacters) + ")",
                "give at most " + maxCharacters + " characters, with fewer combining marks"));
    }

    /**
     * Half a character (a UTF-16 surrogate without its other half, which storage turns into '?') or
     * U+FFFD, the mark a decoder leaves where bytes were not text in its encoding (an argument typed
     * in Latin-1 on a UTF-8 system): what was meant is already lost, so it is refused, not stored.
     */
    private static Optional<Problem> broken(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Problem(field + " holds half a character (the lone surrogate "
                        + codePoint(c) + ")", "write the whole character, or remove it; save the text as UTF-8"));
            } else if (c == '\uFFFD') {
                return Optional.of(new Problem(field + " holds U+FFFD, the mark of a character lost to a wrong "
                        + "encoding", "write the text again in UTF-8 (a terminal and locale set to UTF-8)"));
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses command-line text such as {@code --reason} that may not be stored: exit 1, naming the
     * option and never its value. Returns the text for use.
     */
    public static String requireStorable(String text, String option, int maxCharacters) {
        if (text != null) {
            problem(text, option, maxCharacters, false).ifPresent(problem -> {
                throw LadderException.badInput(problem.what() + " — " + problem.fix());
            });
        }
        return text;
    }

    /** One-line text for output: every control character, newline and tab too, shown as <code>&#92;u000a</code>. */
    public static String visible(String text) {
        return escape(text, false);
    }

    /** Multi-line text for output: newlines and tabs kept, other control characters shown as <code>&#92;u001b</code>.
     * */
    public static String visibleLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean lines) {
        if (text == null || text.codePoints().noneMatch(Text::isControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (isControl(c) && !(lines && (c == '\n' || c == '\t'))) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /**
     * A count with its noun in the number English needs: "1 record", "2 records", "0 records". Both
     * forms are given, as English plurals are not always an added "s" ("entry", "entries").
     */
    public static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
