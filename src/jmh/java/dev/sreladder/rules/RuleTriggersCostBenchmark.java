package dev.sreladder.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.Trigger;
import dev.sreladder.ladder.Ladder;

/**
 * What reading every rule's trigger ({@link RuleTriggers}) adds to a compile of the product's
 * rules, warm and cold: the cold one (a fresh JVM, first call) is what a one-shot command pays.
 */
@State(Scope.Benchmark)
@Threads(1)
public class RuleTriggersCostBenchmark {

    private List<ParsedRule> rules;
    private Ladder ladder;

    @Setup
    public void setUp() {
        List<RuleFile> files = RuleSources.fromDirectory(Path.of("rules"));
        rules = files.stream().filter(file -> !file.isLadder()).map(DrlFile::parse)
                .flatMap(file -> file.rules().stream()).toList();
        ladder = RuleFile.ladderIn(files);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Trigger> everyRuleWarm() {
        return readAll();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public List<Trigger> everyRuleCold() {
        return readAll();
    }

    private List<Trigger> readAll() {
        List<Trigger> triggers = new ArrayList<>();
        for (ParsedRule rule : rules) {
            triggers.add(RuleTriggers.of(rule.when(), ladder));
        }
        return triggers;
    }
}
