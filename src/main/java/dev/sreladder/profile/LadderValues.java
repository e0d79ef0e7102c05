package dev.sreladder.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonToken;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.Text;

/**
 * The sections that give the ladder's keys their values (competencies, evidence, selfRatings), each
 * checked against the key's scale; an evidence count may be written as the list of items it counts.
 */
final class LadderValues {

    private static final List<String> ITEM_KEYS = List.of("what", "link", "when");

    private final ProfileTokens tokens;
    private final MappingKeys keys;
    private final Ladder ladder;
    /** The items behind counts written as lists, by evidence key. */
    private final Map<String, List<EvidenceItem>> items = new LinkedHashMap<>();

    LadderValues(ProfileTokens tokens, MappingKeys keys, Ladder ladder) {
        this.tokens = tokens;
        this.keys = keys;
        this.ladder = ladder;
    }

    /** The items read so far behind counts written as lists. */
    Map<String, List<EvidenceItem>> items() {
        return items;
    }

    Map<String, Double> group(JsonToken token, ProfileKey.Group group, String section) {
        // A section with nothing under it but comments means none, as a missing one does.
        if (tokens.isEmpty(token)) {
            return Map.of();
        }
        tokens.expect(token, JsonToken.START_OBJECT, section + " must be a mapping of keys to values",
                "indent one key per line under '" + section + ":'");
        List<String> known = ladder.keys(group).stream().map(ProfileKey::name).toList();
        String noun = group == ProfileKey.Group.COMPETENCY ? "competency" : "evidence key";
        Map<String, Double> values = new LinkedHashMap<>();
        MappingKeys.Entries entries = keys.of(known, noun);
        while (entries.next()) {
            String key = entries.key();
            JsonToken value = entries.value();
            ProfileKey profileKey = ladder.requireKey(key);
            if (value == JsonToken.START_ARRAY && group == ProfileKey.Group.EVIDENCE
                    && ProfileKey.Scale.COUNT.kind().equals(profileKey.scale().kind())) {
                List<EvidenceItem> listed = evidenceItems(section + "." + key);
                items.put(key, listed);
                values.put(key, (double) listed.size());
            } else {
                values.put(key, tokens.number(value, section + "." + key, profileKey.scale()));
            }
        }
        return values;
    }

    /** A count written as a list of items: each one {what, link, when}, or plain text for what. */
    private List<EvidenceItem> evidenceItems(String key) {
        List<EvidenceItem> listed = new ArrayList<>();
        int number = 0;
        for (JsonToken token = tokens.next(); token != JsonToken.END_ARRAY; token = tokens.next()) {
            number++;
            String itemKey = key + "[" + number + "]";
            if (token == JsonToken.VALUE_STRING) {
                listed.add(new EvidenceItem(item(tokens.text(token, itemKey, true), itemKey), null, null));
                continue;
            }
            if (token != JsonToken.START_OBJECT) {
                tokens.report(tokens.line(), itemKey + " must be an item with 'what:' (and optionally 'link:' and"
                        + " 'when:'), not " + ProfileTokens.describe(token),
                        "write it as '- what: Q3 failover game day'");
                tokens.skip();
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
        int start = tokens.line();
        String what = null;
        URI link = null;
        LocalDate when = null;
        MappingKeys.Entries entries = keys.of(ITEM_KEYS, "evidence item key");
        while (entries.next()) {
            JsonToken value = entries.value();
            switch (entries.key()) {
                case "what" -> what = item(tokens.text(value, key + ".what", true), key + ".what");
                case "link" -> link = link(tokens.text(value, key + ".link", true), key + ".link");
                case "when" -> when = date(value, key + ".when");
                default -> throw new IllegalStateException(entries.key());
            }
        }
        if (what == null && !entries.has("what")) {
            tokens.report(start, key + " has no 'what:'", "say what the evidence is, as in"
                    + " 'what: Q3 region failover game day'");
            return null;
        }
        return what == null ? null : new EvidenceItem(what, link, when);
    }

    private String item(String text, String key) {
        return tokens.storable(text, key, Text.MAX_NAME, false);
    }

    /** An https address, shown to the committee and never fetched: anything else is refused. */
    private URI link(String text, String key) {
        String address = tokens.storable(text, key, Text.MAX_NAME, false).strip();
        try {
            URI uri = new URI(address);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !address.contains(" ")) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        tokens.report(tokens.line(), key + " is not an https link", "give the full address, as in"
                + " 'link: https://wiki.example.com/postmortems/123'");
        return null;
    }

    private LocalDate date(JsonToken token, String key) {
        String text = token == JsonToken.VALUE_STRING ? tokens.string().strip() : null;
        if (text != null) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
            tokens.skip();
        }
        tokens.report(tokens.line(), key + " is not a date", "write it as an ISO date, as in 'when: 2026-08-14'");
        return null;
    }
}
