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
 * means (a count also as the list of its items), what a profile may say for the committee
 * ({@code manager}, {@code team}, {@code selfRatings}, {@code waived}), and the {@code expected:}
 * block that {@code rules test} reads. What
 * {@link ProfileReader} accepts, said so that an editor can check a profile as it is typed;
 * {@code samples/profile.schema.json} is this schema of the default ladder.
 */
public final class ProfileSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String CODE = "^[a-z0-9-]+$";
    private static final String ID = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";
    private static final String INDENT = "  ";
    private static final String EVIDENCE_ITEM = "evidenceItem";

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
        id.put("pattern", ID);
        id.put("minLength", 1);
        id.put("maxLength", Profile.MAX_ID_LENGTH);
        id.put("description", "Optional profile id, [a-z0-9-]+ starting and ending with a letter or digit, at"
                + " most " + Profile.MAX_ID_LENGTH + " characters; default: the file name without extension,"
                + " lower-cased, other characters as '-', without a '-' at either end.");

        ObjectNode name = properties.putObject("name");
        name.put("type", "string");
        name.put("minLength", 1);
        name.put("description", "The engineer's name.");

        ObjectNode level = properties.putObject("level");
        levels(level, ladder, false);
        level.put("description", "Current level: " + ladder.levelList() + " (case-insensitive on input).");

        ObjectNode target = properties.putObject("target");
        levels(target, ladder, true);
        target.put("description", "Optional target level (case-insensitive); default and null: the next level ("
                + ladder.top() + " for " + ladder.top() + "). Equal to level: a 'meets level' check."
                + " Below level: input error.");

        ObjectNode years = properties.putObject(Ladder.YEARS_IN_LEVEL);
        years.put("type", "number");
        years.put("minimum", 0);
        years.put("description", "Years at the current level, >= 0; optional, default 0.");

        ObjectNode manager = properties.putObject("manager");
        manager.put("type", "string");
        manager.put("minLength", 1);
        manager.put("description", "Optional: who rates the engineer (the competencies are their ratings), for"
                + " calibration across managers; never read by the rules.");
        ObjectNode team = properties.putObject("team");
        team.put("type", "string");
        team.put("minLength", 1);
        team.put("description", "Optional: the engineer's team; never read by the rules.");

        ObjectNode competencies = group(properties.putObject("competencies"), "Ratings 0.." + ladder.topRating()
                + ": " + scale(ladder.scale()) + ". A missing one counts as 0.");
        for (ProfileKey key : ladder.competencies()) {
            key(competencies, key, "a missing one counts as 0");
        }
        ObjectNode selfRatings = group(properties.putObject("selfRatings"), "Optional: the engineer's own"
                + " ratings, the same keys and scale as competencies (the manager's), shown beside them. The"
                + " rules judge the competencies; self-ratings feed notes only.");
        for (ProfileKey key : ladder.competencies()) {
            key(selfRatings, key, "only the ones the engineer rated");
        }
        ObjectNode evidence = group(properties.putObject("evidence"), "What the engineer did over the review"
                + " period, each key of its kind (a whole count, a share from 0 to 1, or a number >= 0);"
                + " a count may be written as the list of the items it counts; a missing one counts as 0.");
        for (ProfileKey key : ladder.evidence()) {
            key(evidence, key, "missing = 0");
        }

        ObjectNode waived = properties.putObject("waived");
        waived.put("type", "object");
        waived.put("description", "Optional: expectation codes (as 'rules list' shows them), each with why it does"
                + " not apply. A waived expectation is not checked nor counted in the score, and shows as a WAIVED"
                + " finding with the reason. The ladder '" + ladder.id() + "' lets a profile waive "
                + ladder.waivable().describe() + "; another, or an unknown code, is an input error.");
        ObjectNode reason = waived.putObject("patternProperties").putObject(CODE);
        reason.put("type", "string");
        reason.put("minLength", 1);
        reason.put("description", "Why the expectation does not apply, as the committee will read it.");
        waived.put("additionalProperties", false);

        ObjectNode notes = properties.putObject("notes");
        notes.put("type", "string");
        notes.put("description", "Free text, kept but never used by rules.");

        expected(properties.putObject("expected"));
        evidenceItem(schema.putObject("$defs").putObject(EVIDENCE_ITEM));
        return schema;
    }

    /**
     * The ladder's levels in every case the reader takes ({@link Ladder#levelAsWritten}): listed as an
     * editor offers them (upper case, lower case, capitalised), and as a pattern for any other mix.
     */
    private static void levels(ObjectNode property, Ladder ladder, boolean nullable) {
        ArrayNode either = property.putArray("anyOf");
        ArrayNode listed = either.addObject().putArray("enum");
        variants(listed, ladder);
        if (nullable) {
            listed.addNull();
        }
        anyCase(either.addObject(), ladder.levelNames());
    }

    /** A string that is one of {@code words} in any case of its ASCII letters, as the reader compares them. */
    private static void anyCase(ObjectNode property, List<String> words) {
        StringBuilder pattern = new StringBuilder("^(?:");
        for (String word : words) {
            pattern.append(pattern.length() > 4 ? "|" : "");
            for (char c : word.toCharArray()) {
                char upper = Character.toUpperCase(c);
                char lower = Character.toLowerCase(c);
                pattern.append(upper == lower ? String.valueOf(c) : "[" + upper + lower + "]");
            }
        }
        property.put("type", "string");
        property.put("pattern", pattern.append(")$").toString());
    }

    /** Each level as the file would write it: upper case, lower case and capitalised, with no repeats. */
    private static void variants(ArrayNode values, Ladder ladder) {
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
        boolean listable = key.group() == ProfileKey.Group.EVIDENCE
                && ProfileKey.Scale.COUNT.kind().equals(scale.kind());
        if (listable) {
            // A count may be the list of what it counts: the number of items is the count.
            ArrayNode either = property.putArray("anyOf");
            range(either.addObject(), scale);
            ObjectNode list = either.addObject();
            list.put("type", "array");
            list.putObject("items").put("$ref", "#/$defs/" + EVIDENCE_ITEM);
        } else {
            range(property, scale);
        }
        property.put("description", capitalised(key.meaning()) + ". " + capitalised(scale.description())
                + (listable ? ", or the list of the items it counts" : "") + "; " + missing + ".");
    }

    private static void range(ObjectNode property, ProfileKey.Scale scale) {
        property.put("type", scale.whole() ? "integer" : "number");
        Numbers.put(property, "minimum", scale.min());
        if (scale.bounded()) {
            Numbers.put(property, "maximum", scale.max());
        }
    }

    /** One item of a count: {what, link, when}, or the what alone as text. */
    private static void evidenceItem(ObjectNode item) {
        item.put("description", "One piece of evidence a committee can open: what it was, an optional https link"
                + " (shown, never fetched) and an optional ISO date; or what it was alone, as text.");
        ArrayNode either = item.putArray("anyOf");
        ObjectNode text = either.addObject();
        text.put("type", "string");
        text.put("minLength", 1);
        ObjectNode written = either.addObject();
        written.put("type", "object");
        written.put("additionalProperties", false);
        written.putArray("required").add("what");
        ObjectNode parts = written.putObject("properties");
        ObjectNode what = parts.putObject("what");
        what.put("type", "string");
        what.put("minLength", 1);
        what.put("description", "What the evidence is: 'Q3 region failover game day'.");
        ObjectNode link = parts.putObject("link");
        link.put("type", "string");
        // The scheme in any case, as URIs allow and the reader accepts; spaces around it, which the reader drops.
        link.put("pattern", "^\\s*[Hh][Tt][Tt][Pp][Ss]://[^\\s/]+\\S*\\s*$");
        link.put("description", "Optional: where it is written up, an https address.");
        ObjectNode when = parts.putObject("when");
        when.put("type", "string");
        when.put("format", "date");
        when.put("description", "Optional: when, an ISO date (2026-08-14).");
    }

    private static void expected(ObjectNode expected) {
        expected.put("type", "object");
        expected.put("additionalProperties", false);
        expected.put("description", "Expected outcome checked by 'rules test'; each key given is checked, lists"
                + " as sets of codes.");
        ObjectNode properties = expected.putObject("properties");
        ObjectNode verdict = properties.putObject("verdict");
        ArrayNode either = verdict.putArray("anyOf");
        ArrayNode verdicts = either.addObject().putArray("enum");
        ExpectedOutcome.VERDICTS.forEach(verdicts::add);
        anyCase(either.addObject(), ExpectedOutcome.VERDICTS);
        verdict.put("description", "Expected verdict (case-insensitive).");
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
