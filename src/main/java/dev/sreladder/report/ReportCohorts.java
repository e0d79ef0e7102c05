package dev.sreladder.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService.Evaluated;
import dev.sreladder.evaluation.EvaluationService.Outcome;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.EvidenceTie;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.profile.ProfileStore;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Times;

/**
 * Gathers the people a report is about: the profiles in a folder, evaluated now, or the stored
 * profiles with their latest recorded evaluation (evaluated now, and not recorded, when there is
 * none for the latest version and target) and every decision of the committee.
 */
public final class ReportCohorts {

    private final EvaluationService evaluations;
    private final StoredProfiles profiles;
    private final AuditService audit;

    public ReportCohorts(EvaluationService evaluations, StoredProfiles profiles, AuditService audit) {
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.audit = audit;
    }

    /** The profiles in a folder (or one file), evaluated now; bad ones become the cohort's problems. */
    public Cohort fromPath(String path, String target, Progress progress) {
        ProfileRef ref = ProfileRef.ofPath(path);
        List<Path> files;
        if (ref instanceof ProfileRef.Folder folder) {
            files = folder.files();
        } else if (ref instanceof ProfileRef.File file) {
            files = List.of(file.path());
        } else {
            throw LadderException.badInput("no file or folder " + path
                    + " — give a folder of profiles, or no PATH to report on the stored profiles");
        }
        Transitions transitions = transitions();
        List<Candidate> candidates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                for (Outcome outcome : evaluations.evaluate(files.get(i).toString(), target, false)) {
                    if (outcome instanceof Evaluated evaluated) {
                        candidates.add(candidate(evaluated.evaluation(), evaluated.source(), "evaluated now",
                                List.of(), transitions));
                    }
                }
            } catch (LadderException e) {
                problems.add(e.getMessage());
            }
            progress.update(i + 1, files.size());
        }
        return new Cohort(path, Instant.now(), candidates, problems);
    }

    /** The latest version of every stored profile, with its latest recorded evaluation and decision. */
    public Cohort fromStorage(String targetName, Progress progress) {
        Level target = evaluations.withRules(rules -> rules.level(targetName, "--target"));
        List<ProfileLoader.Loaded> stored = profiles.allLatestLoaded(evaluations.ladder());
        if (stored.isEmpty()) {
            throw LadderException.badInput("no stored profiles to report on — 'import FOLDER' stores a cohort,"
                    + " or give a folder: report samples --format md");
        }
        Transitions transitions = transitions();
        List<Candidate> candidates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i) instanceof ProfileLoader.Read read) {
                ProfileStore.Stored one = read.stored().orElseThrow();
                try {
                    candidates.add(storedCandidate(one, target, transitions));
                } catch (LadderException e) {
                    problems.add(one.id() + ": " + e.getMessage());
                }
            } else {
                problems.add(((ProfileLoader.Unreadable) stored.get(i)).reason());
            }
            progress.update(i + 1, stored.size());
        }
        // Read after everything the packet shows, so each of its records is in the chain up to this head.
        return new Cohort("the stored profiles", Instant.now(), candidates, problems, Optional.of(audit.head()));
    }

    /** What each candidate's transition expects, under the rules in use. */
    private Transitions transitions() {
        return new Transitions(new ExpectedRatings(evaluations), evaluations.withRules(RuleSet::evidence));
    }

    private Candidate storedCandidate(ProfileStore.Stored stored, Level target, Transitions transitions) {
        Profile profile = stored.document().profile();
        List<Decision> decision = audit.decisions(stored.id()).stream().map(Decision::of).toList();
        Optional<AuditService.Shown> shown = audit.latest(stored.id());
        Optional<AuditTrail.Recorded> latest = shown.map(AuditService.Shown::recorded);
        String source = "stored profile version " + stored.version();
        if (latest.isPresent() && latest.get().profileVersion() == stored.version()
                && (target == null || target.name().equals(latest.get().target()))) {
            return candidate(shown.get().evaluation(), source, "evaluation " + latest.get().number() + ", recorded "
                    + Times.utc(latest.get().evaluatedAt()), decision, transitions);
        }
        Evaluation now = evaluations.withRules(rules -> evaluations.evaluate(rules, profile, target, false));
        String why = latest.isEmpty() ? "evaluated now (none recorded)"
                : "evaluated now (evaluation " + latest.get().number() + " was of "
                        + (latest.get().profileVersion() != stored.version()
                                ? "profile version " + latest.get().profileVersion()
                                : "target " + latest.get().target())
                        + ")";
        return candidate(now, source, why, decision, transitions);
    }

    private static Candidate candidate(Evaluation evaluation, String source, String provenance,
            List<Decision> decision, Transitions transitions) {
        Level level = evaluation.profile().level();
        return new Candidate(evaluation, source, provenance, decision, transitions.ratings().of(level,
                evaluation.target()), transitions.evidence());
    }

    /** What the rules in use say of a transition: the ratings it expects, the evidence behind each finding. */
    private record Transitions(ExpectedRatings ratings, EvidenceTie evidence) {
    }
}
