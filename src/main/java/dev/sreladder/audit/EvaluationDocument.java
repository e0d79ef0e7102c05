package dev.sreladder.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.AtLeastOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Numbers;
import dev.sreladder.system.LadderException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation as the audit trail stores it, with a schema version of its own (kept in the
 * evaluation's {@code document_schema} column), apart from what any command prints.
 *
 * <p>Schema 1, what every build wrote before the schema had a number, is one line of JSON:
 * {@code {"profile","name","level","target","verdict","score","findings":[{"code","kind","level",
 * "rule","message","advice","section","requires":[{"key","op","value"}]}],"ruleset":{"fingerprint",
 * "files"}}}, fields in that order, whole numbers without a fraction. It never changes: a new shape is
 * a new schema, and old rows keep reading and comparing in the schema they were written in.
 *
 * <p>Schema 2 is schema 1 in which a condition of {@code requires} may also be an alternative,
 * {@code {"anyOf":[<condition>…]}} or {@code {"atLeast":N,"of":[<condition>…]}}, nested as deep as
 * the rule wrote it. In both, levels are named as the ladder of the rule set names them (stored
 * with the rule files; the article's when there is none). An evaluation is recorded in the lowest
 * schema that holds it ({@link #schemaFor}): an evaluation whose findings need no alternative is
 * written exactly as every earlier build wrote it.
 */
public final class EvaluationDocument {

    /** The newest schema this build writes and reads. */
    public static final int CURRENT = 2;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EvaluationDocument() {
    }

    /** The evaluation as a document of the given schema. */
    public static String write(int schema, Evaluation evaluation) {
        known(schema);
        if (schema < schemaFor(evaluation)) {
            throw LadderException.internal("an evaluation of " + evaluation.profile().id() + " requires an"
                    + " alternative (any of, at least N of), which document schema " + schema + " cannot hold", null);
        }
        return MAPPER.writeValueAsString(schema1(evaluation));
    }

    /** The lowest schema that holds the evaluation: 2 when a finding requires an alternative, else 1. */
    public static int schemaFor(Evaluation evaluation) {
        boolean alternatives = evaluation.findings().stream().flatMap(finding -> finding.requires().stream())
                .anyMatch(condition -> !(condition instanceof Requirement));
        return alternatives ? 2 : 1;
    }

    /**
     * An evaluation read back from its document, for showing it again. The profile is the stored
     * version it was given for; the trace is not recorded.
     */
    public static Evaluation read(int schema, String document, Profile profile, String verdictRule) {
        known(schema);
        JsonNode node = MAPPER.readTree(document);
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : node.get("findings")) {
            List<Condition> requires = new ArrayList<>();
            for (JsonNode requirement : finding.get("requires")) {
                requires.add(condition(requirement));
            }
            findings.add(new Finding(finding.get("code").asString(),
                    FindingKind.valueOf(finding.get("kind").asString()), level(profile, finding.get("level")),
                    finding.get("rule").asString(), finding.get("message").asString(),
                    finding.get("advice").asString(), finding.get("section").asString(), requires));
        }
        return new Evaluation(profile, level(profile, node.get("target")),
                Verdict.valueOf(node.get("verdict").asString()), verdictRule, node.get("score").asInt(), findings,
                node.get("ruleset").get("fingerprint").asString(), node.get("ruleset").get("files").asInt(),
                List.of());
    }

    private static Level level(Profile profile, JsonNode name) {
        return profile.ladder().level(name.asString()).orElseThrow(() -> LadderException.internal(
                "an evaluation of " + profile.id() + " names the level '" + name.asString() + "', which its ladder '"
                        + profile.ladder().id() + "' does not have", null));
    }

    /** A condition as the document holds it: {key, op, value}, {anyOf: […]} or {atLeast: N, of: […]}. */
    static Condition condition(JsonNode node) {
        if (node.has("anyOf")) {
            List<Condition> alternatives = new ArrayList<>();
            node.get("anyOf").forEach(alternative -> alternatives.add(condition(alternative)));
            return new AnyOf(alternatives);
        }
        if (node.has("atLeast")) {
            List<Condition> alternatives = new ArrayList<>();
            node.get("of").forEach(alternative -> alternatives.add(condition(alternative)));
            return new AtLeastOf(node.get("atLeast").asInt(), alternatives);
        }
        return new Requirement(node.get("key").asString(), node.get("op").asString(), node.get("value").numberValue());
    }

    /** A condition in the JSON shape of the product contract; a plain one exactly as before alternatives. */
    public static void putCondition(ObjectNode node, Condition condition) {
        if (condition instanceof Requirement requirement) {
            node.put("key", requirement.key());
            node.put("op", requirement.op());
            Numbers.put(node, "value", requirement.value());
        } else if (condition instanceof AnyOf anyOf) {
            ArrayNode alternatives = node.putArray("anyOf");
            anyOf.alternatives().forEach(alternative -> putCondition(alternatives.addObject(), alternative));
        } else if (condition instanceof AtLeastOf atLeastOf) {
            node.put("atLeast", atLeastOf.count());
            ArrayNode alternatives = node.putArray("of");
            atLeastOf.alternatives().forEach(alternative -> putCondition(alternatives.addObject(), alternative));
        }
    }

    /** A document as a tree, to compare two documents field by field. */
    static JsonNode tree(String document) {
        return MAPPER.readTree(document);
    }

    static void known(int schema) {
        if (schema < 1 || schema > CURRENT) {
            throw LadderException.badInput("this evaluation was recorded in document schema " + schema
                    + ", which this build of sre-ladder does not know (it knows 1 to " + CURRENT + "): read it with"
                    + " the build that recorded it, or a newer one");
        }
    }

    /** Schema 1's fields in schema 1's order; schema 2 differs only in the conditions it may hold. */
    private static ObjectNode schema1(Evaluation evaluation) {
        return putEvaluation(MAPPER.createObjectNode(), evaluation, node -> { });
    }

    /**
     * The one writer of an evaluation's fields, for the stored document and for every command that
     * prints an evaluation as JSON: schema 1's fields in schema 1's order, with {@code beforeRuleset}
     * putting what a command adds (never the stored document) between the findings and the rule set.
     */
    public static ObjectNode putEvaluation(ObjectNode node, Evaluation evaluation, Consumer<ObjectNode> beforeRuleset) {
        node.put("profile", evaluation.profile().id());
        node.put("name", evaluation.profile().name());
        node.put("level", evaluation.profile().level().name());
        node.put("target", evaluation.target().name());
        node.put("verdict", evaluation.verdict().name());
        node.put("score", evaluation.score());
        ArrayNode findings = node.putArray("findings");
        evaluation.findings().forEach(finding -> putFinding(findings.addObject(), finding));
        beforeRuleset.accept(node);
        ObjectNode ruleset = node.putObject("ruleset");
        ruleset.put("fingerprint", evaluation.fingerprint());
        ruleset.put("files", evaluation.ruleFiles());
        return node;
    }

    /** A finding: code, kind, level, rule, message, advice, section and the conditions it requires. */
    public static ObjectNode putFinding(ObjectNode node, Finding finding) {
        node.put("code", finding.code());
        node.put("kind", finding.kind().name());
        node.put("level", finding.level().name());
        node.put("rule", finding.rule());
        node.put("message", finding.message());
        node.put("advice", finding.advice());
        node.put("section", finding.section());
        ArrayNode requires = node.putArray("requires");
        finding.requires().forEach(condition -> putCondition(requires.addObject(), condition));
        return node;
    }
}
