package dev.sreladder.profile;

import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout mistakes that the YAML reader reports at the wrong line or in its own words: a tab in the
 * indentation (YAML does not allow one), and {@code writing:3} without the space YAML needs after
 * the colon (read as one word, reported by the reader at the line after). Checked on the text first,
 * each at its own line. A tab does not stop the reading: the rest of the file is read with the tab as
 * spaces, so its other mistakes show in the same run (the file is refused all the same).
 */
final class LayoutCheck {

    private static final Pattern TAB_INDENT = Pattern.compile("^[ ]*\\t");
    /** A key, a colon and a value with no space between: "writing:3", not "https://x" or "a: b:c". */
    private static final Pattern NO_SPACE = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z][A-Za-z0-9]*):([^\\s/#][^#]*)$");

    /** "notes: |" and the like: the lines under it are free text. */
    private static final Pattern BLOCK = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9]*:\\s*[|>][-+]?\\s*(#.*)?$");

    private LayoutCheck() {
    }

    /**
     * Records the layout mistakes of {@code text}; gives the text the YAML reader is to read on (tabs of
     * the indentation as spaces), or nothing when a mistake remains that it would report at a wrong line.
     */
    static Optional<String> check(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        BitSet tabs = new BitSet();
        boolean misread = false;
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
                tabs.set(i);
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
                misread = true;
            }
        }
        if (misread) {
            return Optional.empty();
        }
        return Optional.of(tabs.isEmpty() ? text : withoutTabs(lines, tabs));
    }

    /**
     * The text with each tab of an indentation as one level of the file's own indentation (its
     * narrowest indentation in spaces, or two): what the writer most likely meant by it.
     */
    private static String withoutTabs(String[] lines, BitSet tabs) {
        int tabStop = indentationStep(lines);
        String[] read = lines.clone();
        tabs.stream().forEach(i -> read[i] = expanded(lines[i], tabStop));
        return String.join("\n", read);
    }

    /** The narrowest indentation of the lines indented with spaces alone, or two if none is. */
    private static int indentationStep(String[] lines) {
        int step = Integer.MAX_VALUE;
        for (String line : lines) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (spaces > 0 && spaces < line.length() && !Character.isWhitespace(line.charAt(spaces))) {
                step = Math.min(step, spaces);
            }
        }
        return step == Integer.MAX_VALUE ? 2 : step;
    }

    /** The line with the tabs of its indentation as spaces up to the next tab stop. */
    private static String expanded(String line, int tabStop) {
        StringBuilder spaces = new StringBuilder();
        int i = 0;
        for (; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            spaces.append(line.charAt(i) == ' ' ? " " : " ".repeat(tabStop - spaces.length() % tabStop));
        }
        return spaces + line.substring(i);
    }
}
