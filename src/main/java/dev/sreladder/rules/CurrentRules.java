package dev.sreladder.rules;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.EvaluationService.RulesInUse;
import dev.sreladder.system.LadderException;

/**
 * The rule set in use. The first compile starts at once on a background thread, so it overlaps
 * with the rest of start-up; callers wait for it only when they need rules. {@link #reload()}
 * compiles the folder again and swaps the new set in at once; evaluations that leased the old
 * set finish on it, and it is disposed of when the last of them returns its lease. Every set
 * compiled here is tried ({@link RuleTrial}) before it serves: one that fails its trial is
 * refused like one that does not compile.
 */
public final class CurrentRules implements RulesInUse {

    private final Supplier<List<RuleFile>> sources;
    private final Supplier<String> origin;
    private final RuleCompiler compiler;
    private final RuleTrial trial;
    private CompletableFuture<RuleSet> initial;
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final Object reloading = new Object();

    /** Rules tried on the generated profiles only (no samples). */
    public CurrentRules(Supplier<List<RuleFile>> sources, String origin, RuleCompiler compiler) {
        this(sources, () -> origin, compiler, RuleTrial.generatedOnly());
    }

    /** Rules tried on the generated profiles only (no samples). */
    public CurrentRules(Supplier<List<RuleFile>> sources, Supplier<String> origin, RuleCompiler compiler) {
        this(sources, origin, compiler, RuleTrial.generatedOnly());
    }

    public CurrentRules(Supplier<List<RuleFile>> sources, Supplier<String> origin, RuleCompiler compiler,
            RuleTrial trial) {
        this.sources = sources;
        this.origin = origin;
        this.compiler = compiler;
        this.trial = trial;
    }

    /**
     * Starts the first compile on a background thread, if it has not started yet; {@link #get()}
     * starts it otherwise, so commands that never need rules never pay for a compile.
     */
    public synchronized CurrentRules startCompiling() {
        if (initial == null) {
            // The trial evaluates every level and target, so the first real evaluation finds its classes loaded.
            initial = CompletableFuture.supplyAsync(this::compiled,
                    runnable -> {
                        Thread thread = new Thread(runnable, "rule-compiler");
                        thread.setDaemon(true);
                        thread.start();
                    });
        }
        return this;
    }

    /** The rules compiled from where they come from, and tried. */
    private RuleSet compiled() {
        return trial.tried(compiler.compile(sources.get(), origin.get()));
    }

    /** How the rules compiled here are tried: {@code rules validate} without a folder tries them so too. */
    public RuleTrial trial() {
        return trial;
    }

    /**
     * The rules in use now; throws the compile error when the rules do not compile. Safe on the
     * shell's own thread, where no reload can run meanwhile; elsewhere use {@link #acquire()}.
     */
    public RuleSet get() {
        RuleSet rules = current.get();
        if (rules != null) {
            return rules;
        }
        try {
            rules = startCompiling().initial.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        current.compareAndSet(null, rules);
        return current.get();
    }

    /** A lease on the rules in use now: they stay usable until the lease is closed, whatever reloads. */
    public RuleSet.Lease acquire() {
        while (true) {
            RuleSet rules = get();
            // Empty only when a reload retired this set and its last lease closed just now: read again.
            var lease = rules.tryLease();
            if (lease.isPresent()) {
                return lease.get();
            }
        }
    }

    /** Runs the work on one rule set, leased for its whole duration. */
    @Override
    public <T> T withRules(Function<RuleSet, T> work) {
        try (RuleSet.Lease lease = acquire()) {
            return work.apply(lease.rules());
        }
    }

    /** The rule files in use, read again from where the rules come from (for validation). */
    public List<RuleFile> sources() {
        return sources.get();
    }

    /** Where the rules are read from. */
    public String origin() {
        return origin.get();
    }

    /** The outcome of a successful reload; {@code before} is null when the rules had not compiled. */
    public record Reloaded(RuleSet before, RuleSet after) {
    }

    /**
     * Compiles the rules again, tries them, and swaps them in. A set that does not compile or fails
     * its trial throws, and the rules in use keep serving unchanged. Reloads run one at a time.
     */
    public Reloaded reload() {
        synchronized (reloading) {
            RuleSet before = currentIfCompiled();
            RuleSet after = compiled();
            current.set(after);
            if (before != null) {
                before.retire();
            }
            return new Reloaded(before, after);
        }
    }

    private RuleSet currentIfCompiled() {
        try {
            return get();
        } catch (LadderException e) {
            return null;
        }
    }
}
