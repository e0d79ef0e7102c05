package dev.sreladder.evaluation;

import java.nio.file.Path;
import java.util.List;
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
import dev.sreladder.rules.DrlFile;
import dev.sreladder.rules.Problem;
import dev.sreladder.rules.RuleCheck;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * What issue 22's safeguards cost (in this package, to reach the paths without them): compiling
 * the product's rules with and without the rule check (RuleCheck), and one warm evaluation with
 * and without the time limit's watchdog (RuleBounds). Compare each pair from one run.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RuleCostBenchmark {

    private List<RuleFile> files;
    private List<DrlFile> parsed;
    private RuleSet rules;
    private Profile profile;
    private final Evaluator evaluator = new Evaluator();
    private final RuleCompiler compiler = new RuleCompiler();

    @Setup
    public void setUp() {
        files = RuleSources.fromDirectory(Path.of("rules"));
        rules = compiler.compile(files, "rules");
        parsed = files.stream().filter(file -> !file.isLadder()).map(DrlFile::parse).toList();
        profile = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), rules.ladder()).profile();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleSet compileWithTheCheck() {
        RuleSet compiled = compiler.compile(files, "rules");
        compiled.close();
        return compiled;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleSet compileWithoutTheCheck() {
        RuleSet compiled = compiler.compileWithoutTheCheck(files, "rules");
        compiled.close();
        return compiled;
    }

    /** The check alone, on files Drools' parser has read already (the lint needs them anyway). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Problem> checkAlone() {
        return RuleCheck.check(parsed, FactModel.CURRENT);
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
