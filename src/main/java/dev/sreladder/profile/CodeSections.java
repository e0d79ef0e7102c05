package dev.sreladder.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JsonToken;

import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.Text;

/**
 * The two sections that name rule codes: {@code expected} (the outcome a sample expects) and
 * {@code waived} (expectations the profile says do not apply, each with why).
 */
final class CodeSections {

    private static final List<String> EXPECTED_KEYS = List.of("verdict", "score", "traps", "gaps", "blockers",
            "notes");
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z_]+");

    private final MappingKeys keys;
    private final ProfileTokens tokens;

    CodeSections(MappingKeys keys) {
        this.keys = keys;
        this.tokens = keys.tokens();
    }

    ExpectedOutcome expected(JsonToken token) {
        tokens.expect(token, JsonToken.START_OBJECT, "expected must be a mapping",
                "give verdict, score, traps, gaps, blockers or notes under 'expected:'");
        String verdict = null;
        Integer score = null;
        Map<String, Set<String>> codes = new HashMap<>();
        MappingKeys.Entries entries = keys.of(EXPECTED_KEYS, "expected key");
        while (entries.next()) {
            JsonToken value = entries.value();
            switch (entries.key()) {
                case "verdict" -> {
                    String written = tokens.text(value, "expected.verdict", true);
                    // Any case of its ASCII letters, as the schema says; upper-casing alone also takes 'ı' for 'I'.
                    String text = ASCII_WORD.matcher(written).matches() ? written.toUpperCase(Locale.ROOT) : written;
                    if (!ExpectedOutcome.VERDICTS.contains(text)) {
                        throw tokens.problem(tokens.line(), "unknown verdict in expected.verdict",
                                "use one of " + String.join(", ", ExpectedOutcome.VERDICTS));
                    }
                    verdict = text;
                }
                case "score" -> score = (int) tokens.number(value, "expected.score", ProfileKey.Scale.COUNT);
                default -> codes.put(entries.key(), codeList(value, "expected." + entries.key()));
            }
        }
        return new ExpectedOutcome(verdict, score, codes.get("traps"), codes.get("gaps"), codes.get("blockers"),
                codes.get("notes"));
    }

    private Set<String> codeList(JsonToken token, String key) {
        tokens.expect(token, JsonToken.START_ARRAY, key + " must be a list of codes", "write it as [code-a, code-b]");
        Set<String> codes = new LinkedHashSet<>();
        for (JsonToken next = tokens.next(); next != JsonToken.END_ARRAY; next = tokens.next()) {
            String code = tokens.text(next, key, true);
            if (!CODE.matcher(code).matches()) {
                throw tokens.problem(tokens.line(), "a code in " + key + " is not a rule code",
                        "codes use only a-z, 0-9 and '-'");
            }
            codes.add(code);
        }
        return Set.copyOf(codes);
    }

    /** {@code waived: {code: reason}}: expectations the profile says do not apply, each with why. */
    List<Waiver> waivers(JsonToken token) {
        if (tokens.isEmpty(token)) {
            return List.of();
        }
        tokens.expect(token, JsonToken.START_OBJECT, "waived must map expectation codes to the reason each does not"
                + " apply", "write one per line, as in 'mentoring: the team has not hired in the review period'");
        Map<String, Integer> seen = new HashMap<>();
        List<Waiver> waivers = new ArrayList<>();
        for (JsonToken next = tokens.next(); next != JsonToken.END_OBJECT; next = tokens.next()) {
            if (next != JsonToken.PROPERTY_NAME) {
                throw tokens.problem(tokens.line(), "expected a key", "write 'code: reason', one per line");
            }
            String code = tokens.name();
            int line = tokens.line();
            JsonToken value = tokens.next();
            if (!CODE.matcher(code).matches()) {
                tokens.report(line, "'" + ProfileTokens.shorten(code) + "' in waived is not an expectation code",
                        "codes use only a-z, 0-9 and '-', as 'rules list' shows them");
                tokens.skip();
                continue;
            }
            Integer earlier = seen.putIfAbsent(code, line);
            if (earlier != null) {
                tokens.report(line, "'" + code + "' is waived twice", "it is already waived at line " + earlier
                        + "; keep one");
                tokens.skip();
                continue;
            }
            if (value != JsonToken.VALUE_STRING || tokens.string().isBlank()) {
                tokens.report(line, "the waiver of '" + code + "' gives no reason",
                        "say why it does not apply, as in '" + code + ": the team has not hired this year'");
                tokens.skip();
                continue;
            }
            String reason = tokens.storable(tokens.string().strip(), "waived." + code, Text.MAX_REASON, false);
            waivers.add(new Waiver(code, reason, tokens.shown(), line));
        }
        return waivers;
    }
}
