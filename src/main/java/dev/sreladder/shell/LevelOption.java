package dev.sreladder.shell;

import java.util.Arrays;
import java.util.List;

import dev.sreladder.profile.Level;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/** Reads a {@code --target} value: a level name in any case, or nothing. */
final class LevelOption {

    static final List<String> NAMES = Arrays.stream(Level.values()).map(Level::name).toList();

    private LevelOption() {
    }

    static Level parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Level.parse(value).orElseThrow(() -> LadderException.badInput("unknown level '" + value
                + "' for --target — " + Suggestions.didYouMean(value.toUpperCase(java.util.Locale.ROOT), NAMES,
                        "use one of " + String.join(", ", NAMES))));
    }
}
