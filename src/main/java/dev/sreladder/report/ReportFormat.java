package dev.sreladder.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The formats of a committee packet, each with its renderer and the file extensions that imply it. */
public enum ReportFormat {
    MD(MarkdownReport::render, "md", "markdown"),
    HTML(HtmlReport::render, "html", "htm"),
    CSV(CsvReport::render, "csv");

    public static final List<String> NAMES = Arrays.stream(values()).map(ReportFormat::optionValue).toList();

    private final Function<Cohort, String> renderer;
    private final List<String> extensions;

    ReportFormat(Function<Cohort, String> renderer, String... extensions) {
        this.renderer = renderer;
        this.extensions = List.of(extensions);
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String render(Cohort cohort) {
        return renderer.apply(cohort);
    }

    /**
     * What a file of this format starts with: a CSV file starts with the UTF-8 byte order mark, as
     * Excel's own "CSV UTF-8" does, or Excel reads it in the system's code page ("TomÃ¡s"); standard
     * output stays plain for scripts.
     */
    public String fileStart() {
        return this == CSV ? "\uFEFF" : "";
    }

    /** A format by its option value, in any case. */
    public static Optional<ReportFormat> parse(String value) {
        return Arrays.stream(values()).filter(format -> format.optionValue().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    /** The format a file name's extension names ("packet.html" → HTML), if any. */
    public static Optional<ReportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }
}
