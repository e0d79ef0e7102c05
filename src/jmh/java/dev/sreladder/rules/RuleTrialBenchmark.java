package dev.sreladder.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.sreladder.evaluation.RuleSet;

/**
 * What the rule trial (RuleTrial, issue 25) costs every start of the jar that needs rules: the
 * generated profiles only (a user's start, no samples beside the rules) on the default rules and on
 * the platform example ladder. {@code warm} is the trial on a rule set already tried once (its
 * declarations known, the JIT warm); {@code fresh} the trial on a newly compiled set, as at start,
 * once per iteration. Short on purpose: {@code -Djmh.args="RuleTrial"} runs in about 2 minutes.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
public class RuleTrialBenchmark {

    @Param({"rules", "samples/ladders/platform/rules"})
    public String folder;

    /**
     * {@code reaching}: the trial as it is (issue 25); {@code emptyAndFull}: the profiles it tried
     * before, an empty and a full one per level and target, for the added cost in the same run.
     */
    @Param({"reaching", "emptyAndFull"})
    public String profiles;

    private final RuleCompiler compiler = new RuleCompiler();
    private final RuleTrial trial = RuleTrial.generatedOnly();
    private RuleSet warmRules;
    private RuleSet freshRules;

    @Setup(Level.Trial)
    public void compileOnce() {
        warmRules = trial.tried(compile());
    }

    @Setup(Level.Iteration)
    public void compileFresh() {
        freshRules = compile();
    }

    @TearDown(Level.Iteration)
    public void closeFresh() {
        freshRules.close();
    }

    @TearDown(Level.Trial)
    public void closeOnce() {
        warmRules.close();
    }

    private RuleSet compile() {
        return compiler.compile(RuleSources.fromDirectory(Path.of(folder)), folder);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 5, time = 1)
    public List<Problem> warm() {
        return tryOn(warmRules);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 8)
    public List<Problem> fresh() {
        return tryOn(freshRules);
    }

    private List<Problem> tryOn(RuleSet rules) {
        return profiles.equals("reaching") ? trial.run(rules).problems()
                : trial.problems(rules, TrialProfiles.generated(rules.ladder()));
    }
}
