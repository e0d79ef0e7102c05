package dev.sreladder.shell.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.sreladder.system.LadderException;

/** The {@code --format} values of evaluate, what-if and plan. */
public enum OutputFormat {
    TEXT, JSON;

    public static final List<String> NAMES = Arrays.stream(values()).map(OutputFormat::optionValue).toList();

    String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return TEXT;
        }
        return Arrays.stream(values()).filter(format -> format.optionValue().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> LadderException.badInput("unknown format '" + value + "' — use "
                        + String.join(" or ", NAMES)));
    }
}
