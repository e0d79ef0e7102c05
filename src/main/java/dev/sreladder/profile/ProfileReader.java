package dev.sreladder.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.ParserMessage;
import dev.sreladder.system.Suggestions;
import dev.sreladder.system.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the profile YAML format of the product contract. Every problem is a one-line
 * {@link LadderException} naming the file, the line and the fix; values are never echoed
 * beyond the key and a short number, since profiles are personnel data.
 */
public final class ProfileReader {

    public static final int MAX_BYTES = 256 * 1024;

    /**
     * The deepest nesting read: a profile nests four levels (evidence, gameDays, an item, its keys);
     * anything far deeper is not a profile, and is refused in one line before it costs anything.
     */
    public static final int MAX_DEPTH = 20;

    /** YAML 1.2's special floats in any spelling the core schema knows (.nan, .NaN, -.Inf …). */
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private static final List<String> TOP_KEYS = List.of("id", "name", "level", "target", "yearsInLevel",
            "competencies", "evidence", "notes", "expected", "manager", "team", "selfRatings", "waived");
    private static final List<String> EXPECTED_KEYS = List.of("verdict", "score", "traps", "gaps", "blockers",
            "notes");
    private static final List<String> ITEM_KEYS = List.of("what", "link", "when");
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");
    private static final Pattern NOT_IN_ID = Pattern.compile("[^a-z0-9-]");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    // Duplicate keys are reported by the reader itself, with both lines.
    private final YAMLFactory yaml = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_BYTES * 2).build())
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** Reads a profile file against a ladder: its levels, its keys, its scale and its kinds. */
    public ProfileDocument read(Path file, Ladder ladder) {
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = ProfileFile.read(file, shown, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw LadderException.badInput("no such file or stored profile: " + shown);
        } catch (AccessDeniedException e) {
            throw LadderException.badInput("cannot read " + shown + ": permission denied");
        } catch (FileSystemException e) {
            // e.g. a symbolic link loop: the reason alone, the file is already named
            throw LadderException.badInput("cannot read " + shown + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()));
        } catch (IOException e) {
            throw LadderException.badInput("cannot read " + shown + ": " + e.getMessage());
        }
        return read(shown, bytes, defaultId(file), ladder);
    }

    /** Reads a profile from bytes; {@code shown} names it in messages. */
    public ProfileDocument read(String shown, byte[] bytes, String defaultId, Ladder ladder) {
        if (bytes.length > MAX_BYTES) {
            throw LadderException.badInput(shown, 1, "file is " + (bytes.length + 1023) / 1024 + " KiB",
                    "a profile may be at most " + MAX_BYTES / 1024 + " KiB");
        }
        String text = decodeUtf8(shown, bytes);
        Problems problems = new Problems(shown);
        LayoutCheck.check(text, problems);
        if (problems.any()) {
            // A layout the YAML reader cannot follow: its own message would name the wrong line.
            throw problems.refusal();
        }
        try (JsonParser parser = yaml.createParser(ObjectReadContext.empty(), text)) {
            try {
                return new Reading(shown, (YAMLParser) parser, defaultId, ladder, problems).document(text);
            } catch (StreamConstraintsException e) {
                // Alone: whatever else was found on the way down is noise beside it.
                int line = Math.max(1, parser.currentLocation().getLineNr());
                throw LadderException.badInput(shown, line, "lists or mappings nested more than " + MAX_DEPTH
                        + " deep", "a profile nests at most four levels (evidence, a count's list, an item, its keys)");
            }
        } catch (JacksonException e) {
            problems.add(lineOf(e), "malformed YAML (" + ParserMessage.of(e.getOriginalMessage()) + ")",
                    "check the indentation and the ':' after each key");
            throw problems.refusal();
        }
    }

    private static int lineOf(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    /**
     * The id a profile gets when its file names none: the file name, lower-cased, other characters as
     * '-', without a '-' at either end (an id starts and ends with a letter or digit).
     */
    public static String defaultId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String id = EDGE_DASHES.matcher(NOT_IN_ID.matcher(stem.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return id.isEmpty() ? "profile" : id;
    }

    private static String decodeUtf8(String shown, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < buffer.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw LadderException.badInput(shown, line, "the file is not UTF-8 text", "save it as UTF-8");
        }
    }

    /** One pass over one file's tokens. */
    private final class Reading {
        private final String shown;
        private final YAMLParser parser;
        private final String defaultId;
        private final Ladder ladder;
        private final Problems problems;
        /** The items behind counts written as lists, by evidence key. */
        private final Map<String, List<EvidenceItem>> items = new LinkedHashMap<>();
        /** Keys an unknown key was probably meant to be: not reported missing as well. */
        private final java.util.Set<String> misspelt = new java.util.HashSet<>();

        Reading(String shown, YAMLParser parser, String defaultId, Ladder ladder, Problems problems) {
            this.shown = shown;
            this.parser = parser;
            this.defaultId = defaultId;
            this.ladder = ladder;
            this.problems = problems;
        }

        ProfileDocument document(String text) {
            JsonToken first = next();
            if (first == null) {
                throw problem(1, "the file is empty", "a profile needs at least 'name' and 'level'");
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(line(), "a profile must be a YAML mapping of keys to values, not " + describe(first),
                        "start with lines such as 'name: Maya Chen' and 'level: MID'");
            }
            Map<String, Integer> seen = new HashMap<>();
            String id = null;
            String name = null;
            Level level = null;
            Level target = null;
            int targetLine = 0;
            double years = 0;
            Map<String, Double> values = new HashMap<>();
            String notes = null;
            ExpectedOutcome expected = null;
            String manager = null;
            String team = null;
            Map<String, Double> selfRatings = Map.of();
            List<Waiver> waivers = List.of();
            for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
                String key = key(seen, TOP_KEYS, "key", token);
                int keyLine = line();
                JsonToken value = next();
                if (key == null) {
                    parser.skipChildren();
                    continue;
                }
                switch (key) {
                    case "id" -> id = id(value);
                    case "name" -> name = storable(text(value, "name", true), "name", Text.MAX_NAME, false);
                    case "level" -> level = level(value, "level", false);
                    case "target" -> {
                        target = level(value, "target", true);
                        targetLine = keyLine;
                    }
                    case "yearsInLevel" -> years = number(value, "yearsInLevel", ProfileKey.Scale.YEARS);
                    case "competencies" -> values.putAll(group(value, ProfileKey.Group.COMPETENCY, "competencies"));
                    case "evidence" -> values.putAll(group(value, ProfileKey.Group.EVIDENCE, "evidence"));
                    case "notes" -> notes = storable(text(value, "notes", false), "notes", Text.MAX_NOTES, true);
                    case "expected" -> expected = expected(value);
                    case "manager" -> manager = storable(text(value, "manager", true), "manager", Text.MAX_NAME, false);
                    case "team" -> team = storable(text(value, "team", true), "team", Text.MAX_NAME, false);
                    case "selfRatings" -> selfRatings = group(value, ProfileKey.Group.COMPETENCY, "selfRatings");
                    case "waived" -> waivers = waivers(value);
                    default -> throw new IllegalStateException(key);
                }
            }
            if (next() != null) {
                throw problem(line(), "more than one YAML document in the file", "keep one profile per file");
            }
            if (name == null && !seen.containsKey("name") && !misspelt.contains("name")) {
                problems.add(1, "missing 'name'", "add a line such as 'name: Maya Chen'");
            }
            if (level == null && !seen.containsKey("level") && !misspelt.contains("level")) {
                problems.add(1, "missing 'level'", "add a line such as 'level: " + ladder.levels().get(Math.min(1,
                        ladder.levels().size() - 1))
                        + "' (" + ladder.levelList() + ")");
            }
            if (target != null && level != null && target.isBelow(level)) {
                problems.add(targetLine, "target " + target + " is below the current level " + level,
                        "give the current level or one above it, or leave target out");
            }
            if (id == null && defaultId.length() > Profile.MAX_ID_LENGTH) {
                problems.add(1, "the file name makes an id of " + defaultId.length() + " characters",
                        "add a line 'id: …' of at most " + Profile.MAX_ID_LENGTH + " characters, or rename the file");
            }
            if (problems.any()) {
                throw problems.refusal();
            }
            Map<String, Integer> ownRatings = new LinkedHashMap<>();
            selfRatings.forEach((key, rating) -> ownRatings.put(key, rating.intValue()));
            Profile profile = new Profile(id != null ? id : defaultId, name, level, target, years,
                    Values.of(ladder, values), notes, new Review(manager, team, items, ownRatings, waivers));
            return new ProfileDocument(shown, profile, expected, text);
        }

        private Map<String, Double> group(JsonToken token, ProfileKey.Group group, String section) {
            // A section with nothing under it but comments means none, as a missing one does.
            if (token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.getString().isBlank())) {
                return Map.of();
            }
            expect(token, JsonToken.START_OBJECT, section + " must be a mapping of keys to values",
                    "indent one key per line under '" + section + ":'");
            List<String> known = ladder.keys(group).stream().map(ProfileKey::name).toList();
            String noun = group == ProfileKey.Group.COMPETENCY ? "competency" : "evidence key";
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Double> values = new LinkedHashMap<>();
            for (JsonToken next = next(); next != JsonToken.END_OBJECT; next = next()) {
                String key = key(seen, known, noun, next);
                JsonToken value = next();
                if (key == null) {
                    parser.skipChildren();
                    continue;
                }
                ProfileKey profileKey = ladder.requireKey(key);
                if (value == JsonToken.START_ARRAY && group == ProfileKey.Group.EVIDENCE
                        && ProfileKey.Scale.COUNT.kind().equals(profileKey.scale().kind())) {
                    List<EvidenceItem> listed = evidenceItems(section + "." + key);
                    items.put(key, listed);
                    values.put(key, (double) listed.size());
                } else {
                    values.put(key, number(value, section + "." + key, profileKey.scale()));
                }
            }
            return values;
        }

        /** A count written as a list of items: each one {what, link, when}, or plain text for what. */
        private List<EvidenceItem> evidenceItems(String key) {
            List<EvidenceItem> listed = new ArrayList<>();
            int number = 0;
            for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
                number++;
                String itemKey = key + "[" + number + "]";
                if (token == JsonToken.VALUE_STRING) {
                    listed.add(new EvidenceItem(item(text(token, itemKey, true), itemKey), null, null));
                    continue;
                }
                if (token != JsonToken.START_OBJECT) {
                    problems.add(line(), itemKey + " must be an item with 'what:' (and optionally 'link:' and"
                            + " 'when:'), not " + describe(token), "write it as '- what: Q3 failover game day'");
                    parser.skipChildren();
                    continue;
                }
                EvidenceItem item = evidenceItem(itemKey);
                if (item != null) {
                    listed.add(item);
                }
            }
            return listed;
        }

        private EvidenceItem evidenceItem(String key) {
            int start = line();
            Map<String, Integer> seen = new HashMap<>();
            String what = null;
            URI link = null;
            LocalDate when = null;
            for (JsonToken next = next(); next != JsonToken.END_OBJECT; next = next()) {
                String part = key(seen, ITEM_KEYS, "evidence item key", next);
                JsonToken value = next();
                if (part == null) {
                    parser.skipChildren();
                    continue;
                }
                switch (part) {
                    case "what" -> what = item(text(value, key + ".what", true), key + ".what");
                    case "link" -> link = link(text(value, key + ".link", true), key + ".link");
                    case "when" -> when = date(value, key + ".when");
                    default -> throw new IllegalStateException(part);
                }
            }
            if (what == null && !seen.containsKey("what")) {
                problems.add(start, key + " has no 'what:'", "say what the evidence is, as in"
                        + " 'what: Q3 region failover game day'");
                return null;
            }
            return what == null ? null : new EvidenceItem(what, link, when);
        }

        private String item(String text, String key) {
            return storable(text, key, Text.MAX_NAME, false);
        }

        /** An https address, shown to the committee and never fetched: anything else is refused. */
        private URI link(String text, String key) {
            String address = storable(text, key, Text.MAX_NAME, false).strip();
            try {
                URI uri = new URI(address);
                if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !address.contains(" ")) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problems.add(line(), key + " is not an https link", "give the full address, as in"
                    + " 'link: https://wiki.example.com/postmortems/123'");
            return null;
        }

        private LocalDate date(JsonToken token, String key) {
            String text = token == JsonToken.VALUE_STRING ? parser.getString().strip() : null;
            if (text != null) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                parser.skipChildren();
            }
            problems.add(line(), key + " is not a date", "write it as an ISO date, as in 'when: 2026-08-14'");
            return null;
        }

        /** {@code waived: {code: reason}}: expectations the profile says do not apply, each with why. */
        private List<Waiver> waivers(JsonToken token) {
            if (token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && parser.getString().isBlank())) {
                return List.of();
            }
            expect(token, JsonToken.START_OBJECT, "waived must map expectation codes to the reason each does not"
                    + " apply", "write one per line, as in 'mentoring: the team has not hired in the review period'");
            Map<String, Integer> seen = new HashMap<>();
            List<Waiver> waivers = new ArrayList<>();
            for (JsonToken next = next(); next != JsonToken.END_OBJECT; next = next()) {
                if (next != JsonToken.PROPERTY_NAME) {
                    throw problem(line(), "expected a key", "write 'code: reason', one per line");
                }
                String code = parser.currentName();
                int line = line();
                JsonToken value = next();
                if (!CODE.matcher(code).matches()) {
                    problems.add(line, "'" + shorten(code) + "' in waived is not an expectation code",
                            "codes use only a-z, 0-9 and '-', as 'rules list' shows them");
                    parser.skipChildren();
                    continue;
                }
                Integer earlier = seen.putIfAbsent(code, line);
                if (earlier != null) {
                    problems.add(line, "'" + code + "' is waived twice", "it is already waived at line " + earlier
                            + "; keep one");
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.VALUE_STRING || parser.getString().isBlank()) {
                    problems.add(line, "the waiver of '" + code + "' gives no reason",
                            "say why it does not apply, as in '" + code + ": the team has not hired this year'");
                    parser.skipChildren();
                    continue;
                }
                String reason = storable(parser.getString().strip(), "waived." + code, Text.MAX_REASON, false);
                waivers.add(new Waiver(code, reason, shown, line));
            }
            return waivers;
        }

        private ExpectedOutcome expected(JsonToken token) {
            expect(token, JsonToken.START_OBJECT, "expected must be a mapping",
                    "give verdict, score, traps, gaps, blockers or notes under 'expected:'");
            Map<String, Integer> seen = new HashMap<>();
            String verdict = null;
            Integer score = null;
            Map<String, Set<String>> codes = new HashMap<>();
            for (JsonToken next = next(); next != JsonToken.END_OBJECT; next = next()) {
                String key = key(seen, EXPECTED_KEYS, "expected key", next);
                JsonToken value = next();
                if (key == null) {
                    parser.skipChildren();
                    continue;
                }
                switch (key) {
                    case "verdict" -> {
                        String text = text(value, "expected.verdict", true).toUpperCase(Locale.ROOT);
                        if (!ExpectedOutcome.VERDICTS.contains(text)) {
                            throw problem(line(), "unknown verdict in expected.verdict",
                                    "use one of " + String.join(", ", ExpectedOutcome.VERDICTS));
                        }
                        verdict = text;
                    }
                    case "score" -> score = (int) number(value, "expected.score", ProfileKey.Scale.COUNT);
                    default -> codes.put(key, codeList(value, "expected." + key));
                }
            }
            return new ExpectedOutcome(verdict, score, codes.get("traps"), codes.get("gaps"), codes.get("blockers"),
                    codes.get("notes"));
        }

        private Set<String> codeList(JsonToken token, String key) {
            expect(token, JsonToken.START_ARRAY, key + " must be a list of codes", "write it as [code-a, code-b]");
            Set<String> codes = new LinkedHashSet<>();
            for (JsonToken next = next(); next != JsonToken.END_ARRAY; next = next()) {
                String code = text(next, key, true);
                if (!CODE.matcher(code).matches()) {
                    throw problem(line(), "a code in " + key + " is not a rule code",
                            "codes use only a-z, 0-9 and '-'");
                }
                codes.add(code);
            }
            return Set.copyOf(codes);
        }

        /** Reads a mapping key, rejecting duplicates and unknown keys with a suggestion. */
        private String key(Map<String, Integer> seen, List<String> known, String noun, JsonToken token) {
            if (token != JsonToken.PROPERTY_NAME) {
                throw problem(line(), "expected a key", "write 'key: value', one per line");
            }
            String key = parser.currentName();
            int line = line();
            if (!known.contains(key)) {
                String elsewhere = placeOf(key, known);
                Suggestions.closest(key, known).ifPresent(misspelt::add);
                problems.add(line, elsewhere != null ? "'" + key + "' is " + elsewhere : "unknown " + noun + " '"
                        + shorten(key) + "'", elsewhere != null ? "put it under '" + sectionOf(key) + ":'"
                        : Suggestions.didYouMean(key, known, "known keys are " + String.join(", ", known)));
                return null;
            }
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                problems.add(line, "duplicate key '" + key + "'",
                        "it is already given at line " + earlier + "; keep one");
                return null;
            }
            return key;
        }

        /** "a competency" for a competency key read where it does not belong, and so on; null if unknown. */
        private String placeOf(String key, List<String> known) {
            return ladder.key(key).filter(profileKey -> !known.contains(key))
                    .filter(profileKey -> profileKey.group() != ProfileKey.Group.PROFILE)
                    .map(profileKey -> profileKey.group() == ProfileKey.Group.COMPETENCY ? "a competency"
                            : "an evidence key")
                    .orElse(null);
        }

        private String sectionOf(String key) {
            return ladder.requireKey(key).group() == ProfileKey.Group.COMPETENCY ? "competencies" : "evidence";
        }

        /** Refuses a value longer than storage keeps, without echoing it: it may be personal data. */
        private String limited(String text, String key, int maxLength) {
            if (text.length() > maxLength) {
                throw problem(line(), key + " is " + text.length() + " characters long",
                        "give at most " + maxLength);
            }
            return text;
        }

        /** Refuses text that may not be stored (a control character, too long), naming the key, never the value. */
        private String storable(String text, String key, int maxCharacters, boolean lines) {
            if (text != null) {
                Text.problem(text, key, maxCharacters, lines).ifPresent(problem -> {
                    throw problem(line(), problem.what(), problem.fix());
                });
            }
            return text;
        }

        private String id(JsonToken token) {
            String id = limited(text(token, "id", true), "id", Profile.MAX_ID_LENGTH);
            if (!Profile.ID.matcher(id).matches()) {
                throw problem(line(), "id must use only a-z, 0-9 and '-', and start and end with a letter or digit",
                        "write it as, for example, 'maya-chen'");
            }
            return id;
        }

        private Level level(JsonToken token, String key, boolean nullable) {
            if (nullable && token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                problems.add(line(), key + " must be a level name, not " + describe(token),
                        "use one of " + String.join(", ", ladder.levelNames()));
                parser.skipChildren();
                return null;
            }
            String text = parser.getString();
            Level level = ladder.level(text).orElse(null);
            if (level == null) {
                // The value is not quoted: a file that is not a profile at all may hold anything there.
                problems.add(line(), "unknown level in " + key,
                        Suggestions.didYouMean(text.toUpperCase(Locale.ROOT), ladder.levelNames(),
                                "use one of " + String.join(", ", ladder.levelNames())));
            }
            return level;
        }

        private String text(JsonToken token, String key, boolean required) {
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

        private double number(JsonToken token, String key, ProfileKey.Scale scale) {
            // Where the value starts: a list or a mapping given instead is skipped before it is reported.
            int line = line();
            if (token == JsonToken.VALUE_NULL
                    || (token == JsonToken.VALUE_STRING && parser.getString().isBlank())) {
                problems.add(line, key + " has no value", "give " + scale.description() + " or remove the line");
                return 0;
            }
            boolean integer = token == JsonToken.VALUE_NUMBER_INT;
            boolean number = integer || token == JsonToken.VALUE_NUMBER_FLOAT;
            if ((token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_STRING)
                    && SPECIAL_FLOAT.matcher(parser.getText().strip()).matches()) {
                String special = parser.getText().strip().toLowerCase(Locale.ROOT).replace("+", "");
                problems.add(line, key + " must be " + scale.description() + ", not " + special,
                        "write it as a plain number");
                return 0;
            }
            if (token == JsonToken.VALUE_STRING && parser.getString().strip().endsWith("%")
                    && ProfileKey.Scale.SHARE.kind().equals(scale.kind())) {
                problems.add(line, key + " is written as a percentage",
                        "write a share as a number from 0 to 1, like 0.4");
                return 0;
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                parser.skipChildren();
            }
            if (number && scale.whole() && !integer && "rating".equals(scale.kind())) {
                problems.add(line, key + " is " + shortNumber(numberValue())
                        + ", not a whole number", "ratings are " + scale.description().replace("a whole number",
                                "whole numbers"));
                return 0;
            }
            if (!number || (scale.whole() && !integer)) {
                problems.add(line, key + " must be " + scale.description() + ", not " + describe(token),
                        "write it as a plain number");
                return 0;
            }
            double value = numberValue();
            if (!scale.accepts(value) || (scale.whole() && value > Integer.MAX_VALUE)) {
                problems.add(line, key + " must be " + scale.description() + ", got " + shortNumber(value),
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

        private void expect(JsonToken token, JsonToken wanted, String problem, String fix) {
            if (token != wanted) {
                throw problem(line(), problem + ", not " + describe(token), fix);
            }
        }

        private JsonToken next() {
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

        private int line() {
            return Math.max(1, parser.currentTokenLocation().getLineNr());
        }

        private LadderException problem(int line, String problem, String fix) {
            return LadderException.badInput(shown, line, problem, fix);
        }
    }

    private static String describe(JsonToken token) {
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

    private static String shorten(String text) {
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
