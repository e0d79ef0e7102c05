package dev.sreladder.system;

/**
 * Source text in the C family's syntax (DRL, the Java in its consequences) seen as code: what the
 * rule checks and the frozen fact models' adapter match against, so that a word in a comment or a
 * string is never taken for a call. Offsets and line numbers stay the text's.
 */
public final class CodeText {

    private CodeText() {
    }

    /** Comments and the contents of string and character literals as spaces; newlines and quotes kept. */
    public static String blankCommentsAndStrings(String text) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? text.length() : close + 2;
                for (; i < stop; i++) {
                    blank(code, text, i);
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        blank(code, text, i++);
                    }
                    blank(code, text, i++);
                }
                i++;
            } else {
                i++;
            }
        }
        return code.toString();
    }

    private static void blank(StringBuilder code, String text, int i) {
        if (text.charAt(i) != '\n') {
            code.setCharAt(i, ' ');
        }
    }
}
