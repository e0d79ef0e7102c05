package dev.sreladder.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Level;
import dev.sreladder.storage.AuditTrail;
import dev.sreladder.storage.StoredProfiles;
import dev.sreladder.system.LadderException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-runs a recorded evaluation: the stored profile version under the stored rule files, and
 * compares the result with what was recorded. It reproduces exactly, or it says what differs.
 */
@Component
class Replay {

    private final StoredProfiles profiles;
    private final AuditTrail auditTrail;
    private final RuleCompiler compiler;

    Replay(StoredProfiles profiles, AuditTrail auditTrail, RuleCompiler compiler) {
        this.profiles = profiles;
        this.auditTrail = auditTrail;
        this.compiler = compiler;
    }

    /** The replay report, and whether it reproduced the record exactly. */
    record Result(String report, boolean identical) {
    }

    Result run(String id, int number, OutputFormat format, TextStyle style) {
        AuditTrail.Recorded recorded = auditTrail.evaluation(id, number).orElseThrow(() -> LadderException.badInput(
                "no evaluation " + number + " of " + id + " — 'history " + id + "' lists the recorded ones"));
        StoredProfiles.Version version = profiles.version(id, recorded.profileVersion())
                .orElseThrow(() -> LadderException.internal("profile version missing for evaluation " + number, null));
        Evaluation again;
        try (RuleSet rules = compiler.compile(auditTrail.ruleFiles(recorded.fingerprint()),
                "the rules recorded with evaluation " + number + " of " + id)) {
            if (!rules.fingerprint().equals(recorded.fingerprint())) {
                throw LadderException.internal("the stored rule files of " + recorded.fingerprint()
                        + " no longer match their fingerprint", null);
            }
            again = new Evaluator().evaluate(rules, profiles.toStored(version).document().profile(),
                    Level.valueOf(recorded.target()));
        }
        JsonNode before = EvaluationJson.MAPPER.readTree(recorded.document());
        // Compared as parsed text on both sides, so 3 read back equals the 3 written.
        JsonNode after = EvaluationJson.MAPPER.readTree(EvaluationJson.line(EvaluationJson.of(again)));
        List<String> differences = differences(before, after);
        String report;
        if (format == OutputFormat.JSON) {
            ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
            node.set("recorded", before);
            node.set("replayed", after);
            node.put("identical", differences.isEmpty());
            report = EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } else {
            StringBuilder text = new StringBuilder("replayed evaluation " + number + " of " + id + " (profile version "
                    + recorded.profileVersion() + ", rules " + recorded.fingerprint() + ", given "
                    + recorded.evaluatedAt() + ")\n");
            if (differences.isEmpty()) {
                text.append(style.green("identical: ")).append(recorded.verdict()).append(", score ")
                        .append(recorded.score()).append(", the same ").append(before.get("findings").size())
                        .append(" findings");
            } else {
                text.append(style.red("differs from the record:"));
                differences.forEach(difference -> text.append("\n  ").append(difference));
            }
            report = text.toString();
        }
        return new Result(report, differences.isEmpty());
    }

    private static List<String> differences(JsonNode before, JsonNode after) {
        List<String> differences = new ArrayList<>();
        for (String field : List.of("verdict", "score", "target")) {
            if (!before.get(field).equals(after.get(field))) {
                differences.add(field + ": " + before.get(field) + " → " + after.get(field));
            }
        }
        Set<String> was = findings(before);
        Set<String> now = findings(after);
        was.stream().filter(finding -> !now.contains(finding)).forEach(finding -> differences.add("- " + finding));
        now.stream().filter(finding -> !was.contains(finding)).forEach(finding -> differences.add("+ " + finding));
        if (differences.isEmpty() && !before.equals(after)) {
            differences.add("the findings' messages or advice differ");
        }
        return differences;
    }

    private static Set<String> findings(JsonNode evaluation) {
        Set<String> findings = new LinkedHashSet<>();
        evaluation.get("findings").forEach(finding -> findings.add(finding.get("kind").asString() + " "
                + finding.get("level").asString() + " " + finding.get("code").asString()));
        return findings;
    }
}
