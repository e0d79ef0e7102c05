package dev.sreladder.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * Two rounds of rules for the cycle tests: the default rules of last cycle, and this cycle's tuned
 * copy of them, where maintainers lowered the senior writing bar (Maya's clear-writing gap clears)
 * and raised the senior staying-current bar (a gap she did not have).
 */
final class CycleRules {

    static final String LOWER_WRITING_FROM = "atLeast(\"writing\", 3)";
    static final String RAISE_STAYING_CURRENT_FROM = "atLeast(\"stayingCurrent\", 3)";

    private CycleRules() {
    }

    static Profile maya() {
        return new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();
    }

    static Evaluation evaluate(RuleSet rules, Profile profile) {
        return new Evaluator().evaluate(rules, profile, null);
    }

    /** A copy of rules/ in {@code folder} with the senior writing bar at 2 and staying-current at 4, compiled. */
    static RuleSet tuned(Path folder) {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
            Path senior = folder.resolve("senior.drl");
            String rules = Files.readString(senior);
            assertThat(rules).contains(LOWER_WRITING_FROM, RAISE_STAYING_CURRENT_FROM);
            Files.writeString(senior, rules.replace(LOWER_WRITING_FROM, "atLeast(\"writing\", 2)")
                    .replace(RAISE_STAYING_CURRENT_FROM, "atLeast(\"stayingCurrent\", 4)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleCompiler().compile(RuleSources.fromDirectory(folder), folder.toString());
    }
}
