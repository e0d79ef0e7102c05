package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.LadderException;

/**
 * Runs a rule set over one profile: assesses the expectations the rule set declares for the
 * levels checked, inserts the profile and those findings, fires the rules (traps, notes, the
 * verdict), and collects the findings and the verdict. Holds no state.
 */
public final class Evaluator {

    private static final ObjectFilter FINDINGS = new ClassObjectFilter(Finding.class);
    private static final ObjectFilter VERDICTS = new ClassObjectFilter(VerdictReached.class);

    public Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget) {
        return evaluate(rules, profile, requestedTarget, false);
    }

    /** As {@link #evaluate(RuleSet, Profile, Level)}, recording every rule that fired when {@code trace}. */
    public Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget, boolean trace) {
        return evaluate(rules, profile, requestedTarget, trace, null);
    }

    /**
     * As {@link #evaluate(RuleSet, Profile, Level)}, with {@code watcher} (when not null) listening to
     * the session as well: the rule trial (rules/{@code RuleTrial}) counts each rule's firings with it.
     */
    public Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget, AgendaEventListener watcher) {
        return evaluate(rules, profile, requestedTarget, false, watcher);
    }

    private Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget, boolean trace,
            AgendaEventListener watcher) {
        RuleBounds.FiringRule firing = new RuleBounds.FiringRule();
        return RuleBounds.run(rules.origin(), profile.id(), firing::name,
                () -> evaluate(rules, profile, requestedTarget, trace, watcher, firing));
    }

    /** One evaluation without the time limit around it: the benchmark of what the bound costs calls it. */
    Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget, boolean trace,
            AgendaEventListener watcher, RuleBounds.FiringRule firing) {
        if (!profile.ladder().equals(rules.ladder())) {
            throw LadderException.badInput(profile.id() + " is a profile of the ladder '" + profile.ladder().id()
                    + "', and the rules in " + rules.origin() + " are for '" + rules.ladder().id()
                    + "': read it against the ladder of the rules that evaluate it");
        }
        Level target = targetOf(profile, requestedTarget);
        KieSession session = null;
        List<FiredRule> fired = new ArrayList<>();
        FiredRule.Recorder listener = null;
        boolean broken = false;
        try {
            RuleSet.Declarations declarations = rules.declarations(profile.level(), target);
            if (trace) {
                fired.addAll(declarations.fired());
                listener = new FiredRule.Recorder(fired);
            }
            session = rules.newSession();
            session.addEventListener(firing);
            if (listener != null) {
                session.addEventListener(listener);
            }
            if (watcher != null) {
                session.addEventListener(watcher);
            }
            FactModel model = rules.factModel();
            session.insert(model.profile(profile));
            if (target.isAbove(profile.level())) {
                session.insert(model.promotion(profile.level(), target));
            }
            Assessment assessment = model.assessment();
            Waiving waiving = Waiving.of(profile, declarations.expectations(), rules);
            for (Expectation expectation : declarations.expectations()) {
                session.insert(waiving.assess(assessment, expectation, profile));
            }
            model.insertReview(session, profile, rules);
            int firings = session.fireAllRules(RuleBounds.MAX_FIRINGS);
            if (firings >= RuleBounds.MAX_FIRINGS) {
                throw LadderException.badInput("the rules fired " + RuleBounds.MAX_FIRINGS + " times for "
                        + profile.id() + " without finishing; a rule probably re-triggers itself"
                        + " (check rules that insert or modify facts)");
            }
            // By class: the session keeps a store for each, so neither walks the profile's other facts.
            List<Finding> findings = new ArrayList<>();
            session.getObjects(FINDINGS).forEach(fact -> findings.add((Finding) fact));
            List<VerdictReached> verdicts = new ArrayList<>(1);
            session.getObjects(VERDICTS).forEach(fact -> verdicts.add((VerdictReached) fact));
            findings.sort(Finding.ORDER);
            VerdictReached verdict = single(verdicts, rules);
            return new Evaluation(profile, target, verdict.verdict(), verdict.rule(), score(findings), findings,
                    rules.fingerprint(), rules.ruleFileCount(), fired);
        } catch (Error e) {
            // A stop (RuleBounds), a stack overflow or out-of-memory may leave the session half-way.
            broken = true;
            throw e;
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw LadderException.badInput("rule \"" + e.getRule().getName() + "\" failed for " + profile.id() + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } finally {
            if (session != null) {
                // The session goes back to the pool (whose reset drops listeners too): keep none of ours.
                session.removeEventListener(firing);
                if (listener != null) {
                    session.removeEventListener(listener);
                }
                if (watcher != null) {
                    session.removeEventListener(watcher);
                }
                if (broken) {
                    // Never back to the pool: the next profile would meet what was left half-way.
                    session.destroy();
                } else {
                    session.dispose();
                }
            }
        }
    }

    /** The target asked for, else the profile's own, else the next level; never below the current one. */
    public static Level targetOf(Profile profile, Level requestedTarget) {
        Level target = requestedTarget != null ? requestedTarget
                : profile.targetIfGiven().orElse(profile.ladder().next(profile.level()));
        if (target.isBelow(profile.level())) {
            throw LadderException.badInput("target " + target + " is below " + profile.id() + "'s current level "
                    + profile.level() + "; give " + profile.level() + " or a level above it");
        }
        return target;
    }

    /** Expectations met ÷ expectations checked, as a whole percentage rounded down. */
    static int score(List<Finding> findings) {
        long met = 0;
        long checked = 0;
        for (Finding finding : findings) {
            FindingKind kind = finding.kind();
            met += kind == FindingKind.MET ? 1 : 0;
            checked += kind.assessesAnExpectation() ? 1 : 0;
        }
        return checked == 0 ? 100 : (int) (met * 100 / checked);
    }

    /**
     * The one verdict; otherwise the rules that reached one, each at its own file and line (the
     * verdict rules may live in any file of any folder), or, when none did, where the verdict rules are.
     */
    private static VerdictReached single(List<VerdictReached> verdicts, RuleSet rules) {
        if (verdicts.size() != 1) {
            List<String> named = verdicts.isEmpty()
                    ? rules.rules().stream().filter(rule -> rule.kind() == RuleKind.VERDICT).map(RuleInfo::name)
                            .toList()
                    : inRuleOrder(verdicts.stream().map(VerdictReached::rule).toList(), rules);
            throw LadderException.badInput("the rules in " + rules.origin() + " reached " + verdicts.size()
                    + " verdicts" + (verdicts.isEmpty() ? "" : ", by " + located(named, rules))
                    + "; exactly one verdict rule must fire for any profile"
                    + (verdicts.isEmpty() ? (named.isEmpty() ? " and none reaches one"
                            : ": cover it with one of " + located(named, rules))
                            : ": make their conditions exclude each other"));
        }
        return verdicts.get(0);
    }

    /**
     * The names in the order the rules are declared, whatever order they fired in: two rules of one
     * salience fire in an order Drools does not promise, and the message must not change run to run.
     */
    private static List<String> inRuleOrder(List<String> names, RuleSet rules) {
        List<String> declared = rules.rules().stream().map(RuleInfo::name).toList();
        return names.stream().sorted(Comparator.comparingInt(declared::indexOf)).toList();
    }

    /** "\"Rule A\" (rules/verdict.drl:23) and \"Rule B\" (rules/verdict.drl:33)". */
    private static String located(List<String> names, RuleSet rules) {
        List<String> located = names.stream().map(name -> "\"" + name + "\"" + rules.rule(name)
                .map(rule -> " (" + rule.location() + ")").orElse("")).toList();
        return located.size() <= 1 ? String.join("", located)
                : String.join(", ", located.subList(0, located.size() - 1)) + " and " + located.get(located.size() - 1);
    }
}
