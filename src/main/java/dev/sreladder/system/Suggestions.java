package dev.sreladder.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.jline.utils.Levenshtein;

/**
 * "Did you mean" for misspelled keys, levels, commands and option values: the one closeness rule
 * every suggestion of the tool goes through, so a word is either close everywhere or nowhere.
 *
 * <p>A candidate is close when it is at most a third of the typed word's length away (at least one
 * edit; the limit rustc uses for its own suggestions), counted case-insensitively with JLine's
 * Damerau-Levenshtein distance (a swapped pair of letters is one edit), and when it does not differ
 * only in its digits: {@code RE6} on a ladder of RE1 to RE5 is another level, not a typo of RE5.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(lower.length(), 3) / 3;
        return candidates.stream()
                .filter(candidate -> !onlyDigitsDiffer(lower, candidate.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate)))
                .filter(candidate -> distance(lower, candidate) <= limit);
    }

    /** ", did you mean 'x'?" style tail, or the fallback when nothing is close. */
    public static String didYouMean(String word, Collection<String> candidates, String fallback) {
        return closest(word, candidates).map(candidate -> "did you mean '" + candidate + "'?").orElse(fallback);
    }

    /**
     * Whether two different words are the same once their digits are left out: a number written
     * differently names another thing (a level, a cycle), never a typo of it.
     */
    public static boolean onlyDigitsDiffer(String word, String other) {
        return !word.equalsIgnoreCase(other) && withoutDigits(word).equalsIgnoreCase(withoutDigits(other));
    }

    private static String withoutDigits(String word) {
        return word.replaceAll("[0-9]", "");
    }

    private static int distance(String lowerWord, String candidate) {
        return Levenshtein.distance(lowerWord, candidate.toLowerCase(Locale.ROOT));
    }
}
