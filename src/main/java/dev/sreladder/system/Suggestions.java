package dev.sreladder.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.jline.utils.Levenshtein;

/** "Did you mean" for misspelled keys, levels and option values. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate)))
                .filter(candidate -> distance(lower, candidate) <= Math.max(2, candidate.length() / 3));
    }

    /** ", did you mean 'x'?" style tail, or the fallback when nothing is close. */
    public static String didYouMean(String word, Collection<String> candidates, String fallback) {
        return closest(word, candidates).map(candidate -> "did you mean '" + candidate + "'?").orElse(fallback);
    }

    private static int distance(String lowerWord, String candidate) {
        return Levenshtein.distance(lowerWord, candidate.toLowerCase(Locale.ROOT));
    }
}
