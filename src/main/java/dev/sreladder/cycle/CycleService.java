package dev.sreladder.cycle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.audit.Cycle;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.maintenance.Impact;
import dev.sreladder.maintenance.RuleImpact;
import dev.sreladder.maintenance.RuleWorkbench;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.rules.RuleTrial;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * A committee's rounds: opening a cycle pinned to a rule set, adding candidates, judging them all
 * under the pinned rules, pinning again with what that would change, closing, and where a cycle
 * stands. A rules folder given here is compiled and tried as {@code rules validate} does before
 * anything is pinned: a folder that does not compile or fails its trial pins nothing.
 */
public final class CycleService {

    private final AuditService audit;
    private final AuditTrail trail;
    private final EvaluationService evaluations;
    private final StoredProfiles profiles;
    private final RuleCompiler compiler;

    public CycleService(AuditService audit, AuditTrail trail, EvaluationService evaluations, StoredProfiles profiles,
            RuleCompiler compiler) {
        this.audit = audit;
        this.trail = trail;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.compiler = compiler;
    }

    private CycleLedger ledger() {
        return audit.cycles();
    }

    /** Opens a cycle pinned to the rules in {@code dir}, or to the rules in use when it is null. */
    public Cycle open(String name, Path dir, String reason) {
        // Checked again in the write; checked here too, so a taken name costs no compile.
        ledger().requireNewName(name);
        return dir == null ? evaluations.withRules(rules -> ledger().open(name, rules, reason))
                : withTriedRules(dir, rules -> ledger().open(name, rules, reason));
    }

    /**
     * Makes stored profiles candidates of an open cycle. A profile stored under another ladder than the
     * pinned rules' could never be judged by them: refused, adding none.
     */
    public CycleLedger.Added add(String name, List<String> profileIds) {
        Cycle cycle = requireOpen(name, "no profile was added");
        String ladder = trail.ladder(cycle.pin().fingerprint()).id();
        for (String id : profileIds) {
            profiles.latestVersion(id).filter(version -> !version.ladder().equals(ladder)).ifPresent(version -> {
                throw LadderException.badInput(id + " is stored under the ladder '" + version.ladder() + "', and cycle "
                        + name + " is judged by rules for the ladder '" + ladder + "'; no profile was added");
            });
        }
        return ledger().add(name, profileIds);
    }

    /** A re-pin, and what it would change for the candidates already evaluated in the cycle. */
    public record Pinned(Cycle cycle, Impact impact) {
    }

    /** Pins an open cycle to the rules in {@code dir}, once they compile and pass their trial. */
    public Pinned pin(String name, Path dir, String reason) {
        Cycle before = requireOpen(name, "nothing was pinned");
        return withTriedRules(dir, rules -> {
            requireSameLadder(before, rules);
            Impact impact = audit.withPinnedRules(before, current -> impact(before, current, rules));
            return new Pinned(ledger().pin(name, rules, reason), impact);
        });
    }

    public Cycle close(String name, boolean force, String reason) {
        return ledger().close(name, force, reason);
    }

    /** The closed cycles, in the order they were closed. */
    public List<Cycle> closed() {
        return ledger().all().stream().filter(cycle -> !cycle.open())
                .sorted(Comparator.comparing((Cycle cycle) -> cycle.closed().orElseThrow().at())).toList();
    }

    /** One cycle: its acts, the ladder of its pinned rules, and where each candidate stands. */
    public CycleView show(String name) {
        return view(ledger().require(name));
    }

    /** Every cycle as {@link #show} tells it, in the order they were opened. */
    public List<CycleView> views() {
        return ledger().all().stream().map(this::view).toList();
    }

    private CycleView view(Cycle cycle) {
        return new CycleView(cycle, trail.ladder(cycle.pin().fingerprint()).id(), ledger().standings(cycle));
    }

    /**
     * Evaluates and records every candidate of an open cycle (an erased one has nothing left to
     * evaluate) under its pinned rules, in the order they were added, handing each over as it comes;
     * one that cannot be evaluated is handed over as failed, with why.
     */
    public void evaluateAll(String name, String target, Consumer<AuditService.Given> each) {
        Cycle cycle = requireOpen(name, "nothing was evaluated");
        for (CycleLedger.Standing standing : ledger().standings(cycle)) {
            if (!standing.erased()) {
                String id = standing.profileId();
                try {
                    audit.evaluateInCycle(cycle, new ProfileRef.StoredId(id, Path.of(id)), target, each);
                } catch (LadderException e) {
                    if (e.exitCode() != ExitCode.BAD_INPUT || changedMeanwhile(cycle)) {
                        // Closed or pinned again by another member: every candidate left would be refused too.
                        throw e;
                    }
                    // One candidate that cannot be evaluated (erased meanwhile, say) stops none of the others.
                    each.accept(new AuditService.Given(new EvaluationService.Failed(id, e.getMessage()),
                            OptionalInt.empty()));
                }
            }
        }
    }

