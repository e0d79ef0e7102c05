package dev.sreladder.shell;

import dev.sreladder.audit.EvaluationDocument;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.profile.Numbers;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's JSON shape of an evaluation ({@code evaluate --format json}), built field by field
 * so the order is exact. What the audit trail stores is its own document (audit.EvaluationDocument).
 */
public final class EvaluationJson {

    static final JsonMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new JsonEscapes()).build()).build();

    private EvaluationJson() {
    }

    static ObjectNode of(Evaluation evaluation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("profile", evaluation.profile().id());
        node.put("name", evaluation.profile().name());
        node.put("level", evaluation.profile().level().name());
        node.put("target", evaluation.target().name());
        node.put("verdict", evaluation.verdict().name());
        node.put("score", evaluation.score());
        ArrayNode findings = node.putArray("findings");
        evaluation.findings().forEach(finding -> findings.add(of(finding)));
        ObjectNode ruleset = node.putObject("ruleset");
        ruleset.put("fingerprint", evaluation.fingerprint());
        ruleset.put("files", evaluation.ruleFiles());
        return node;
    }

    static ObjectNode of(Finding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", finding.code());
        node.put("kind", finding.kind().name());
        node.put("level", finding.level().name());
        node.put("rule", finding.rule());
        node.put("message", finding.message());
        node.put("advice", finding.advice());
        node.put("section", finding.section());
        ArrayNode requires = node.putArray("requires");
        finding.requires().forEach(requirement -> EvaluationDocument.putCondition(requires.addObject(), requirement));
        return node;
    }

    /** A profile value as JSON: 3 for a whole number, not 3.0; 0.6 as it is. */
    static void putNumber(ObjectNode node, String name, Number value) {
        Number number = Numbers.number(value.doubleValue());
        if (number instanceof Long whole) {
            node.put(name, whole);
        } else {
            node.put(name, number.doubleValue());
        }
    }

    /** The evaluation as {@code evaluate --format json} prints it for a folder: one line. */
    public static String line(Evaluation evaluation) {
        return line(of(evaluation));
    }

    /** The evaluation as {@code evaluate --format json} prints it for one profile. */
    static String pretty(Evaluation evaluation) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(evaluation));
    }

    /** One line of JSON: a document for a single result, a JSON Lines record for a folder. */
    static String line(ObjectNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
