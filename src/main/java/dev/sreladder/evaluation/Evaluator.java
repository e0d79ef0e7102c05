package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.LadderException;

/**
 * Runs a rule set over one profile: inserts the profile and the levels to check, fires the
 * rules, and collects the findings and the verdict they inserted. Holds no state.
 */
public final class Evaluator {

    /** A rule set that fires more often than this for one profile is looping. */
    static final int MAX_FIRINGS = 10_000;

    private static final Comparator<Finding> READING_ORDER = Comparator
            .comparing(Finding::kind)
            .thenComparing(Finding::level)
            .thenComparing(Finding::code);

    public Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget) {
        return evaluate(rules, profile, requestedTarget, false);
    }

    /** As {@link #evaluate(RuleSet, Profile, Level)}, recording every rule that fired when {@code trace}. */
    public Evaluation evaluate(RuleSet rules, Profile profile, Level requestedTarget, boolean trace) {
        Level target = targetOf(profile, requestedTarget);
        KieSession session = rules.kieBase().newKieSession();
        List<FiredRule> fired = new ArrayList<>();
        try {
            if (trace) {
                session.addEventListener(new TraceListener(fired));
            }
            session.insert(profile);
            for (Level level : Level.values()) {
                if (!level.isBelow(profile.level()) && !level.isAbove(target)) {
                    session.insert(new Checking(level));
                }
            }
            if (target.isAbove(profile.level())) {
                session.insert(new Promotion(profile.level(), target));
            }
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw LadderException.badInput("the rules fired " + MAX_FIRINGS + " times for " + profile.id()
                        + " without finishing; a rule probably re-triggers itself (check rules that insert or modify facts)");
            }
            List<Finding> findings = facts(session, Finding.class).stream().sorted(READING_ORDER).toList();
            VerdictReached verdict = single(facts(session, VerdictReached.class), rules);
            return new Evaluation(profile, target, verdict.verdict(), verdict.rule(), score(findings), findings,
                    rules.fingerprint(), rules.files().size(), fired);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw LadderException.badInput("rule \"" + e.getRule().getName() + "\" failed for " + profile.id() + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } finally {
            session.dispose();
        }
    }

    /** The target asked for, else the profile's own, else the next level; never below the current one. */
    public static Level targetOf(Profile profile, Level requestedTarget) {
        Level target = requestedTarget != null ? requestedTarget
                : profile.targetIfGiven().orElse(profile.level().next());
        if (target.isBelow(profile.level())) {
            throw LadderException.badInput("target " + target + " is below " + profile.id() + "'s current level "
                    + profile.level() + "; give " + profile.level() + " or a level above it");
        }
        return target;
    }

    /** Expectations met ÷ expectations checked, as a whole percentage rounded down. */
    static int score(List<Finding> findings) {
        long met = findings.stream().filter(finding -> finding.kind() == FindingKind.MET).count();
        long checked = findings.stream().filter(finding -> finding.kind() == FindingKind.MET
                || finding.kind() == FindingKind.GAP || finding.kind() == FindingKind.BLOCKER).count();
        return checked == 0 ? 100 : (int) (met * 100 / checked);
    }

    private static <T> List<T> facts(KieSession session, Class<T> type) {
        Collection<?> objects = session.getObjects(type::isInstance);
        return objects.stream().map(type::cast).toList();
    }

    private static VerdictReached single(List<VerdictReached> verdicts, RuleSet rules) {
        if (verdicts.size() != 1) {
            throw LadderException.badInput("the rules in " + rules.origin() + " reached " + verdicts.size()
                    + " verdicts " + verdicts.stream().map(VerdictReached::rule).toList()
                    + "; exactly one verdict rule must fire (see rules/verdict.drl)");
        }
        return verdicts.get(0);
    }

    /** Records each fired rule with the facts it matched, in firing order. */
    private static final class TraceListener extends DefaultAgendaEventListener {
        private final List<FiredRule> fired;

        TraceListener(List<FiredRule> fired) {
            this.fired = fired;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            var rule = event.getMatch().getRule();
            fired.add(new FiredRule(fired.size() + 1, rule.getName(), RuleMetadata.optional(rule, "code"),
                    event.getMatch().getObjects()));
        }
    }
}
