package dev.sreladder.evaluation;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable set of rules with the files it came from, their fingerprint, and a
 * description of every rule. Evaluations lease the rule set they start with
 * ({@link CurrentRules#acquire()}), so a reload never changes one midway; a rule set that has been
 * replaced is disposed of when its last lease is returned.
 */
public final class RuleSet implements AutoCloseable {

    private final List<RuleFile> files;
    private final String fingerprint;
    private final String origin;
    private final KieContainer container;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    /** Sessions to reuse: a session reset for the next profile keeps the node memories it built. */
    private volatile KieSessionsPool sessions;
    /** Leases held now; -1 once the container is disposed, after which no lease is given. */
    private final AtomicInteger leases = new AtomicInteger();
    private volatile boolean retired;

    RuleSet(List<RuleFile> files, String fingerprint, String origin, KieContainer container, List<RuleInfo> rules) {
        this.files = List.copyOf(files);
        this.fingerprint = fingerprint;
        this.origin = origin;
        this.container = container;
        this.kieBase = container.getKieBase();
        this.rules = List.copyOf(rules);
    }

    public List<RuleFile> files() {
        return files;
    }

    /** "sha256:…" over the file names and contents. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where the files were read from: a folder, or the defaults packaged in the jar. */
    public String origin() {
        return origin;
    }

    /** Every rule, by file and line. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The rule of that name, if this set has one. */
    public java.util.Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    KieBase kieBase() {
        return kieBase;
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
        return pool.newKieSession();
    }

    /** Whether the container has been disposed of: no evaluation can run on it any more. */
    public boolean isDisposed() {
        return leases.get() < 0;
    }

    /** A lease on this rule set, or empty when it has already been disposed of. */
    java.util.Optional<Lease> tryLease() {
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
    void retire() {
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
