package dev.sreladder.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonToken;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.Suggestions;

/**
 * The keys of a profile's mappings: each known key once. An unknown key is reported with the
 * section it belongs to or the key it was probably meant to be; a repeated one with both lines.
 */
final class MappingKeys {

    private final ProfileTokens tokens;
    private final Ladder ladder;
    /** Keys an unknown key was probably meant to be: not reported missing as well. */
    private final Set<String> misspelt = new HashSet<>();

    MappingKeys(ProfileTokens tokens, Ladder ladder) {
        this.tokens = tokens;
        this.ladder = ladder;
    }

    ProfileTokens tokens() {
        return tokens;
    }

    /** The entries of the mapping just started, read one by one. */
    Entries of(List<String> known, String noun) {
        return new Entries(known, noun);
    }

    /** True unless the key was given (even with a bad value) or an unknown key was probably meant as it. */
    boolean missing(String key, Entries entries) {
        return !entries.seen.containsKey(key) && !misspelt.contains(key);
    }

    /** One mapping's entries: {@link #next()} stops at each known key once, its value token read. */
    final class Entries {
        private final List<String> known;
        private final String noun;
        private final Map<String, Integer> seen = new HashMap<>();
        private String key;
        private JsonToken value;

        private Entries(List<String> known, String noun) {
            this.known = known;
            this.noun = noun;
        }

        /** Moves to the next known key, skipping the values of unknown and repeated ones; false at the end. */
        boolean next() {
            for (JsonToken token = tokens.next(); token != JsonToken.END_OBJECT; token = tokens.next()) {
                String read = key(token);
                JsonToken next = tokens.next();
                if (read != null) {
                    key = read;
                    value = next;
                    return true;
                }
                tokens.skip();
            }
            return false;
        }

        String key() {
            return key;
        }

        JsonToken value() {
            return value;
        }

        /** The line of the current key. */
        int keyLine() {
            return seen.get(key);
        }

        boolean has(String key) {
            return seen.containsKey(key);
        }

        /** Reads a mapping key, rejecting duplicates and unknown keys with a suggestion. */
        private String key(JsonToken token) {
            if (token != JsonToken.PROPERTY_NAME) {
                throw tokens.problem(tokens.line(), "expected a key", "write 'key: value', one per line");
            }
            String key = tokens.name();
            int line = tokens.line();
            if (!known.contains(key)) {
                String elsewhere = placeOf(key, known);
                Suggestions.closest(key, known).ifPresent(misspelt::add);
                tokens.report(line, elsewhere != null ? "'" + key + "' is " + elsewhere : "unknown " + noun + " '"
                        + ProfileTokens.shorten(key) + "'", elsewhere != null ? "put it under '" + sectionOf(key)
                        + ":'" : Suggestions.didYouMean(key, known, "known keys are " + String.join(", ", known)));
                return null;
            }
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                tokens.report(line, "duplicate key '" + key + "'",
                        "it is already given at line " + earlier + "; keep one");
                return null;
            }
            return key;
        }
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
}
