package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.sreladder.audit.AuditTrail;
import dev.sreladder.audit.Replayed;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService.Explained;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Trace;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.shell.render.ReplayText;
import dev.sreladder.shell.render.RuleListText;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.render.TraceText;
import dev.sreladder.system.ExitCode;

/** A count of one reads "1 file", "1 rule", "1 profile", "1 finding": never "1 files" or "1 rule(s)". */
class EnglishCountsTest extends CommandTest {

    private static final TextStyle PLAIN = new TextStyle(false);

    @Autowired
    CurrentRules rules;

    @TempDir
    Path folder;

    @Test
    void shouldValidateARuleSetOfOneFileAsOneFile() throws IOException {
        Path oneFile = oneFileRules();

        CommandRun run = run("rules", "validate", oneFile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Valid: the rules in " + oneFile + " (1 file, ");
    }

    @Test
    void shouldReportCoverageOfOneProfileAsOneProfile() throws IOException {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Files.copy(Path.of("samples/maya-chen.yaml"), profiles.resolve("maya-chen.yaml"));

        CommandRun run = run("rules", "coverage", "--profiles", profiles.toString());

        assertThat(run.out()).startsWith("Rules fired for the 1 profile in " + profiles + ":");
    }

    @Test
    void shouldReportTheImpactOnOneProfileAsOneProfile() {
        CommandRun run = run("rules", "impact", "rules", "--profiles", "samples/maya-chen.yaml");

        assertThat(run.out()).contains("), on 1 profile in samples/maya-chen.yaml:");
    }

    @Test
    void shouldListOneRuleAsOneRule() {
        assertThat(RuleListText.of(rules.get().rules().subList(0, 1))).endsWith("\n1 rule");
    }

    @Test
    void shouldTraceOneFiredRuleAsOneRule() {
        RuleSet ruleSet = rules.get();
        Evaluation evaluation = maya(ruleSet);
        List<Trace.Step> oneStep = Trace.of(evaluation, ruleSet).subList(0, 1);

        assertThat(TraceText.of(new Explained(evaluation, oneStep), PLAIN)).contains("(1 rule fired, in firing order)");
    }

    @Test
    void shouldReplayOneFindingAsOneFinding() {
        Evaluation evaluation = maya(rules.get());
        Evaluation oneFinding = new Evaluation(evaluation.profile(), evaluation.target(), evaluation.verdict(),
                evaluation.verdictRule(), evaluation.score(), evaluation.findings().subList(0, 1),
                evaluation.fingerprint(), evaluation.ruleFiles(), evaluation.trace());
        AuditTrail.Recorded recorded = new AuditTrail.Recorded(1, "maya-chen", 1, 1, "SENIOR", "NOT_YET", "rule", 40,
                "{}", 2, evaluation.fingerprint(), Instant.EPOCH, "alice", null);

        String text = ReplayText.of(new Replayed(recorded, oneFinding, oneFinding, List.of()), PLAIN);

        assertThat(text).endsWith(", the same 1 finding");
    }

    private static Evaluation maya(RuleSet ruleSet) {
        return new Evaluator().evaluate(ruleSet, new ProfileReader().read(Path.of("samples/maya-chen.yaml"),
                ruleSet.ladder()).profile(), null, true);
    }

    /** The rules of the rules folder in one DRL file beside its ladder.yaml: one package, the imports first. */
    private Path oneFileRules() throws IOException {
        Path oneFile = Files.createDirectories(folder.resolve("one-file-rules"));
        Files.copy(Path.of("rules/ladder.yaml"), oneFile.resolve("ladder.yaml"));
        TreeSet<String> imports = new TreeSet<>();
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(file -> file.toString().endsWith(".drl")).sorted().toList()) {
                for (String line : Files.readAllLines(drl)) {
                    if (line.startsWith("import ")) {
                        imports.add(line);
                    } else if (!line.startsWith("package ")) {
                        bodies.add(line);
                    }
                }
            }
        }
        Files.writeString(oneFile.resolve("all.drl"), "package rules;\n" + String.join("\n", imports) + "\n"
                + String.join("\n", bodies) + "\n");
        return oneFile;
    }
}
