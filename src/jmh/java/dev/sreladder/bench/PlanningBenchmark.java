package dev.sreladder.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import dev.sreladder.planning.Plan;
import dev.sreladder.planning.PlanningService;
import dev.sreladder.planning.WhatIfResult;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * A what-if or a plan as a running shell answers it (issue 16: under 100 ms): through the service
 * the commands call, so the profile file is read and checked each time, on rules compiled once and
 * warmed. Maya Chen's plan closes six gaps; Sam Taylor's, two blockers and seven gaps (the longest
 * plan of the samples).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class PlanningBenchmark {

    @Param({"maya-chen", "sam-taylor-junior-new-hire"})
    public String sample;

    private PlanningService planning;
    private String ref;

    @Setup
    public void setUp() {
        CurrentRules rules = new CurrentRules(() -> RuleSources.fromDirectory(Path.of("rules")), "rules",
                new RuleCompiler());
        rules.get();
        planning = new PlanningService(new ProfileLoader(new ProfileReader()), rules);
        ref = "samples/" + sample + ".yaml";
    }

    @Benchmark
    public Plan plan() {
        return planning.plan(ref, null);
    }

    @Benchmark
    public WhatIfResult whatIf() {
        return planning.whatIf(ref, "gameDays=2,mentoring=3", null);
    }
}
