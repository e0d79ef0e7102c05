package dev.sreladder.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.sreladder.database.Chain;
import dev.sreladder.evaluation.FindingKind;

/**
 * What a committee packet is made of: the candidates in reading order (READY, ALMOST, NOT_YET,
 * each by score, highest first), the profiles that could not be read with the reason, where
 * the profiles came from, when the packet was made, and for the stored profiles the head of the
 * audit chain it was made at (the committee keeps it outside the database: {@code audit verify
 * --head} then proves the record still holds what the packet was made from), and the cycle it was made
 * for, if any.
 */
public record Cohort(String source, Instant generatedAt, List<Candidate> candidates, List<String> problems,
        Optional<Chain.Head> head, Optional<CyclePacket> cycle) {

    static final Comparator<Candidate> READING_ORDER = Comparator
            .comparing((Candidate candidate) -> candidate.evaluation().verdict())
            .thenComparing(candidate -> -candidate.evaluation().score())
            .thenComparing(candidate -> candidate.evaluation().profile().name())
            .thenComparing(Candidate::id);

    public Cohort {
        candidates = candidates.stream().sorted(READING_ORDER).toList();
        problems = List.copyOf(problems);
    }

    /** A cohort outside any cycle. */
    public Cohort(String source, Instant generatedAt, List<Candidate> candidates, List<String> problems,
            Optional<Chain.Head> head) {
        this(source, generatedAt, candidates, problems, head, Optional.empty());
    }

    /** A cohort read from files, outside any audit trail. */
    public Cohort(String source, Instant generatedAt, List<Candidate> candidates, List<String> problems) {
        this(source, generatedAt, candidates, problems, Optional.empty());
    }

    /** The same cohort as the packet of {@code cycle}. */
    public Cohort inCycle(CyclePacket cycle) {
        return new Cohort(source, generatedAt, candidates, problems, head, Optional.of(cycle));
    }

    /** The candidates whose profiles waive an expectation, in reading order. */
    List<Candidate> waiving() {
        return candidates.stream().filter(candidate -> !candidate.evaluation().findings(FindingKind.WAIVED).isEmpty())
                .toList();
    }

    /** How many expectations are waived, all candidates together. */
    int waivers() {
        return candidates.stream().mapToInt(candidate -> candidate.evaluation().findings(FindingKind.WAIVED).size())
                .sum();
    }
}
