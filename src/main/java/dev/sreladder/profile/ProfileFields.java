package dev.sreladder.profile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonToken;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.Text;

/**
 * The top mapping of one profile file: its own fields (id, name, levels, notes, review), each section
 * handed to its reader, and what the whole needs (a name, a level, a target not below it).
 */
final class ProfileFields {

    private static final List<String> TOP_KEYS = List.of("id", "name", "level", "target", "yearsInLevel",
            "competencies", "evidence", "notes", "expected", "manager", "team", "selfRatings", "waived");

    private final ProfileTokens tokens;
    private final Ladder ladder;
    private final MappingKeys keys;
    private final LadderValues values;
    private final CodeSections codes;

    ProfileFields(ProfileTokens tokens, Ladder ladder) {
        this.tokens = tokens;
        this.ladder = ladder;
        this.keys = new MappingKeys(tokens, ladder);
        this.values = new LadderValues(tokens, keys, ladder);
        this.codes = new CodeSections(keys);
    }

    /** The profile the file holds; {@code defaultId} if it names none. */
    ProfileDocument document(String text, String defaultId) {
        JsonToken first = tokens.next();
        if (first == null) {
            throw tokens.problem(1, "the file is empty", "a profile needs at least 'name' and 'level'");
        }
        if (first != JsonToken.START_OBJECT) {
            throw tokens.problem(tokens.line(), "a profile must be a YAML mapping of keys to values, not "
                    + ProfileTokens.describe(first), "start with lines such as 'name: Maya Chen' and 'level: MID'");
        }
        String id = null;
        String name = null;
        Level level = null;
        Level target = null;
        int targetLine = 0;
        double years = 0;
        Map<String, Double> ratings = new HashMap<>();
        String notes = null;
        ExpectedOutcome expected = null;
        String manager = null;
        String team = null;
        Map<String, Double> selfRatings = Map.of();
        List<Waiver> waivers = List.of();
        MappingKeys.Entries entries = keys.of(TOP_KEYS, "key");
        while (entries.next()) {
            JsonToken value = entries.value();
            switch (entries.key()) {
                case "id" -> id = id(value);
                case "name" -> name = name(value, "name");
                case "level" -> level = level(value, "level", false);
                case "target" -> {
                    target = level(value, "target", true);
                    targetLine = entries.keyLine();
                }
                case "yearsInLevel" -> years = tokens.number(value, "yearsInLevel", ProfileKey.Scale.YEARS);
                case "competencies" -> ratings.putAll(values.group(value, ProfileKey.Group.COMPETENCY,
                        "competencies"));
                case "evidence" -> ratings.putAll(values.group(value, ProfileKey.Group.EVIDENCE, "evidence"));
                case "notes" -> notes = tokens.storable(tokens.text(value, "notes", false), "notes", Text.MAX_NOTES,
                        true);
                case "expected" -> expected = codes.expected(value);
                case "manager" -> manager = name(value, "manager");
                case "team" -> team = name(value, "team");
                case "selfRatings" -> selfRatings = values.group(value, ProfileKey.Group.COMPETENCY, "selfRatings");
                case "waived" -> waivers = codes.waivers(value);
                default -> throw new IllegalStateException(entries.key());
            }
        }
        if (tokens.next() != null) {
            throw tokens.problem(tokens.line(), "more than one YAML document in the file", "keep one profile per file");
        }
        if (name == null && keys.missing("name", entries)) {
            tokens.report(1, "missing 'name'", "add a line such as 'name: Maya Chen'");
        }
        if (level == null && keys.missing("level", entries)) {
            tokens.report(1, "missing 'level'", "add a line such as 'level: " + ladder.levels().get(Math.min(1,
                    ladder.levels().size() - 1))
                    + "' (" + ladder.levelList() + ")");
        }
        if (target != null && level != null && target.isBelow(level)) {
            tokens.report(targetLine, "target " + target + " is below the current level " + level,
                    "give the current level or one above it, or leave target out");
        }
        if (id == null && defaultId.length() > Profile.MAX_ID_LENGTH) {
            tokens.report(1, "the file name makes an id of " + defaultId.length() + " characters",
                    "add a line 'id: …' of at most " + Profile.MAX_ID_LENGTH + " characters, or rename the file");
        }
        if (tokens.problems().any()) {
            throw tokens.problems().refusal();
        }
        Map<String, Integer> ownRatings = new LinkedHashMap<>();
        selfRatings.forEach((key, rating) -> ownRatings.put(key, rating.intValue()));
        Profile profile = new Profile(id != null ? id : defaultId, name, level, target, years,
                Values.of(ladder, ratings), notes, new Review(manager, team, values.items(), ownRatings, waivers));
        return new ProfileDocument(tokens.shown(), profile, expected, text);
    }

    /** A person's or a team's name: required text, short enough to store. */
    private String name(JsonToken token, String key) {
        return tokens.storable(tokens.text(token, key, true), key, Text.MAX_NAME, false);
    }

    private String id(JsonToken token) {
        String id = tokens.limited(tokens.text(token, "id", true), "id", Profile.MAX_ID_LENGTH);
        if (!Profile.ID.matcher(id).matches()) {
            throw tokens.problem(tokens.line(), "id must use only a-z, 0-9 and '-', and start and end with a letter"
                    + " or digit", "write it as, for example, 'maya-chen'");
        }
        return id;
    }

    private Level level(JsonToken token, String key, boolean nullable) {
        if (nullable && token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            tokens.report(tokens.line(), key + " must be a level name, not " + ProfileTokens.describe(token),
                    "use one of " + String.join(", ", ladder.levelNames()));
            tokens.skip();
            return null;
        }
        String text = tokens.string();
        Level level = ladder.levelAsWritten(text).orElse(null);
        if (level == null) {
            // The value is not quoted: a file that is not a profile at all may hold anything there.
            tokens.report(tokens.line(), "unknown level in " + key, ladder.unknownLevelHint(text));
        }
        return level;
    }
}
