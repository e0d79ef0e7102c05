package dev.sreladder.evaluation;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * What the time limit's watchdog (RuleBounds, issue 22) costs one warm evaluation (in this
 * package, to reach the path without it). Compare the pair from one run.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RuleBoundsCostBenchmark {

    private RuleSet rules;
    private Profile profile;
    private final Evaluator evaluator = new Evaluator();

    @Setup
    public void setUp() {
        rules = new RuleCompiler().compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        profile = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), rules.ladder()).profile();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Evaluation evaluateWithTheWatchdog() {
        return evaluator.evaluate(rules, profile, null);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Evaluation evaluateWithoutTheWatchdog() {
        return evaluator.evaluate(rules, profile, null, false, null, new RuleBounds.FiringRule());
    }
}
