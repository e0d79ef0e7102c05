package dev.sreladder.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the profiles of a ladder ({@code ladder schema}): the
 * profile's own fields, its ladder's levels (in the case variants an editor will see), every
 * competency with the scale's range and every evidence key with its kind's, each with what it
 * means, and the {@code expected:} block that {@code rules test} reads. What
 * {@link ProfileReader} accepts, said so that an editor can check a profile as it is typed;
 * {@code samples/profile.schema.json} is this schema of the default ladder.
 */
public final class ProfileSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String CODE = "^[a-z0-9-]+$";
    private static final String INDENT = "  ";

    private ProfileSchema() {
    }

    /** The schema as {@code ladder schema} prints it: two-space indents, one value a line, a final newline. */
    public static String of(Ladder ladder) {
        StringBuilder text = new StringBuilder();
        write(tree(ladder), 0, text);
        return text.append('\n').toString();
    }

    /** The schema as a tree, for a validator. */
    public static ObjectNode tree(Ladder ladder) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", "SRE Ladder engineer profile: " + ladder.title());
        schema.put("description", "An engineer profile for the ladder '" + ladder.id() + "' (" + ladder.title()
                + "), evaluated by the SRE Ladder rules (see PRODUCT.md, 'Profile file (YAML)')."
                + " Keys are exact camelCase; unknown keys are input errors.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.putArray("required").add("name").add("level");
        ObjectNode properties = schema.putObject("properties");

        ObjectNode id = properties.putObject("id");
        id.put("type", "string");
        id.put("pattern", CODE);
        id.put("minLength", 1);
        id.put("maxLength", Profile.MAX_ID_LENGTH);
        id.put("description", "Optional profile id, [a-z0-9-]+, at most " + Profile.MAX_ID_LENGTH
                + " characters; default: the file name without extension, lower-cased, other characters as '-'.");

        ObjectNode name = properties.putObject("name");
        name.put("type", "string");
        name.put("minLength", 1);
        name.put("description", "The engineer's name.");

        ObjectNode level = properties.putObject("level");
        levels(level.putArray("enum"), ladder);
        level.put("description", "Current level: " + ladder.levelList() + " (case-insensitive on input).");

        ObjectNode target = properties.putObject("target");
        ArrayNode targets = target.putArray("enum");
        levels(targets, ladder);
        targets.addNull();
        target.put("description", "Optional target level (case-insensitive); default and null: the next level ("
                + ladder.top() + " for " + ladder.top() + "). Equal to level: a 'meets level' check."
                + " Below level: input error.");

        ObjectNode years = properties.putObject(Ladder.YEARS_IN_LEVEL);
        years.put("type", "number");
        years.put("minimum", 0);
        years.put("description", "Years at the current level, >= 0; optional, default 0.");

        ObjectNode competencies = group(properties.putObject("competencies"), "Ratings 0.." + ladder.topRating()
                + ": " + scale(ladder.scale()) + ". A missing one counts as 0.");
        for (ProfileKey key : ladder.competencies()) {
            key(competencies, key, "a missing one counts as 0");
        }
        ObjectNode evidence = group(properties.putObject("evidence"), "What the engineer did over the review"
                + " period, each key of its kind (a whole count, a share from 0 to 1, or a number >= 0);"
                + " a missing one counts as 0.");
        for (ProfileKey key : ladder.evidence()) {
            key(evidence, key, "missing = 0");
        }

        ObjectNode notes = properties.putObject("notes");
        notes.put("type", "string");
        notes.put("description", "Free text, kept but never used by rules.");

        expected(properties.putObject("expected"));
        return schema;
    }

    /** Each level as the file would write it: upper case, lower case and capitalised, with no repeats. */
    private static void levels(ArrayNode values, Ladder ladder) {
        Set<String> variants = new LinkedHashSet<>();
        ladder.levels().forEach(level -> variants.add(level.name()));
        ladder.levels().forEach(level -> variants.add(level.name().toLowerCase(Locale.ROOT)));
        for (Level level : ladder.levels()) {
            String lower = level.name().toLowerCase(Locale.ROOT);
            variants.add(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        }
        variants.forEach(values::add);
    }

    /** "0 no evidence; 1 learning, needs close guidance; …". */
    private static String scale(List<String> meanings) {
        StringBuilder text = new StringBuilder();
        for (int rating = 0; rating < meanings.size(); rating++) {
            text.append(rating == 0 ? "" : "; ").append(rating).append(' ').append(meanings.get(rating));
        }
        return text.toString();
    }

    private static ObjectNode group(ObjectNode group, String description) {
        group.put("type", "object");
        group.put("additionalProperties", false);
        group.put("description", description);
        return group.putObject("properties");
    }

    private static void key(ObjectNode properties, ProfileKey key, String missing) {
        ProfileKey.Scale scale = key.scale();
        ObjectNode property = properties.putObject(key.name());
        property.put("type", scale.whole() ? "integer" : "number");
        putNumber(property, "minimum", scale.min());
        if (scale.bounded()) {
            putNumber(property, "maximum", scale.max());
        }
        property.put("description", capitalised(key.meaning()) + ". " + capitalised(scale.description()) + "; "
                + missing + ".");
    }

    private static void expected(ObjectNode expected) {
        expected.put("type", "object");
        expected.put("additionalProperties", false);
        expected.put("description", "Expected outcome checked by 'rules test'; each key given is checked, lists"
                + " as sets of codes.");
        ObjectNode properties = expected.putObject("properties");
        ObjectNode verdict = properties.putObject("verdict");
        ExpectedOutcome.VERDICTS.forEach(verdict.putArray("enum")::add);
        verdict.put("description", "Expected verdict.");
        ObjectNode score = properties.putObject("score");
        score.put("type", "integer");
        score.put("minimum", 0);
        score.put("maximum", 100);
        score.put("description", "Expected score: expectations met / checked, whole percentage rounded down.");
        for (Map.Entry<String, String> codes : List.of(
                Map.entry("traps", "Expected TRAP codes (a set)."),
                Map.entry("gaps", "Expected GAP codes: unmet expectations of levels above the current one, up to"
                        + " the target (a set)."),
                Map.entry("blockers", "Expected BLOCKER codes: unmet expectations of the current level (a set)."),
                Map.entry("notes", "Expected NOTE codes (a set)."))) {
            ObjectNode list = properties.putObject(codes.getKey());
            list.put("type", "array");
            list.put("uniqueItems", true);
            ObjectNode items = list.putObject("items");
            items.put("type", "string");
            items.put("pattern", CODE);
            list.put("description", codes.getValue());
        }
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        Number number = Numbers.number(value);
        if (number instanceof Long whole) {
            node.put(name, whole);
        } else {
            node.put(name, value);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Two-space indents, "key": value, one member or item a line; empty containers as {} and []. */
    private static void write(JsonNode node, int depth, StringBuilder text) {
        if (node.isObject() && !node.isEmpty()) {
            text.append("{\n");
            List<Map.Entry<String, JsonNode>> members = List.copyOf(node.properties());
            for (int i = 0; i < members.size(); i++) {
                text.append(INDENT.repeat(depth + 1)).append(MAPPER.writeValueAsString(members.get(i).getKey()))
                        .append(": ");
                write(members.get(i).getValue(), depth + 1, text);
                text.append(i + 1 < members.size() ? ",\n" : "\n");
            }
            text.append(INDENT.repeat(depth)).append('}');
        } else if (node.isArray() && !node.isEmpty()) {
            text.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                text.append(INDENT.repeat(depth + 1));
                write(node.get(i), depth + 1, text);
                text.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            text.append(INDENT.repeat(depth)).append(']');
        } else {
            text.append(MAPPER.writeValueAsString(node));
        }
    }
}
