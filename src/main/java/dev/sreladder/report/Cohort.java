package dev.sreladder.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What a committee packet is made of: the candidates in reading order (READY, ALMOST, NOT_YET,
 * each by score, highest first), the profiles that could not be read with the reason, where
 * the profiles came from, and when the packet was made.
 */
public record Cohort(String source, Instant generatedAt, List<Candidate> candidates, List<String> problems) {

    static final Comparator<Candidate> READING_ORDER = Comparator
            .comparing((Candidate candidate) -> candidate.evaluation().verdict())
            .thenComparing(candidate -> -candidate.evaluation().score())
            .thenComparing(candidate -> candidate.evaluation().profile().name())
            .thenComparing(Candidate::id);

    public Cohort {
        candidates = candidates.stream().sorted(READING_ORDER).toList();
        problems = List.copyOf(problems);
    }
}
