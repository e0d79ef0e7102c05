package dev.sreladder.system;

import java.util.regex.Pattern;

/**
 * A YAML parser's own message made fit to show: its first line only (SnakeYAML Engine adds the
 * offending line of the file below it), with every quoted piece of the file ({@code 'x'},
 * {@code "x"}, {@code `x`}) and Jackson's internals in parentheses left out. A file's content may
 * be personal data or a secret (a profile that is a link to {@code /etc/shadow}); its line number
 * says where to look.
 */
public final class ParserMessage {

    private static final Pattern QUOTED = Pattern.compile("'[^']*'?|\"[^\"]*\"?|`[^`]*`?");
    private static final Pattern INTERNALS = Pattern.compile("\\s*\\((?:from |java\\.|code ).*?\\)");
    private static final Pattern CODE_POINT = Pattern.compile("\\(\\d+\\)");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private ParserMessage() {
    }

    /** The parser's first line, quoting nothing of the file; "unreadable" when nothing is left. */
    public static String of(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.strip().lines().findFirst().orElse("");
        String safe = QUOTED.matcher(INTERNALS.matcher(first).replaceAll("")).replaceAll("");
        safe = EMPTY_PARENTHESES.matcher(CODE_POINT.matcher(safe).replaceAll("")).replaceAll("");
        safe = SPACES.matcher(safe).replaceAll(" ").strip();
        if (safe.endsWith(":")) {
            safe = safe.substring(0, safe.length() - 1).strip();
        }
        if (safe.isEmpty()) {
            return "unreadable";
        }
        return safe.length() > 120 ? safe.substring(0, 120) + "…" : safe;
    }
}
