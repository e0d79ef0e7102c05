package dev.sreladder.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.profile.Profile;

/**
 * One person in the packet: their evaluation, where it came from ({@code provenance}, such as
 * "evaluation 2, recorded 2026-11-29 15:03" or "evaluated now"), the committee's decision if one
 * were recorded (every one, in the order the database recorded them), and what the rules expect
 * of each competency at the evaluation's target.
 */
public record Candidate(Evaluation evaluation, String source, String provenance, List<Decision> decisions,
        Map<String, Integer> expectedRatings) {

    public Candidate {
        decisions = List.copyOf(decisions);
        expectedRatings = Map.copyOf(expectedRatings);
    }

    public Candidate(Evaluation evaluation, String source, String provenance, Optional<Decision> decision,
            Map<String, Integer> expectedRatings) {
        this(evaluation, source, provenance, decision.stream().toList(), expectedRatings);
    }

    /** The latest decision, if any. */
    public Optional<Decision> decision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    public boolean conflicted() {
        return decisions.stream().anyMatch(Decision::conflict);
    }

    public String id() {
        return evaluation.profile().id();
    }

    /** "MID → SENIOR". */
    public String transition() {
        return evaluation.profile().level() + " → " + evaluation.target();
    }

    /** "mentoring 1 of 3" for every competency rated below what the rules expect at the target. */
    public List<String> ratingsBelowExpectation() {
        Profile profile = evaluation.profile();
        return profile.ladder().competencies().stream()
                .filter(key -> profile.value(key.name()) < expectedRatings.getOrDefault(key.name(), 0))
                .map(key -> key.name() + " " + Requirement.format(profile.value(key.name())) + " of "
                        + expectedRatings.get(key.name()))
                .toList();
    }

    public boolean overridden() {
        return decision().map(Decision::override).orElse(false);
    }
}
