package dev.sreladder.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A promotion cycle as its acts in the audit trail tell it: who opened it and when, the rule sets
 * pinned to it (the last one judges), its candidates in the order they were added, and whether
 * and how it was closed.
 */
public record Cycle(String name, Act opened, List<Pin> pins, List<Candidate> candidates, Optional<Act> closed,
        boolean forced) {

    /** Who did something to the cycle, when by the database's clock, and why when they said. */
    public record Act(String by, Instant at, Optional<String> reason) {
    }

    /** A rule set pinned to the cycle, by its fingerprint. */
    public record Pin(String fingerprint, Act act) {
    }

    /** A stored profile made a candidate of the cycle. */
    public record Candidate(String profileId, Act added) {
    }

    public Cycle {
        pins = List.copyOf(pins);
        candidates = List.copyOf(candidates);
    }

    public boolean open() {
        return closed.isEmpty();
    }

    /** "open" or "closed", as {@code cycle show} prints it. */
    public String state() {
        return open() ? "open" : "closed";
    }

    /** The rule set the cycle is judged by now. */
    public Pin pin() {
        return pins.get(pins.size() - 1);
    }

    public boolean hasCandidate(String profileId) {
        return candidates.stream().anyMatch(candidate -> candidate.profileId().equals(profileId));
    }
}
