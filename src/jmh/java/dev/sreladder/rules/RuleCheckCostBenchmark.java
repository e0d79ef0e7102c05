package dev.sreladder.rules;

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

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;

/**
 * What the rule check (RuleCheck, issue 22) costs a compile (in this package, to reach the path
 * without it): compiling the product's rules with and without it, and the check alone. Compare
 * each pair from one run.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RuleCheckCostBenchmark {

    private List<RuleFile> files;
    private List<DrlFile> parsed;
    private final RuleCompiler compiler = new RuleCompiler();

    @Setup
    public void setUp() {
        files = RuleSources.fromDirectory(Path.of("rules"));
        parsed = files.stream().filter(file -> !file.isLadder()).map(DrlFile::parse).toList();
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
}
