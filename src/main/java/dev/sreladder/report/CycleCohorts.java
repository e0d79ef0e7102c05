package dev.sreladder.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.audit.Cycle;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.cycle.CycleScore;
import dev.sreladder.cycle.CycleService;
import dev.sreladder.cycle.CycleView;
import dev.sreladder.cycle.Overrides;
import dev.sreladder.cycle.SinceLastCycle;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Times;

/**
 * The packet of one promotion cycle: its candidates (an erased one has nothing left to show) with
 * their latest evaluation in the cycle and the decisions on it, all under the cycle's pinned rules;
 * for a candidate of an earlier closed cycle, what changed since, told apart by who changed it (see
 * {@link SinceLastCycle}) and the scores across cycles; and the rules the cycle's decisions overrode.
 */
public final class CycleCohorts {

    private final CycleService cycles;
    private final AuditService audit;
    private final EvaluationService evaluations;
    private final StoredProfiles profiles;
    private final ExpectedRatings ratings;

    public CycleCohorts(CycleService cycles, AuditService audit, EvaluationService evaluations,
            StoredProfiles profiles) {
        this.cycles = cycles;
        this.audit = audit;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.ratings = new ExpectedRatings(evaluations);
    }

    public Cohort of(String name, Progress progress) {
        CycleView view = cycles.show(CycleLedger.requireName(name));
        Cycle cycle = view.cycle();
        List<CycleLedger.Standing> standing = view.candidates().stream().filter(one -> !one.erased()).toList();
        if (standing.isEmpty()) {
            throw LadderException.badInput("cycle " + cycle.name() + " has no candidates to report on — 'cycle add "
                    + cycle.name() + " ID…' adds some");
        }
        List<Cycle> earlier = cycles.closed().stream().filter(other -> !other.name().equals(name)).toList();
        List<Candidate> candidates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        audit.withPinnedRules(cycle, rules -> {
            for (int i = 0; i < standing.size(); i++) {
                try {
                    candidates.add(candidate(cycle, standing.get(i), earlier, rules));
                } catch (LadderException e) {
                    problems.add(standing.get(i).profileId() + ": " + e.getMessage());
                }
                progress.update(i + 1, standing.size());
            }
            return null;
        });
        CyclePacket packet = new CyclePacket(cycle.name(), cycle.state(), cycle.pin().fingerprint(), view.ladder(),
                Overrides.tally(cycles.overridden(cycle)));
        // Read after everything the packet shows, so each of its records is in the chain up to this head.
        return new Cohort("cycle " + cycle.name(), Instant.now(), candidates, problems, Optional.of(audit.head()))
                .inCycle(packet);
    }

    private Candidate candidate(Cycle cycle, CycleLedger.Standing standing, List<Cycle> earlier, RuleSet rules) {
        String id = standing.profileId();
        int version = standing.version().orElseThrow();
        String source = "stored profile version " + version;
        Evaluation now;
        String provenance;
        if (standing.evaluation().isPresent()) {
            AuditTrail.Recorded recorded = standing.evaluation().get();
            now = audit.shown(id, recorded.number()).evaluation();
            provenance = "evaluation " + recorded.number() + " in cycle " + cycle.name() + ", recorded "
                    + Times.utc(recorded.evaluatedAt());
        } else {
            now = evaluations.evaluate(rules, profileOf(id, version, rules), null, false);
            provenance = "evaluated now under the cycle's rules (none recorded in the cycle for this version)";
        }
        List<Decision> decisions = standing.decisions().stream().map(Decision::of).toList();
        Level level = now.profile().level();
        Candidate candidate = new Candidate(now, source, provenance, decisions, ratings.of(rules, level, now.target()),
                rules.evidence());
        return since(id, earlier, rules, now).map(part -> candidate.returning(part, scores(id, earlier, cycle, now)))
                .orElse(candidate);
    }

    /** What changed since the latest earlier closed cycle that recorded an evaluation of the candidate. */
    private Optional<SinceLastCycle> since(String id, List<Cycle> earlier, RuleSet rules, Evaluation now) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Optional<AuditTrail.Recorded> last = lastIn(earlier.get(i), id);
            if (last.isEmpty()) {
                continue;
            }
            AuditTrail.Recorded recorded = last.get();
            Evaluation a = audit.shown(id, recorded.number()).evaluation();
            Profile then = profileOf(id, recorded.profileVersion(), rules);
            Evaluation b = evaluations.evaluate(rules, then, rules.ladder().level(recorded.target()).orElse(null),
                    false);
            Optional<String> decision = audit.decisions(id).stream()
                    .filter(taken -> taken.evaluationNumber() == recorded.number()).reduce((first, second) -> second)
                    .map(taken -> taken.decision().toLowerCase(Locale.ROOT));
            return Optional.of(SinceLastCycle.compare(earlier.get(i).name(), a, decision, b, now));
        }
        return Optional.empty();
    }

    /** The candidate's score in each earlier cycle that recorded one, oldest first, then this cycle's. */
    private List<CycleScore> scores(String id, List<Cycle> earlier, Cycle cycle, Evaluation now) {
        List<CycleScore> scores = new ArrayList<>();
        earlier.forEach(before -> lastIn(before, id).ifPresent(recorded -> scores.add(new CycleScore(before.name(),
                recorded.score()))));
        scores.add(new CycleScore(cycle.name(), now.score()));
        return scores;
    }

    private Optional<AuditTrail.Recorded> lastIn(Cycle cycle, String id) {
        return audit.cycles().lastIn(cycle.name(), id);
    }

    private Profile profileOf(String id, int version, RuleSet rules) {
        StoredProfiles.Version stored = profiles.version(id, version).orElseThrow(() -> StoredProfiles.notStored(id));
        return profiles.toStored(stored, rules.ladder()).document().profile();
    }
}
