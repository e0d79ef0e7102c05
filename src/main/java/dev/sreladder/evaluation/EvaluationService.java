package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.profile.ProfileStore;
import dev.sreladder.system.InOrder;
import dev.sreladder.system.LadderException;

/** Evaluates the profiles a REF names under the rules in use. */
public final class EvaluationService {

    /**
     * Where an evaluation gets its rules: the set in use now, lent for the whole of one piece of work
     * so that a reload never changes it midway. The rule-folder toolchain keeps it (compiling, trying
     * and swapping sets); evaluation only borrows.
     */
    public interface RulesInUse {

        /** Runs the work on the rules in use, which stay usable until it returns, whatever reloads. */
        <T> T withRules(Function<RuleSet, T> work);
    }

    private final ProfileLoader loader;
    private final RulesInUse rules;
    private final Evaluator evaluator = new Evaluator();

    public EvaluationService(ProfileLoader loader, RulesInUse rules) {
        this.loader = loader;
        this.rules = rules;
    }

    /** One result per profile: {@link Evaluated} or {@link Failed}. */
    public sealed interface Outcome permits Evaluated, Failed {
        /** Where the profile came from: its file, or the stored profile. */
        String source();
    }

    /** The evaluation and the rule set that gave it; {@code stored} when the profile came from storage. */
    public record Evaluated(String source, Optional<ProfileStore.Stored> stored, Evaluation evaluation,
            RuleSet rules) implements Outcome {
    }

    /** The one-line reason a profile could not be evaluated. */
    public record Failed(String source, String error) implements Outcome {
    }

    /**
     * Evaluates a profile file, or every profile in a folder (bad ones become failed outcomes;
     * the rest are still evaluated). A single bad file is thrown as a bad-input error.
     */
    public List<Outcome> evaluate(String ref, String target, boolean trace) {
        List<Outcome> outcomes = new ArrayList<>();
        evaluateEach(ref, target, trace, outcomes::add);
        return outcomes;
    }

    /**
     * As {@link #evaluate}, handing each outcome over as soon as it is made, in the folder's order
     * and on the calling thread, all under one rule set (even if the rules are reloaded meanwhile),
     * so a folder of any size streams through.
     */
    public void evaluateEach(String ref, String targetName, boolean trace, Consumer<Outcome> each) {
        evaluateEach(ProfileRef.ofPath(ref), targetName, trace, each);
    }

    /** As {@link #evaluateEach(String, String, boolean, Consumer)}, for a REF already resolved. */
    public void evaluateEach(ProfileRef ref, String targetName, boolean trace, Consumer<Outcome> each) {
        rules.withRules(ruleSet -> {
            evaluateEach(ruleSet, ref, targetName, trace, each);
            return null;
        });
    }

    /**
     * As {@link #evaluateEach(ProfileRef, String, boolean, Consumer)}, under the given rule set instead
     * of the rules in use (a promotion cycle's pinned rules), the profiles read against its ladder.
     */
    public void evaluateEach(RuleSet ruleSet, ProfileRef ref, String targetName, boolean trace,
            Consumer<Outcome> each) {
        Level target = ruleSet.level(targetName, "--target");
        if (ref instanceof ProfileRef.Folder folder) {
            // Reading and evaluating one profile is independent of the others: use every core.
            InOrder.map(folder.files(),
                    file -> outcome(ruleSet, loader.loadFile(file, ruleSet.ladder()), target, trace, false),
                    each);
        } else {
            loader.forEach(ref, ruleSet.ladder(), loaded -> each.accept(outcome(ruleSet, loaded, target, trace,
                    true)));
        }
    }

    private Outcome outcome(RuleSet ruleSet, ProfileLoader.Loaded loaded, Level target, boolean trace,
            boolean single) {
        if (!(loaded instanceof ProfileLoader.Read read)) {
            return new Failed(loaded.source(), ((ProfileLoader.Unreadable) loaded).reason());
        }
        try {
            return new Evaluated(read.source(), read.stored(),
                    evaluate(ruleSet, read.document().profile(), target, trace), ruleSet);
        } catch (LadderException e) {
            if (single) {
                throw e;
            }
            return new Failed(loaded.source(), e.getMessage());
        }
    }

    /** An evaluation with its rule trace, described with the rule set it ran on. */
    public record Explained(Evaluation evaluation, List<Trace.Step> trace) {
    }

    /** Evaluates one profile with the trace of every rule that fired. */
    public Explained explain(String ref, String target) {
        return rules.withRules(ruleSet -> {
            Profile profile = loader.loadOne(ref, "explain", ruleSet.ladder()).profile();
            return explain(ruleSet, profile, ruleSet.level(target, "--target"));
        });
    }

    /** Evaluates a profile already read (from standard input) with the trace of every rule that fired. */
    public Explained explain(RuleSet ruleSet, Profile profile, Level target) {
        Evaluation evaluation = evaluate(ruleSet, profile, target, true);
        return new Explained(evaluation, Trace.of(evaluation, ruleSet));
    }

    /** Evaluates one profile under the given rule set. */
    public Evaluation evaluate(RuleSet ruleSet, Profile profile, Level target, boolean trace) {
        return evaluator.evaluate(ruleSet, profile, target, trace);
    }

    /** The ladder of the rules in use. */
    public Ladder ladder() {
        return rules.withRules(RuleSet::ladder);
    }

    /** Runs the work on the rules in use, which stay usable until it returns, whatever reloads. */
    public <T> T withRules(Function<RuleSet, T> work) {
        return rules.withRules(work);
    }
}
