package dev.sreladder.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import dev.sreladder.database.Database;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.EvaluationService.Evaluated;
import dev.sreladder.evaluation.EvaluationService.Outcome;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.system.LadderException;

/**
 * The committee's record of stored profiles: evaluations recorded as they are given, their
 * history, replays under the recorded rules, decisions, and erasure with every record.
 */
public final class AuditService {

    private final Database database;
    private final EvaluationService evaluations;
    private final StoredProfiles profiles;
    private final AuditTrail trail;
    private final Replay replay;

    public AuditService(Database database, EvaluationService evaluations, StoredProfiles profiles, AuditTrail trail,
            RuleCompiler compiler) {
        this.database = database;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.trail = trail;
        this.replay = new Replay(profiles, trail, compiler);
    }

    /** An outcome of evaluate, with the number it was recorded as when the profile was a stored one. */
    public record Given(Outcome outcome, OptionalInt recordedAs) {
    }

    /** A recorded evaluation as it was given. */
    public record Shown(AuditTrail.Recorded recorded, Evaluation evaluation) {
    }

    /** The recorded evaluations and decisions of one stored profile, oldest first. */
    public record History(String profileId, List<AuditTrail.Recorded> evaluations,
            List<AuditTrail.Decision> decisions) {
    }

    /** A line of the {@code profiles} list: the latest version, and the latest verdict recorded. */
    public record ProfileOverview(StoredProfiles.Summary profile, Optional<AuditTrail.LatestVerdict> latest) {
    }

    /** What erasing a profile removed. */
    public record Erased(String id, int versions, int evaluations, int decisions) {
    }

    /**
     * Evaluates what REF names, as {@link EvaluationService#evaluateEach} does, and records each
     * evaluation of a stored profile before handing it over.
     */
    public void evaluateEach(String ref, Level target, Consumer<Given> each) {
        evaluations.evaluateEach(ref, target, false, outcome -> each.accept(recorded(outcome)));
    }

    private Given recorded(Outcome outcome) {
        if (outcome instanceof Evaluated evaluated && evaluated.stored().isPresent()) {
            var stored = evaluated.stored().get();
            int number = trail.record(stored.id(), stored.version(), evaluated.evaluation(), evaluated.rules());
            return new Given(outcome, OptionalInt.of(number));
        }
        return new Given(outcome, OptionalInt.empty());
    }

    /** Re-runs recorded evaluation {@code number} of a stored profile under the rules it was given with. */
    public Replayed replay(String id, int number) {
        return replay.run(id, number);
    }

    /** Bad input naming the commands that list and add profiles, unless {@code id} is stored. */
    public void requireStored(String id) {
        profiles.require(id);
    }

    public History history(String id) {
        profiles.require(id);
        return new History(id, trail.history(id), trail.decisions(id));
    }

    /** Recorded evaluation {@code number} of a stored profile, read back as it was given. */
    public Shown shown(String id, int number) {
        profiles.require(id);
        AuditTrail.Recorded recorded = trail.evaluation(id, number).orElseThrow(() -> noEvaluation(id, number));
        return show(recorded);
    }

    /** The latest evaluation recorded for a stored profile, if any. */
    public Optional<Shown> latest(String id) {
        List<AuditTrail.Recorded> history = trail.history(id);
        return history.isEmpty() ? Optional.empty() : Optional.of(show(history.get(history.size() - 1)));
    }

    /** The committee's latest decision on a stored profile, if any. */
    public Optional<AuditTrail.Decision> latestDecision(String id) {
        List<AuditTrail.Decision> decisions = trail.decisions(id);
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** Records the committee's decision on the latest evaluation of a stored profile. */
    public AuditTrail.Decision decide(String id, AuditTrail.Choice choice, String reason) {
        profiles.require(id);
        return trail.decide(id, choice, reason);
    }

    /** Every stored profile with the latest verdict recorded for it. */
    public List<ProfileOverview> profiles() {
        List<StoredProfiles.Summary> summaries = profiles.list();
        if (summaries.isEmpty()) {
            return List.of();
        }
        Map<String, AuditTrail.LatestVerdict> latest = trail.latestVerdicts();
        return summaries.stream()
                .map(summary -> new ProfileOverview(summary, Optional.ofNullable(latest.get(summary.id())))).toList();
    }

    /** Erases a stored profile with every version, evaluation and decision, all in one transaction. */
    public Erased erase(String id) {
        return database.inTransaction(jdbc -> {
            profiles.require(id);
            AuditTrail.ErasedRecords records = trail.erase(id);
            int versions = profiles.delete(id);
            return new Erased(id, versions, records.evaluations(), records.decisions());
        });
    }

    private Shown show(AuditTrail.Recorded recorded) {
        StoredProfiles.Version version = profiles.version(recorded.profileId(), recorded.profileVersion())
                .orElseThrow();
        Profile profile = profiles.toStored(version).document().profile();
        return new Shown(recorded, EvaluationDocument.read(recorded.documentSchema(), recorded.document(), profile,
                recorded.verdictRule()));
    }

    static LadderException noEvaluation(String id, int number) {
        return LadderException.badInput("no evaluation " + number + " of " + id + " — 'history " + id
                + "' lists the recorded ones");
    }
}
