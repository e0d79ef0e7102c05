package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.testing.FormsRules;

/** An evaluation with "any of" and "at least N of" in its findings' requires, stored and read back as it was. */
class AlternativesDocumentTest {

    @TempDir
    Path rulesDir;

    @Test
    void shouldReadBackEveryAlternativeOfTheRequiresItStored() {
        try (RuleSet rules = FormsRules.compile(rulesDir)) {
            Evaluation given = new Evaluator().evaluate(rules, FormsRules.ready(Map.of("resilienceTesting", 1.0,
                    "gameDays", 0.0, "mentees", 0.0, "incidentsCommanded", 0.0, "writing", 1.0,
                    "incidentsAsPrimary", 12.0)), null);

            Evaluation read = EvaluationDocument.read(2, EvaluationDocument.write(2, given), given.profile(),
                    given.verdictRule());

            assertThat(given.findings()).extracting(Finding::code)
                    .contains("only-firefighting", "resilience-practice", "incident-learning");
            assertThat(read.findings()).extracting(Finding::code, Finding::requires)
                    .containsExactlyElementsOf(given.findings().stream()
                            .map(finding -> tuple(finding.code(), finding.requires()))
                            .toList());
            assertThat(read.findings()).extracting(Finding::message)
                    .containsExactlyElementsOf(given.findings().stream().map(Finding::message).toList());
        }
    }
}
