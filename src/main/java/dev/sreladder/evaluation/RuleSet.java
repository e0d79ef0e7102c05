package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.LadderException;

/**
 * A compiled, immutable set of rules with the files it came from, their fingerprint, and a
 * description of every rule. Evaluations lease the rule set they start with (the rules in use,
 * {@link EvaluationService.RulesInUse}), so a reload never changes one midway; a rule set that has
 * been replaced is disposed of when its last lease is returned.
 */
public final class RuleSet implements AutoCloseable {

    private static final Comparator<Expectation> BY_LEVEL_AND_CODE = Comparator.comparing(Expectation::level)
            .thenComparing(Expectation::code).thenComparing(Expectation::rule);

    private final List<RuleFile> files;
    /** Counted once: every evaluation reports it. */
    private final int ruleFileCount;
    private final String fingerprint;
    private final String origin;
    private final FactModel factModel;
    private final Ladder ladder;
    private final KieContainer container;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    /** The names of the rules that declare expectations. */
    private final Set<String> declaring;
    /** What the expectation rules declared, by range of levels checked (from × levels + to). */
    private final AtomicReferenceArray<Declarations> declared;
    /** Sessions to reuse: a session reset for the next profile keeps the node memories it built. */
    private volatile KieSessionsPool sessions;
    /**
     * A session serves one evaluation on one thread, from insert to dispose, so it needs no
     * locking of its own: a thread-unsafe session evaluates about 9 % faster (issue 7).
     */
    private final KieSessionConfiguration oneThreadAtATime = oneThreadAtATime();
    /** Leases held now; -1 once the container is disposed, after which no lease is given. */
    private final AtomicInteger leases = new AtomicInteger();
    private volatile boolean retired;
    /** The ladder's part of the evidence tie (what backs each rating), for the facts of every evaluation. */
    private final EvidenceTie backing;
    /** The whole tie, with what each rule reads: worked out on first use, since that fires the declarations. */
    private volatile EvidenceTie evidence;
    /** Which of fact model 4's review facts the rules can see: the others are not inserted. */
    private final FactSight backingSight;
    private final FactSight selfRatingSight;

    public RuleSet(List<RuleFile> files, String fingerprint, String origin, FactModel factModel, Ladder ladder,
            KieContainer container, List<RuleInfo> rules) {
        this.files = List.copyOf(files);
        this.ruleFileCount = (int) this.files.stream().filter(file -> !file.isLadder()).count();
        this.fingerprint = fingerprint;
        this.origin = origin;
        this.factModel = factModel;
        this.ladder = ladder;
        this.declared = new AtomicReferenceArray<>(ladder.levels().size() * ladder.levels().size());
        this.container = container;
        this.kieBase = container.getKieBase();
        this.rules = List.copyOf(rules);
        this.declaring = rules.stream().filter(rule -> rule.kind() == RuleKind.EXPECTATION).map(RuleInfo::name)
                .collect(Collectors.toUnmodifiableSet());
        this.backing = EvidenceTie.ofLadder(ladder);
        this.backingSight = FactSight.of(kieBase, Backing.class);
        this.selfRatingSight = FactSight.of(kieBase, SelfRating.class);
    }

    /** The rule files and the ladder file, as stored and fingerprinted. */
    public List<RuleFile> files() {
        return files;
    }

    /** How many DRL files the set has (the ladder file is not one): what evaluations report. */
    public int ruleFileCount() {
        return ruleFileCount;
    }

    /** The ladder the rules are written for: the set's ladder file, else the article's. */
    public Ladder ladder() {
        return ladder;
    }

    /** "sha256:…" over the file names and contents. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where the files were read from: a folder, or the defaults packaged in the jar. */
    public String origin() {
        return origin;
    }

    /** What the files are written for: stored with them, so a replay compiles them the same way. */
    public FactModel factModel() {
        return factModel;
    }

    /** Every rule, by file and line. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** A level of the set's ladder by name, for an option such as {@code --target}; null for none. */
    public Level level(String name, String option) {
        return name == null || name.isBlank() ? null : ladder.requireLevel(name, option);
    }

    /** The rule of that name, if this set has one. */
    public java.util.Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** The profile's evidence tied to findings and ratings under these rules: the one tie every view uses. */
    public EvidenceTie evidence() {
        EvidenceTie tie = evidence;
        if (tie == null) {
            tie = EvidenceTie.of(this);
            evidence = tie;
        }
        return tie;
    }

    /** The tie of the set's ladder alone: enough for what backs a rating. */
    EvidenceTie backing() {
        return backing;
    }

    /**
     * The profile keys a rule reads, in the ladder's order: those its patterns name
     * ({@link RuleInfo#reads()}) and, for an expectation rule, those its declared conditions name
     * at any level (they are written in its consequence, which the patterns do not show).
     */
    public List<String> reads(String rule) {
        Set<String> keys = new HashSet<>(rule(rule).map(RuleInfo::reads).orElse(List.of()));
        if (declaresExpectations(rule)) {
            declarations(ladder.lowest(), ladder.top()).expectations().stream()
                    .filter(expectation -> expectation.rule().equals(rule))
                    .forEach(expectation -> expectation.requirements().forEach(condition -> keys.addAll(
                            condition.keys())));
        }
        return ladder.keys().stream().map(ProfileKey::name).filter(keys::contains).toList();
    }

