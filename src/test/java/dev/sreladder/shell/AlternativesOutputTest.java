package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.planning.Assignment;
import dev.sreladder.planning.Planner;
import dev.sreladder.planning.WhatIf;
import dev.sreladder.profile.Profile;
import dev.sreladder.shell.render.EvaluationJson;
import dev.sreladder.shell.render.EvaluationText;
import dev.sreladder.shell.render.PlanText;
import dev.sreladder.shell.render.PlanningJson;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.render.WhatIfText;
import dev.sreladder.testing.FormsRules;

/** What evaluate, plan and what-if print for expectations and a trap written with alternatives. */
class AlternativesOutputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TextStyle PLAIN = new TextStyle(false);

    @TempDir
    static Path rulesDir;

    private static RuleSet rules;

    @BeforeAll
    static void compile() {
        rules = FormsRules.compile(rulesDir);
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    private static Evaluation evaluate(Map<String, Double> changes) {
        return new Evaluator().evaluate(rules, FormsRules.ready(changes), null);
    }

    private static JsonNode finding(JsonNode evaluation, String code) {
        for (JsonNode finding : evaluation.get("findings")) {
            if (finding.get("code").asString().equals(code)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + code + " in " + evaluation);
    }

    @Test
    void shouldWriteRequiresOfAnAtLeastOfAsAnAnyOfWhatIsStillUnmet() {
        JsonNode json = JSON.readTree(EvaluationJson.pretty(evaluate(Map.of("gameDays", 0.0, "mentees", 3.0))));

        assertThat(finding(json, "resilience-practice").get("requires")).isEqualTo(JSON.readTree("""
                [{"anyOf": [{"key": "gameDays", "op": ">=", "value": 1},
                            {"key": "designDocs", "op": ">=", "value": 2}]}]"""));
    }

    @Test
    void shouldWriteRequiresOfAnAtLeastOfBesideAPlainCondition() {
        JsonNode json = JSON.readTree(EvaluationJson.pretty(evaluate(Map.of("resilienceTesting", 1.0,
                "gameDays", 0.0, "mentees", 0.0))));

        assertThat(finding(json, "resilience-practice").get("requires")).isEqualTo(JSON.readTree("""
                [{"key": "resilienceTesting", "op": ">=", "value": 3},
                 {"atLeast": 2, "of": [{"key": "gameDays", "op": ">=", "value": 1},
                                       {"key": "mentees", "op": ">=", "value": 1},
                                       {"key": "designDocs", "op": ">=", "value": 2}]}]"""));
    }

    @Test
    void shouldWriteANestedGroupInsideAnAnyOf() {
        JsonNode json = JSON.readTree(EvaluationJson.pretty(evaluate(Map.of("incidentsCommanded", 0.0,
                "writing", 1.0))));

        assertThat(finding(json, "incident-learning").get("requires")).isEqualTo(JSON.readTree("""
                [{"anyOf": [{"atLeast": 2, "of": [{"key": "incidentsCommanded", "op": ">=", "value": 2},
                                                  {"key": "writing", "op": ">=", "value": 3}]},
                            {"key": "postmortemsLed", "op": ">=", "value": 2}]}]"""));
        assertThat(finding(json, "incident-learning").get("message").asString())
                .isEqualTo("needs any of: at least 2 of (incidentsCommanded ≥ 2 (is 0), writing ≥ 3 (is 1)), "
                        + "postmortemsLed ≥ 2 (is 0)");
    }

    @Test
    void shouldWriteNoRequiresForAMetExpectation() {
        JsonNode json = JSON.readTree(EvaluationJson.pretty(evaluate(Map.of())));

        assertThat(finding(json, "resilience-practice").get("kind").asString()).isEqualTo("MET");
        assertThat(finding(json, "resilience-practice").get("requires")).isEmpty();
    }

    @Test
    void shouldCountOneRuleFileInEnglish() {
        Evaluation evaluated = evaluate(Map.of());
        Evaluation ofOneFile = new Evaluation(evaluated.profile(), evaluated.target(), evaluated.verdict(),
                evaluated.verdictRule(), evaluated.score(), evaluated.findings(), evaluated.fingerprint(), 1,
                evaluated.trace());

        assertThat(EvaluationText.of(ofOneFile, PLAIN)).endsWith(" (1 file)");
    }

    @Test
    void shouldSayInTheTextWhatClearsAGapWithAlternatives() {
        String text = EvaluationText.of(evaluate(Map.of("resilienceTesting", 1.0, "gameDays", 0.0)), PLAIN);

        assertThat(text).contains("  △ resilience-practice [SENIOR] resilienceTesting is 1, needs ≥ 3; "
                + "needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 1), designDocs ≥ 2 (is 0)\n")
                .contains("      clears when: resilienceTesting ≥ 3 and any of (gameDays ≥ 1, designDocs ≥ 2)\n");
    }

    @Test
    void shouldSayInTheTextWhatClearsATrapWhoseWayOutIsAnyOf() {
        String text = EvaluationText.of(evaluate(Map.of("incidentsAsPrimary", 12.0, "gameDays", 0.0,
                "designDocs", 0.0)), PLAIN);

        assertThat(text).contains("  ✗ only-firefighting [MID] 12 incidents as primary, 0 game days, 0 design docs\n"
                + "      advice: Turn what the incidents teach you into a design doc or a game day.\n"
                + "      clears when: any of (designDocs ≥ 1, gameDays ≥ 1)\n");
    }

    @Test
    void shouldShowThePlanThatMeetsOneAlternativeForBothTheTrapAndTheGap() {
        Profile profile = FormsRules.ready(Map.of("incidentsAsPrimary", 12.0, "gameDays", 0.0));
        var plan = new Planner(new Evaluator()).plan(rules, profile, null);

        assertThat(PlanText.of(plan, PLAIN)).contains("Now NOT_YET 66% → READY 100% with 1 change")
                .contains("  ✗ TRAP only-firefighting [MID]\n      1. do: 1 more: game days or fault-injection "
                        + "exercises designed and run (gameDays 0 → 1)   (also for GAP resilience-practice "
                        + "[SENIOR])\n");
        assertThat(JSON.readTree(PlanningJson.pretty(PlanningJson.of(plan))).get("changes"))
                .isEqualTo(JSON.readTree("[{\"key\": \"gameDays\", \"from\": 0, \"to\": 1}]"));
    }

    @Test
    void shouldShowTheFindingWhoseAlternativesChangedInAWhatIf() {
        Profile profile = FormsRules.ready(Map.of("gameDays", 0.0, "mentees", 0.0));
        var result = new WhatIf(new Evaluator()).run(rules, profile, null,
                Assignment.parseAll("mentees=2", Ladder.article()));

        assertThat(WhatIfText.of(result, PLAIN)).contains("Verdict: ALMOST → ALMOST")
                .contains("STILL OPEN (1)\n  △ GAP resilience-practice [SENIOR] needs 2 of: gameDays ≥ 1 (is 0), "
                        + "mentees ≥ 1 (is 2), designDocs ≥ 2 (is 0)\n      was: needs 2 of: gameDays ≥ 1 (is 0), "
                        + "mentees ≥ 1 (is 0), designDocs ≥ 2 (is 0)");
        assertThat(JSON.readTree(PlanningJson.pretty(PlanningJson.of(result))).get("after").get("findings"))
                .filteredOn(finding -> finding.get("code").asString().equals("resilience-practice"))
                .singleElement().satisfies(finding -> assertThat(finding.get("requires")).isEqualTo(JSON.readTree(
                        "[{\"anyOf\": [{\"key\": \"gameDays\", \"op\": \">=\", \"value\": 1},"
                                + " {\"key\": \"designDocs\", \"op\": \">=\", \"value\": 2}]}]")));
    }
}
