package dev.sreladder.report;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** Small helpers shared by the charts: escaped text and compact coordinates. */
final class Svg {

    private Svg() {
    }

    /** Text for HTML or inline SVG, escaped by Spring's escaper (names and notes are user input). */
    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A coordinate with at most one decimal: "12", "12.5". */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