    /**
     * What the levels {@code from} up to {@code to} expect, as the expectation rules declare them:
     * the whole of each expectation, where a finding's {@code requires} holds only what is unmet.
     */
    public List<Expectation> expectations(Level from, Level to) {
        return declarations(from, to).expectations();
    }

    /** Whether a rule of this set can see {@code fact} (a Backing or a SelfRating) at all. */
    boolean sees(Object fact, KieSession session) {
        FactSight sight = fact instanceof Backing ? backingSight : fact instanceof SelfRating ? selfRatingSight : null;
        return sight == null || sight.sees(fact, session);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Whether the rule of that name declares expectations. */
    boolean declaresExpectations(String rule) {
        return declaring.contains(rule);
    }

    /**
     * The expectations of the levels {@code from} up to {@code to}, declared by firing the
     * expectation rules the first time a range is asked for.
     */
    public Declarations declarations(Level from, Level to) {
        int range = from.rank() * ladder.levels().size() + to.rank();
        Declarations known = declared.get(range);
        if (known == null) {
            synchronized (declared) {
                known = declared.get(range);
                if (known == null) {
                    known = declare(from, to);
                    declared.set(range, known);
                }
            }
        }
        return known;
    }

    /** Fires the expectation rules on the levels {@code from} up to {@code to}. */
    private Declarations declare(Level from, Level to) {
        RuleBounds.FiringRule firing = new RuleBounds.FiringRule();
        return RuleBounds.run(origin, "the levels " + from + "–" + to, firing::name,
                () -> declare(from, to, firing));
    }

    private Declarations declare(Level from, Level to, RuleBounds.FiringRule firing) {
        KieSession session = newSession();
        session.addEventListener(firing);
        List<FiredRule> fired = new ArrayList<>();
        FiredRule.Recorder trace = new FiredRule.Recorder(fired);
        try {
            session.addEventListener(trace);
            for (Level level : ladder.levels()) {
                if (!level.isBelow(from) && !level.isAbove(to)) {
                    session.insert(factModel.checking(level));
                }
            }
            // Only expectation rules: a verdict rule on "no findings yet" would fire here too.
            int firings = session.fireAllRules(match -> declaresExpectations(match.getRule().getName()),
                    RuleBounds.MAX_FIRINGS);
            if (firings >= RuleBounds.MAX_FIRINGS) {
                throw LadderException.badInput("the expectation rules fired " + RuleBounds.MAX_FIRINGS
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

    /** A session on these rules, from the pool: {@code dispose()} resets it and gives it back. */
    KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = kieBase.newKieSessionsPool(1);
                }
                pool = sessions;
            }
        }
        return pool.newKieSession(oneThreadAtATime);
    }

    private static KieSessionConfiguration oneThreadAtATime() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return configuration;
    }

    /** Whether the container has been disposed of: no evaluation can run on it any more. */
    public boolean isDisposed() {
        return leases.get() < 0;
    }

    /** A lease on this rule set, or empty when it has already been disposed of. */
    public java.util.Optional<Lease> tryLease() {
        while (true) {
            int held = leases.get();
            if (held < 0) {
                return java.util.Optional.empty();
            }
            if (leases.compareAndSet(held, held + 1)) {
                return java.util.Optional.of(new Lease(this));
            }
        }
    }

    /** No new evaluation will start on this set: dispose of it now, or when the last lease is returned. */
    public void retire() {
        retired = true;
        disposeIfUnused();
    }

    private void release() {
        if (leases.decrementAndGet() == 0 && retired) {
            disposeIfUnused();
        }
    }

    private void disposeIfUnused() {
        if (leases.compareAndSet(0, -1)) {
            synchronized (this) {
                if (sessions != null) {
                    sessions.shutdown();
                }
            }
            container.dispose();
        }
    }

    /** Retires the set: for rule sets compiled only to validate or compare. */
    @Override
    public void close() {
        retire();
    }

    /**
     * The expectations a rule set declares for a range of levels, and the rule firings that declared
     * them. Expectation rules match only {@link Checking} facts (RuleLint refuses anything else), so
     * what they declare is the same for every engineer checked over the same levels: a rule set
     * declares each range once ({@link #declarations}) instead of once per profile.
     */
    public record Declarations(List<Expectation> expectations, List<FiredRule> fired) {

        public Declarations {
            expectations = List.copyOf(expectations);
            fired = List.copyOf(fired);
        }
    }

    /** The right to evaluate on a rule set until closed; closing twice returns it once. */
    public static final class Lease implements AutoCloseable {
        private final RuleSet rules;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Lease(RuleSet rules) {
            this.rules = rules;
        }

        public RuleSet rules() {
            return rules;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                rules.release();
            }
        }
    }
}
