package dev.sreladder.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sreladder.cycle.CycleScore;
import dev.sreladder.cycle.SinceLastCycle;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvidenceTie;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;

/**
 * One person in the packet: their evaluation, where it came from ({@code provenance}, such as
 * "evaluation 2, recorded 2026-11-29 15:03" or "evaluated now"), the committee's decision if one
 * were recorded (every one, in the order the database recorded them), and what the rules expect
 * of each competency at the evaluation's target; {@code tie} says which evidence items stand behind
 * which finding ({@link EvidenceTie}, the same tie {@code evaluate} shows items by). In a cycle's
 * packet, a candidate of an earlier cycle carries what changed {@code since} then and their
 * {@code scores} across cycles, oldest first.
 */
public record Candidate(Evaluation evaluation, String source, String provenance, List<Decision> decisions,
        Map<String, Integer> expectedRatings, EvidenceTie tie, Optional<SinceLastCycle> since,
        List<CycleScore> scores) {

    /** The evidence items behind one count, such as the game days behind {@code gameDays}. */
    public record Evidence(String key, List<EvidenceItem> items) {
        public Evidence {
            items = List.copyOf(items);
        }
    }

    /** A competency both the engineer and the manager rated: the rules judge the manager's. */
    public record TwoRatings(String competency, int self, int manager) {

        /** How far the engineer's own rating is above the manager's (below: negative). */
        public int difference() {
            return self - manager;
        }
    }

    public Candidate {
        decisions = List.copyOf(decisions);
        expectedRatings = Map.copyOf(expectedRatings);
        scores = List.copyOf(scores);
    }

    /** A first-time candidate, or one outside any cycle. */
    public Candidate(Evaluation evaluation, String source, String provenance, List<Decision> decisions,
            Map<String, Integer> expectedRatings, EvidenceTie tie) {
        this(evaluation, source, provenance, decisions, expectedRatings, tie, Optional.empty(), List.of());
    }

    /** The same candidate, returning from an earlier cycle: what changed since, and the scores across cycles. */
    public Candidate returning(SinceLastCycle since, List<CycleScore> scores) {
        return new Candidate(evaluation, source, provenance, decisions, expectedRatings, tie, Optional.of(since),
                scores);
    }

    /** Without the rules at hand: only what clears a finding ties evidence to it. */
    public Candidate(Evaluation evaluation, String source, String provenance, List<Decision> decisions,
            Map<String, Integer> expectedRatings) {
        this(evaluation, source, provenance, decisions, expectedRatings,
                EvidenceTie.ofLadder(evaluation.profile().ladder()));
    }

    public Candidate(Evaluation evaluation, String source, String provenance, Optional<Decision> decision,
            Map<String, Integer> expectedRatings) {
        this(evaluation, source, provenance, decision.stream().toList(), expectedRatings);
    }

    public Optional<String> manager() {
        return evaluation.profile().review().managerIfGiven();
    }

    public Optional<String> team() {
        return evaluation.profile().review().teamIfGiven();
    }

    /** The evidence items that stand behind the finding, in the ladder's order; empty when none. */
    public List<Evidence> evidence(Finding finding) {
        return evidence(tie.behind(evaluation.profile(), finding));
    }

    /** The evidence items that stand behind no finding of the evaluation, so none goes unseen. */
    public List<Evidence> otherEvidence() {
        return evidence(tie.unread(evaluation.profile(), evaluation.findings()));
    }

    /** How many evidence items the profile lists, over every count. */
    public int evidenceItems() {
        return evaluation.profile().review().items().values().stream().mapToInt(List::size).sum();
    }

    /** The competencies the engineer rated too, in the ladder's order, with the manager's rating beside. */
    public List<TwoRatings> selfRatings() {
        Profile profile = evaluation.profile();
        List<TwoRatings> both = new ArrayList<>();
        for (ProfileKey competency : profile.ladder().competencies()) {
            profile.review().selfRating(competency).ifPresent(self -> both.add(new TwoRatings(competency.name(), self,
                    (int) profile.value(competency))));
        }
        return both;
    }

    private static List<Evidence> evidence(List<EvidenceTie.Listed> listed) {
        return listed.stream().map(key -> new Evidence(key.key(), key.items())).toList();
    }

    /** The latest decision, if any. */
    public Optional<Decision> decision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /**
     * The decisions on the evaluation the latest decision answers, every member's, in the order
     * recorded: two that differ are a conflict, and each says who took it.
     */
    public List<Decision> latestDecisions() {
        return decision().map(latest -> decisions.stream()
                .filter(decision -> decision.evaluationNumber() == latest.evaluationNumber()).toList())
                .orElse(List.of());
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
