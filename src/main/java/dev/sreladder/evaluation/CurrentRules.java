package dev.sreladder.evaluation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The rule set in use. The first compile starts at once on a background thread, so it overlaps
 * with the rest of start-up; callers wait for it only when they need rules.
 */
public final class CurrentRules {

    private final CompletableFuture<RuleSet> initial;
    private volatile RuleSet current;

    public CurrentRules(Supplier<List<RuleFile>> sources, String origin, RuleCompiler compiler) {
        this.initial = CompletableFuture.supplyAsync(() -> compiler.compile(sources.get(), origin),
                runnable -> {
                    Thread thread = new Thread(runnable, "rule-compiler");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** The rules to evaluate with; throws the compile error when the rules do not compile. */
    public RuleSet get() {
        RuleSet rules = current;
        if (rules != null) {
            return rules;
        }
        try {
            rules = initial.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        current = rules;
        return rules;
    }
}
