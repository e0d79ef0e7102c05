package dev.sreladder.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout mistakes that the YAML reader reports at the wrong line or in its own words: a tab in the
 * indentation (YAML does not allow one), and {@code writing:3} without the space YAML needs after
 * the colon (read as one word, reported by the reader at the line after). Checked on the text first,
 * each at its own line.
 */
final class LayoutCheck {

    private static final Pattern TAB_INDENT = Pattern.compile("^[ ]*\\t");
    /** A key, a colon and a value with no space between: "writing:3", not "https://x" or "a: b:c". */
    private static final Pattern NO_SPACE = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z][A-Za-z0-9]*):([^\\s/#][^#]*)$");

    /** "notes: |" and the like: the lines under it are free text. */
    private static final Pattern BLOCK = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9]*:\\s*[|>][-+]?\\s*(#.*)?$");

    private LayoutCheck() {
    }

    static void check(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        boolean inBlock = false;
        int blockIndent = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            int indent = line.length() - line.stripLeading().length();
            // The body of a block scalar ("notes: |") is free text.
            if (inBlock && (line.isBlank() || indent > blockIndent)) {
                continue;
            }
            // Cheap tests first: every line of every file of a folder passes here.
            inBlock = (line.indexOf('|') >= 0 || line.indexOf('>') >= 0) && BLOCK.matcher(line).matches();
            blockIndent = indent;
            if (line.indexOf('\t') >= 0 && TAB_INDENT.matcher(line).find()) {
                problems.add(i + 1, "a tab in the indentation", "YAML does not allow tabs; indent with spaces");
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0 || colon + 1 >= line.length() || Character.isWhitespace(line.charAt(colon + 1))) {
                continue;
            }
            Matcher noSpace = NO_SPACE.matcher(line);
            if (noSpace.matches()) {
                // The value is never quoted back: the file may be anything (a link to /etc/shadow, say).
                problems.add(i + 1, "no space after the ':' of '" + noSpace.group(1) + "'",
                        "write it as '" + noSpace.group(1) + ": …', with a space after the ':'");
            }
        }
    }
}
