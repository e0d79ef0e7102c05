package dev.sreladder.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * One {@code key=value} of a what-if's {@code --set}, checked exactly as a profile file checks
 * the same key: it must exist, and the value must fit the key's scale.
 */
public record Assignment(String key, double value) {

    /** Plain decimal numbers only: no exponents, hex, NaN or Java's 2d/2f suffixes. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Reads {@code key=value[,key=value…]}; any mistake is a one-line bad-input error. */
    public static List<Assignment> parseAll(String spec, Ladder ladder) {
        if (spec == null || spec.isBlank()) {
            throw LadderException.badInput("--set needs at least one key=value, for example --set gameDays=2");
        }
        Map<String, Assignment> assignments = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            Assignment assignment = parse(part.strip(), ladder);
            if (assignments.putIfAbsent(assignment.key(), assignment) != null) {
                throw LadderException.badInput(assignment.key() + " is set twice in --set — keep one");
            }
        }
        return new ArrayList<>(assignments.values());
    }

    private static Assignment parse(String part, Ladder ladder) {
        int equals = part.indexOf('=');
        if (equals <= 0 || equals == part.length() - 1) {
            throw LadderException.badInput("malformed --set '" + part
                    + "' — write key=value pairs separated by commas, such as gameDays=2,mentoring=3");
        }
        String key = part.substring(0, equals).strip();
        String text = part.substring(equals + 1).strip();
        ProfileKey profileKey = ladder.key(key).orElseThrow(() -> {
            List<String> known = ladder.keyNames();
            return LadderException.badInput("unknown key '" + key + "' in --set — "
                    + Suggestions.didYouMean(key, known, "known keys are " + String.join(", ", known)));
        });
        ProfileKey.Scale scale = profileKey.scale();
        if (!NUMBER.matcher(text).matches()) {
            throw LadderException.badInput(key + " must be " + scale.description() + ", got '" + text + "'");
        }
        double value = new BigDecimal(text).doubleValue();
        if (!scale.accepts(value) || (scale.whole() && value > Integer.MAX_VALUE)) {
            throw LadderException.badInput(key + " must be " + scale.description() + ", got " + text);
        }
        return new Assignment(key, value);
    }
}
