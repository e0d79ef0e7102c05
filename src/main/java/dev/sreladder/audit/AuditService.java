package dev.sreladder.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Database;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService.Evaluated;
import dev.sreladder.evaluation.EvaluationService.Outcome;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.ExitCode;
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
    private final AuditVerification verification;
    private final CycleLedger cycles;
    private final PinnedRules pinned;

    public AuditService(Database database, EvaluationService evaluations, StoredProfiles profiles, AuditTrail trail,
            RuleCompiler compiler) {
        this.database = database;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.trail = trail;
        this.replay = new Replay(profiles, trail, compiler);
        this.verification = new AuditVerification(database);
        this.cycles = new CycleLedger(database);
        this.pinned = new PinnedRules(trail, compiler);
        // Rows earlier builds left outside the chain are taken into it when this build first opens the database.
        database.afterMigrations(ChainAdoption::adopt);
    }

    /**
     * An outcome of evaluate, with the number it was recorded as when the profile was a stored one, and
     * the open cycle it was recorded in, under that cycle's pinned rules, when the profile is a candidate.
     */
    public record Given(Outcome outcome, OptionalInt recordedAs, Optional<Cycle> cycle) {

        public Given(Outcome outcome, OptionalInt recordedAs) {
            this(outcome, recordedAs, Optional.empty());
        }
    }

    /** A recorded evaluation as it was given. */
    public record Shown(AuditTrail.Recorded recorded, Evaluation evaluation) {
    }

    /**
     * The recorded versions, evaluations and decisions of one profile, oldest first, and the
     * tombstones of its erasures (the only thing left of an erased id until it comes back).
     */
    public record History(String profileId, List<StoredProfiles.Version> versions,
            List<AuditTrail.Recorded> evaluations, List<AuditTrail.Decision> decisions,
            List<AuditTrail.Erasure> erasures) {

        public boolean erased() {
            return versions.isEmpty() && !erasures.isEmpty();
        }
    }

    /** What {@code audit verify} found: how many records, the head it reached, and the first break if any. */
    public record Verified(long records, Chain.Head head, Optional<String> firstBreak) {
    }

    /** A line of the {@code profiles} list: the latest version, and the latest verdict recorded. */
    public record ProfileOverview(StoredProfiles.Summary profile, Optional<AuditTrail.LatestVerdict> latest) {
    }

    /** What erasing a profile removed, as its tombstone says. */
    public record Erased(String id, int versions, int evaluations, int decisions, AuditTrail.Erasure tombstone) {
    }

    /**
     * Evaluates what REF names, as {@link EvaluationService#evaluateEach} does, and records each
     * evaluation of a stored profile before handing it over.
     */
    public void evaluateEach(String ref, String target, Consumer<Given> each) {
        evaluateEach(ProfileRef.ofPath(ref), target, each);
    }

    /**
     * As {@link #evaluateEach(String, String, Consumer)}, for a REF already resolved. A stored profile
     * that is a candidate of an open cycle is evaluated under the cycle's pinned rules and recorded in it.
     */
    public void evaluateEach(ProfileRef ref, String target, Consumer<Given> each) {
        Optional<Cycle> cycle = ref instanceof ProfileRef.StoredId id ? cycles.openCycleOf(id.text())
                : Optional.empty();
        if (cycle.isPresent()) {
            evaluateInCycle(cycle.get(), ref, target, each);
            return;
        }
        evaluations.evaluateEach(ref, target, false, outcome -> each.accept(recorded(outcome, Optional.empty())));
    }

    /** The id of every stored profile, as 'profiles' lists them (an erased one is not stored any more). */
    public List<String> storedIds() {
        return profiles.list().stream().map(StoredProfiles.Summary::id).toList();
    }

    /**
     * As {@code evaluate ID} for one of {@link #storedIds()}: its latest version evaluated and recorded
     * (in its open cycle, if any). One that cannot be evaluated (erased since it was listed, or no longer
     * readable against the ladder) is handed over as failed, so the others still are.
     */
    public void evaluateStored(String id, String target, Consumer<Given> each) {
        try {
            evaluateEach(new ProfileRef.StoredId(id, Path.of(id)), target, each);
        } catch (LadderException e) {
            if (e.exitCode() != ExitCode.BAD_INPUT) {
                throw e;
            }
            String reason = e.getMessage().contains(id) ? e.getMessage() : "stored profile " + id + ": "
                    + e.getMessage();
            each.accept(new Given(new EvaluationService.Failed(id, reason), OptionalInt.empty()));
        }
    }

    /** Bad input now, before any profile is evaluated, when {@code target} is no level of the ladder in use. */
    public void requireTarget(String target) {
        evaluations.withRules(rules -> rules.level(target, "--target"));
    }

    /** Evaluates a stored profile under the cycle's pinned rules, and records it in the cycle. */
    public void evaluateInCycle(Cycle cycle, ProfileRef ref, String target, Consumer<Given> each) {
        withPinnedRules(cycle, rules -> {
            evaluations.evaluateEach(rules, ref, target, false,
                    outcome -> each.accept(recorded(outcome, Optional.of(cycle))));
            return null;
        });
    }

    /**
     * The rule set a cycle is judged by now, compiled from its stored files when it is not the one in use
     * (the rules in use, when they are the pinned ones, spare compiling them again).
     */
    public <T> T withPinnedRules(Cycle cycle, Function<RuleSet, T> work) {
        return evaluations.withRules(inUse -> work.apply(inUse.fingerprint().equals(cycle.pin().fingerprint())
                ? inUse : pinned.of(cycle)));
    }

    private Given recorded(Outcome outcome, Optional<Cycle> cycle) {
        if (outcome instanceof Evaluated evaluated && evaluated.stored().isPresent()) {
            var stored = evaluated.stored().get();
            int number = trail.record(stored.id(), stored.version(), evaluated.evaluation(), evaluated.rules(),
                    cycle.map(Cycle::name).orElse(null));
            return new Given(outcome, OptionalInt.of(number), cycle);
        }
        return new Given(outcome, OptionalInt.empty());
    }

    /** The promotion cycles and their acts. */
    public CycleLedger cycles() {
        return cycles;
    }

    /** Re-runs recorded evaluation {@code number} of a stored profile under the rules it was given with. */
    public Replayed replay(String id, int number) {
        return replay.run(id, number);
    }

    /** Bad input naming the commands that list and add profiles, unless {@code id} is stored. */
    public void requireStored(String id) {
        profiles.require(id);
    }

    /** The history of a stored profile, or of an erased one; bad input when the id was never stored. */
    public History history(String id) {
        List<AuditTrail.Erasure> erasures = trail.erasures(id);
        if (erasures.isEmpty()) {
            profiles.require(id);
        }
        return new History(id, profiles.versions(id), trail.history(id), trail.decisions(id), erasures);
    }

    /**
     * Checks the audit chain: every record linked to the one before and holding what it was chained
     * with, every audited row in it, the stored rule files and counters, and that it still holds the
     * head this member remembers and {@code given}, when one is.
     */
    public Verified verify(Optional<Chain.Head> given) {
        AuditVerification.Verified verified = verification.verify(given);
        return new Verified(verified.records(), verified.head(), verified.firstBreak());
    }

    private static final Pattern HEAD = Pattern.compile("(\\d{1,18}):(?:sha256:)?([0-9a-fA-F]{64})");

    /** "12:sha256:<64 hex digits>" or "12:<64 hex digits>", as 'head: record 12, sha256:…' gives it. */
    public static Chain.Head givenHead(String text) {
        Matcher matcher = HEAD.matcher(text.strip());
        if (!matcher.matches()) {
            throw LadderException.badInput("--head takes N:HASH, the record number and its whole hash as 'audit verify'"
                    + " or a packet prints them: 'head: record 12, sha256:…' is --head 12:sha256:… (64 hex digits)");
        }
        return new Chain.Head(Long.parseLong(matcher.group(1)), matcher.group(2).toLowerCase(Locale.ROOT));
    }

    /** The head of the audit chain now, as a packet prints it. */
    public Chain.Head head() {
        return database.read(Chain::head);
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

    /** Every decision of the committee on a stored profile, in the order the database recorded them. */
    public List<AuditTrail.Decision> decisions(String id) {
        return trail.decisions(id);
    }

    /** Records the committee's decision on the latest evaluation of the latest version of a stored profile. */
    public AuditTrail.Decided decide(String id, AuditTrail.Choice choice, String reason) {
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

    /**
     * Erases a stored profile's personal data (every version, evaluation and decision) in one
     * write and leaves a tombstone saying who, when, why and how many; a reason is required.
     */
    public Erased erase(String id, String reason) {
        requireReason(id, reason);
        return database.write(write -> {
            profiles.require(id);
            AuditTrail.ErasedRecords records = trail.erase(write, id);
            int versions = profiles.erase(write, id);
            AuditTrail.Erasure tombstone = trail.tombstone(write, id, reason.strip(), versions, records);
            return new Erased(id, versions, records.evaluations(), records.decisions(), tombstone);
        });
    }

    /** Bad input unless there is a reason to erase {@code id}: it is kept in the tombstone. */
    public static void requireReason(String id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw LadderException.badInput("delete needs --reason TEXT: why " + id + " is erased (it is kept in"
                    + " the tombstone)");
        }
    }

    private Shown show(AuditTrail.Recorded recorded) {
        StoredProfiles.Version version = profiles.version(recorded.profileId(), recorded.profileVersion())
                .orElseThrow();
        Profile profile = Replay.profileOf(version, trail.ladder(recorded.fingerprint()), recorded, profiles);
        return new Shown(recorded, EvaluationDocument.read(recorded.documentSchema(), recorded.document(), profile,
                recorded.verdictRule()));
    }

    static LadderException noEvaluation(String id, int number) {
        return LadderException.badInput("no evaluation " + number + " of " + id + " — 'history " + id
                + "' lists the recorded ones");
    }
}
