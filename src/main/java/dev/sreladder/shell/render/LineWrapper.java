package dev.sreladder.shell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.utils.WCWidth;

/**
 * Wraps text at word boundaries to a terminal's width. A continuation line keeps the indentation
 * of the line it continues, and hangs under the text after a leading bullet ("✗ ", "- ", "→ ") or after a
 * term set off by two spaces ("--target   the level…"), so a finding or an option stays one block.
 * A word longer than the width stays whole on its own line (a path or fingerprint is worth more
 * copyable than cut). Colour codes take no width.
 */
public final class LineWrapper {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([✗△✓•·*→-]|\\d+\\.) ");
    private static final Pattern WORDS = Pattern.compile("(\\s*)(\\S+)");
    /** A term and its description after two or more spaces, as in an option list ("  --target   the level"). */
    private static final Pattern TERM = Pattern.compile("^(\\s*\\S+\\s{2,})\\S");

    private LineWrapper() {
    }

    /** Every line of {@code text} wrapped to {@code width} columns; a width of 0 or less wraps nothing. */
    public static String wrap(String text, int width) {
        if (width <= 0) {
            return text;
        }
        StringBuilder wrapped = new StringBuilder(text.length() + 16);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            wrapped.append(String.join("\n", wrapLine(line, width)));
            if (end < 0) {
                break;
            }
            wrapped.append('\n');
            start = end + 1;
        }
        return wrapped.toString();
    }

    /** One line (no newline in it) as the lines it takes at {@code width} columns. */
    public static List<String> wrapLine(String line, int width) {
        if (width <= 0 || width(line) <= width) {
            return List.of(line);
        }
        String hang = hangingIndent(line, width);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentWidth = 0;
        Matcher words = WORDS.matcher(line);
        while (words.find()) {
            String gap = words.group(1);
            String word = words.group(2);
            int wordWidth = width(word);
            if (current.length() == 0 && lines.isEmpty()) {
                current.append(gap).append(word);
                currentWidth = width(gap) + wordWidth;
            } else if (currentWidth + width(gap) + wordWidth <= width) {
                current.append(gap).append(word);
                currentWidth += width(gap) + wordWidth;
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(hang).append(word);
                currentWidth = width(hang) + wordWidth;
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The indentation of the line, and of its text after a bullet; none when that leaves too little room. */
    private static String hangingIndent(String coloured, int width) {
        // A bullet is often coloured: its escape codes come before it.
        String line = ANSI.matcher(coloured).replaceAll("");
        Matcher bullet = BULLET.matcher(line);
        Matcher term = TERM.matcher(line);
        String indent;
        if (bullet.find()) {
            indent = bullet.group(1) + " ".repeat(width(bullet.group(2)) + 1);
        } else if (term.find()) {
            indent = " ".repeat(width(term.group(1)));
        } else {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            indent = line.substring(0, spaces);
        }
        return width(indent) > width / 2 ? "" : indent;
    }

    /** Columns the text takes on a terminal: colour codes none, wide characters two. */
    public static int width(String text) {
        String plain = text.indexOf('\u001B') < 0 ? text : ANSI.matcher(text).replaceAll("");
        int columns = 0;
        for (int i = 0; i < plain.length(); ) {
            int codePoint = plain.codePointAt(i);
            columns += Math.max(0, WCWidth.wcwidth(codePoint));
            i += Character.charCount(codePoint);
        }
        return columns;
    }
}
