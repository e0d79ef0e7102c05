package dev.sreladder.profile;

import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLParser;

import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/**
 * One profile file's YAML tokens, read one at a time: tags and anchors are refused as they come, and
 * each scalar is read as the text or number a key needs. Every problem names the file and the line
 * ({@code problems} keeps the file's name and the problems listed so far).
 */
record ProfileTokens(YAMLParser parser, Problems problems) {

    /** YAML 1.2's special floats in any spelling the core schema knows (.nan, .NaN, -.Inf …). */
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    /** The file as messages name it. */
    String shown() {
        return problems.shown();
    }

    JsonToken next() {
        JsonToken token = parser.nextToken();
        if (token != null && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
            if (parser.getTypeId() != null) {
                throw problem(line(), "YAML tags such as '!!' are not allowed",
                        "remove the tag and write the plain value");
            }
            if (parser.getObjectId() != null || parser.isCurrentAlias()) {
                throw problem(line(), "YAML anchors and aliases ('&', '*') are not allowed",
                        "write each value out in full");
            }
        }
        return token;
    }

    /** Skips the list or mapping just started, if one is. */
    void skip() {
        parser.skipChildren();
    }

    /** The key just read. */
    String name() {
        return parser.currentName();
    }

    /** The text of the scalar just read. */
    String string() {
        return parser.getString();
    }

    /** A value with nothing under it but comments: as good as a missing one where a section may be left out. */
    boolean isEmpty(JsonToken token) {
        return token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.getString().isBlank());
    }

    int line() {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    /** A problem that stops the reading. */
    LadderException problem(int line, String problem, String fix) {
        return LadderException.badInput(problems.shown(), line, problem, fix);
    }

    /** A problem listed with the others; reading goes on. */
    void report(int line, String problem, String fix) {
        problems.add(line, problem, fix);
    }

    void expect(JsonToken token, JsonToken wanted, String problem, String fix) {
        if (token != wanted) {
            throw problem(line(), problem + ", not " + describe(token), fix);
        }
    }

    String text(JsonToken token, String key, boolean required) {
        if (token == JsonToken.VALUE_NULL) {
            if (required) {
                throw problem(line(), key + " has no value", "give it a value or remove the line");
            }
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw problem(line(), key + " must be text, not " + describe(token),
                    "put the value in quotes");
        }
        String text = parser.getString();
        if (required && text.isBlank()) {
            throw problem(line(), key + " is empty", "give it a value");
        }
        return text;
    }

    /** Refuses a value longer than storage keeps, without echoing it: it may be personal data. */
    String limited(String text, String key, int maxLength) {
        if (text.length() > maxLength) {
            throw problem(line(), key + " is " + text.length() + " characters long",
                    "give at most " + maxLength);
        }
        return text;
    }

    /** Refuses text that may not be stored (a control character, too long), naming the key, never the value. */
    String storable(String text, String key, int maxCharacters, boolean lines) {
        if (text != null) {
            Text.problem(text, key, maxCharacters, lines).ifPresent(problem -> {
                throw problem(line(), problem.what(), problem.fix());
            });
        }
        return text;
    }

    double number(JsonToken token, String key, ProfileKey.Scale scale) {
        // Where the value starts: a list or a mapping given instead is skipped before it is reported.
        int line = line();
        if (isEmpty(token)) {
            report(line, key + " has no value", "give " + scale.description() + " or remove the line");
            return 0;
        }
        boolean integer = token == JsonToken.VALUE_NUMBER_INT;
        boolean number = integer || token == JsonToken.VALUE_NUMBER_FLOAT;
        if ((token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_STRING)
                && SPECIAL_FLOAT.matcher(parser.getText().strip()).matches()) {
            String special = parser.getText().strip().toLowerCase(Locale.ROOT).replace("+", "");
            report(line, key + " must be " + scale.description() + ", not " + special,
                    "write it as a plain number");
            return 0;
        }
        if (token == JsonToken.VALUE_STRING && parser.getString().strip().endsWith("%")
                && ProfileKey.Scale.SHARE.kind().equals(scale.kind())) {
            report(line, key + " is written as a percentage", PercentShare.fix(parser.getString()));
            return 0;
        }
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            parser.skipChildren();
        }
        if (number && scale.whole() && !integer && "rating".equals(scale.kind())) {
            report(line, key + " is " + shortNumber(numberValue())
                    + ", not a whole number", "ratings are " + scale.description().replace("a whole number",
                            "whole numbers"));
            return 0;
        }
        if (!number || (scale.whole() && !integer)) {
            report(line, key + " must be " + scale.description() + ", not " + describe(token),
                    "write it as a plain number");
            return 0;
        }
        double value = numberValue();
        if (!scale.accepts(value) || (scale.whole() && value > Integer.MAX_VALUE)) {
            report(line, key + " must be " + scale.description() + ", got " + shortNumber(value),
                    "give a value in that range");
            return 0;
        }
        return value;
    }

    /** The number read; NaN for one too long to read, which no scale accepts. */
    private double numberValue() {
        try {
            return parser.getNumberValue().doubleValue();
        } catch (JacksonException e) {
            return Double.NaN;
        }
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "an empty value";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String shortNumber(double value) {
        if (Double.isNaN(value)) {
            return ".nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? ".inf" : "-.inf";
        }
        return Numbers.format(value);
    }
}
