package dev.sreladder.report;

/**
 * What every page the tool writes shares with the committee packet, for pages made outside this
 * package (the ladder's handbook page): the head with its Content-Security-Policy (inline CSS
 * only: no script, no font or anything else from the network), the packet's stylesheet, and the
 * escaping of text from rules and profiles for HTML and for Markdown.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /**
     * The page up to and including the opening {@code <main>}: the packet's stylesheet followed by
     * {@code css}, the page's own rules.
     */
    public static void open(StringBuilder html, String title, String css) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>")
                .append(HtmlStyle.CSS).append(css)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    /** The end of a page that {@link #open} began. */
    public static void close(StringBuilder html) {
        html.append("</main>\n</body>\n</html>\n");
    }

    /** Text for HTML, element content or attribute value, escaped the packet's way. */
    public static String escape(String text) {
        return Svg.escape(text);
    }

    /** Text for Markdown, escaped the packet's way: it reads as written and cannot become markup. */
    public static String markdown(String text) {
        return MarkdownReport.text(text);
    }
}