    private boolean changedMeanwhile(Cycle cycle) {
        Cycle now = ledger().require(cycle.name());
        return !now.open() || !now.pin().fingerprint().equals(cycle.pin().fingerprint());
    }

    /** The open cycle of that name; bad input naming it when it is closed, or the closest when unknown. */
    public Cycle requireOpen(String name, String consequence) {
        return ledger().requireOpen(name, consequence);
    }

    private <T> T withTriedRules(Path dir, Function<RuleSet, T> work) {
        try (RuleSet rules = RuleTrial.forRulesIn(dir).tried(compiler.compile(RuleSources.fromDirectory(dir),
                dir.toString()))) {
            return work.apply(rules);
        }
    }

    /**
     * For each candidate evaluated in the cycle: its latest recorded evaluation against its latest
     * version under {@code next}, as {@code rules impact} compares them (verdict, score, findings).
     */
    private Impact impact(Cycle cycle, RuleSet current, RuleSet next) {
        List<Impact.ProfileImpact> changed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int compared = 0;
        for (CycleLedger.Standing standing : ledger().standings(cycle)) {
            if (standing.evaluation().isEmpty()) {
                continue;
            }
            AuditTrail.Recorded recorded = standing.evaluation().get();
            Evaluation before = audit.shown(recorded.profileId(), recorded.number()).evaluation();
            Evaluation after;
            try {
                StoredProfiles.Version version = profiles.version(recorded.profileId(), recorded.profileVersion())
                        .orElseThrow(() -> StoredProfiles.notStored(recorded.profileId()));
                after = evaluations.evaluate(next, profiles.toStored(version, next.ladder()).document().profile(),
                        next.level(recorded.target(), "--target"), false);
            } catch (LadderException e) {
                errors.add(recorded.profileId() + ": " + e.getMessage());
                continue;
            }
            compared++;
            RuleImpact.compare("evaluation " + recorded.number() + " in cycle " + cycle.name(), before, after)
                    .ifPresent(changed::add);
        }
        return new Impact(RuleWorkbench.Summary.of(current), RuleWorkbench.Summary.of(next), compared, changed,
                errors);
    }

    /** Rules for another ladder than the candidates' could judge none of them. */
    private void requireSameLadder(Cycle cycle, RuleSet rules) {
        for (CycleLedger.Standing standing : ledger().standings(cycle)) {
            profiles.latestVersion(standing.profileId()).filter(version -> !version.ladder()
                    .equals(rules.ladder().id())).ifPresent(version -> {
                        throw LadderException.badInput("the rules in " + rules.origin() + " are for the ladder '"
                                + rules.ladder().id() + "', and " + standing.profileId() + ", a candidate of cycle "
                                + cycle.name() + ", is stored under '" + version.ladder() + "'; nothing was pinned");
                    });
        }
    }

    /** Every decision in the cycle with the evaluation it was taken on, for the tally of overrides. */
    public List<Overrides.Overridden> overridden(Cycle cycle) {
        return ledger().decisionsIn(cycle.name()).stream().map(decision -> new Overrides.Overridden(cycle.name(),
                decision.decision(), decision.reason(),
                audit.shown(decision.profileId(), decision.evaluationNumber()).evaluation())).toList();
    }

    /**
     * Over the closed cycles (the last {@code lastCycles} closed, when given), the rules whose findings
     * committees overrode most: what a maintainer should look at first.
     */
    public List<RuleOverride> overrides(Integer lastCycles) {
        List<Cycle> closed = closed();
        List<Cycle> counted = lastCycles == null ? closed
                : closed.subList(Math.max(0, closed.size() - lastCycles), closed.size());
        List<Overrides.Overridden> decisions = new ArrayList<>();
        counted.forEach(cycle -> decisions.addAll(overridden(cycle)));
        return Overrides.tally(decisions);
    }
}
