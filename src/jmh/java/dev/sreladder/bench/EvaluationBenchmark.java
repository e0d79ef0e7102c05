package dev.sreladder.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.shell.render.EvaluationJson;

/**
 * Warm throughput (issue 7), one thread = one core: the rules alone on a parsed profile, and the
 * rest of the per-profile work (YAML parsing and validation, and the JSON the command prints).
 * Target: rules ≥ 100,000 evaluations/s per core; reading + JSON not slower than the rules by
 * more than 3×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EvaluationBenchmark {

    private RuleSet rules;
    private Profile profile;
    private byte[] yaml;
    private Evaluation evaluation;
    private final Evaluator evaluator = new Evaluator();
    private final ProfileReader reader = new ProfileReader();

    @Setup
    public void setUp() throws Exception {
        rules = new RuleCompiler().compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        yaml = Files.readAllBytes(Path.of("samples/maya-chen.yaml"));
        profile = reader.read("maya-chen.yaml", yaml, "maya-chen", rules.ladder()).profile();
        evaluation = evaluator.evaluate(rules, profile, null);
    }

    @Benchmark
    public Evaluation rulesAlone() {
        return evaluator.evaluate(rules, profile, null);
    }

    @Benchmark
    public Profile readAndValidateYaml() {
        return reader.read("maya-chen.yaml", yaml, "maya-chen", rules.ladder()).profile();
    }

    @Benchmark
    public String writeJson() {
        return EvaluationJson.line(evaluation);
    }

    @Benchmark
    public String wholeProfile() {
        Profile read = reader.read("maya-chen.yaml", yaml, "maya-chen", rules.ladder()).profile();
        return EvaluationJson.line(evaluator.evaluate(rules, read, null)) + StandardCharsets.UTF_8.name();
    }
}
