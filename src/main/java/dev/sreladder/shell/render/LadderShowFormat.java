package dev.sreladder.shell.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.system.LadderException;

/** The {@code --format} values of {@code ladder show}, each with the file extensions that imply it. */
public enum LadderShowFormat {
    TEXT("txt", "text"), JSON("json"), MD("md", "markdown"), HTML("html", "htm");

    public static final List<String> NAMES = Arrays.stream(values()).map(LadderShowFormat::optionValue).toList();

    private final List<String> extensions;

    LadderShowFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The page in this format, ending in a newline; text is plain in a file, styled on a console. */
    public String render(LadderOverview overview, TextStyle style) {
        return switch (this) {
            case TEXT -> LadderText.of(overview, style) + "\n";
            case JSON -> LadderText.json(overview);
            case MD -> LadderMarkdown.of(overview);
            case HTML -> LadderHtml.of(overview);
        };
    }

    /**
     * {@code --format} as given; else what the {@code --out} file's extension names
     * ("ladder.html" → HTML); else text. A format that disagrees with the file's extension is
     * refused: ladder.md would otherwise hold HTML.
     */
    public static LadderShowFormat of(String format, String out) {
        Optional<LadderShowFormat> given = Optional.ofNullable(format).filter(value -> !value.isBlank())
                .map(value -> Arrays.stream(values()).filter(named -> named.optionValue().equalsIgnoreCase(
                        value.strip())).findFirst().orElseThrow(() -> LadderException.badInput("unknown format '"
                        + value + "' for ladder show — use " + String.join(", ", NAMES))));
        Optional<LadderShowFormat> implied = Optional.ofNullable(out).flatMap(LadderShowFormat::ofFileName);
        if (given.isPresent() && implied.isPresent() && given.get() != implied.get()) {
            throw LadderException.badInput("--out " + out + " has the extension of the " + implied.get().optionValue()
                    + " format, but --format is " + given.get().optionValue() + " — give the file the extension ."
                    + given.get().extensions.get(0) + ", or leave out --format");
        }
        return given.or(() -> implied).orElse(TEXT);
    }

    private static Optional<LadderShowFormat> ofFileName(String file) {
        int dot = file.lastIndexOf('.');
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        if (dot <= slash + 1) {
            return Optional.empty();
        }
        String extension = file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }
}
