package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kie.api.runtime.KieSession;

import dev.sreladder.ladder.Level;
import dev.sreladder.system.LadderException;

/**
 * The expectations a rule set declares for a range of levels, and the rule firings that declared
 * them. Expectation rules match only {@link Checking} facts (RuleLint refuses anything else), so
 * what they declare is the same for every engineer checked over the same levels: a rule set
 * declares each range once ({@link RuleSet#declarations}) instead of once per profile.
 */
record Declarations(List<Expectation> expectations, List<FiredRule> fired) {

    private static final Comparator<Expectation> BY_LEVEL_AND_CODE = Comparator.comparing(Expectation::level)
            .thenComparing(Expectation::code).thenComparing(Expectation::rule);

    Declarations {
        expectations = List.copyOf(expectations);
        fired = List.copyOf(fired);
    }

    /** Fires the expectation rules of {@code rules} on the levels {@code from} up to {@code to}. */
    static Declarations declare(RuleSet rules, Level from, Level to) {
        FiringRule firing = new FiringRule();
        return RuleBounds.run(rules.origin(), "the levels " + from + "–" + to, firing::name,
                () -> declare(rules, from, to, firing));
    }

    private static Declarations declare(RuleSet rules, Level from, Level to, FiringRule firing) {
        KieSession session = rules.newSession();
        session.addEventListener(firing);
        List<FiredRule> fired = new ArrayList<>();
        TraceListener trace = new TraceListener(fired);
        try {
            session.addEventListener(trace);
            for (Level level : rules.ladder().levels()) {
                if (!level.isBelow(from) && !level.isAbove(to)) {
                    session.insert(rules.factModel().checking(level));
                }
            }
            // Only expectation rules: a verdict rule on "no findings yet" would fire here too.
            int firings = session.fireAllRules(match -> rules.declaresExpectations(match.getRule().getName()),
                    Evaluator.MAX_FIRINGS);
            if (firings >= Evaluator.MAX_FIRINGS) {
                throw LadderException.badInput("the expectation rules fired " + Evaluator.MAX_FIRINGS
                        + " times for " + from + "–" + to + " without finishing; a rule probably re-triggers itself"
                        + " (check rules that insert Checking facts)");
            }
            List<Expectation> expectations = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Expectation expectation) {
                    expectations.add(expectation);
                }
            }
            expectations.sort(BY_LEVEL_AND_CODE);
            return new Declarations(expectations, fired);
        } catch (Error e) {
            // Stopped (RuleBounds) or exhausted half-way: this session never goes back to the pool.
            session.removeEventListener(trace);
            session.removeEventListener(firing);
            session.destroy();
            session = null;
            throw e;
        } finally {
            if (session != null) {
                session.removeEventListener(trace);
                session.removeEventListener(firing);
                session.dispose();
            }
        }
    }
}
