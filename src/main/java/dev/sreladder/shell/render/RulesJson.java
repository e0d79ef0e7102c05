package dev.sreladder.shell.render;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.maintenance.Coverage;
import dev.sreladder.maintenance.SampleCheck;

/**
 * {@code rules list}, {@code rules test} and {@code rules coverage} with {@code --format json}: the
 * words and columns of their text as field names; FILE:LINE becomes {@code file} and {@code line},
 * a level of "-" becomes null.
 */
public final class RulesJson {

    private RulesJson() {
    }

    /** {@code [{"code", "kind", "level", "file", "line", "section"}]}, as the text's rows. */
    public static String list(List<RuleInfo> rules) {
        ArrayNode list = EvaluationJson.MAPPER.createArrayNode();
        for (RuleInfo rule : rules) {
            ObjectNode node = list.addObject();
            node.put("code", rule.code());
            node.put("kind", rule.kind().label());
            level(node, rule);
            place(node, rule);
            node.put("section", rule.section());
        }
        return EvaluationJson.pretty(list);
    }

    /**
     * {@code {"tested", "passed", "failed", "skipped", "results": [{"profile", "result", "error",
     * "differences"}]}}, result PASS, FAIL or SKIP as the text says it.
     */
    public static String test(List<SampleCheck> checks) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        long tested = SampleCheckText.tested(checks);
        long failed = SampleCheckText.failed(checks);
        node.put("tested", tested);
        node.put("passed", tested - failed);
        node.put("failed", failed);
        node.put("skipped", checks.size() - tested);
        ArrayNode results = node.putArray("results");
        for (SampleCheck check : checks) {
            ObjectNode result = results.addObject();
            result.put("profile", check.source());
            result.put("result", !check.expected() ? "SKIP" : check.passed() ? "PASS" : "FAIL");
            result.put("error", check.error().orElse(null));
            ArrayNode differences = result.putArray("differences");
            check.differences().forEach(differences::add);
        }
        return EvaluationJson.pretty(node);
    }

    /**
     * {@code {"folder", "profiles", "rules": [{"profiles", "code", "kind", "level", "file", "line"}],
     * "neverFired": [{"code", "rule", "file", "line"}]}}.
     */
    public static String coverage(Coverage coverage, String folder) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("folder", folder);
        node.put("profiles", coverage.profiles());
        ArrayNode rules = node.putArray("rules");
        for (Coverage.RuleCoverage covered : coverage.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("profiles", covered.profiles());
            rule.put("code", covered.rule().code());
            rule.put("kind", covered.rule().kind().label());
            level(rule, covered.rule());
            place(rule, covered.rule());
        }
        ArrayNode never = node.putArray("neverFired");
        for (RuleInfo rule : coverage.neverFired()) {
            ObjectNode item = never.addObject();
            item.put("code", rule.code());
            item.put("rule", rule.name());
            place(item, rule);
        }
        return EvaluationJson.pretty(node);
    }

    private static void level(ObjectNode node, RuleInfo rule) {
        node.put("level", rule.level() == null ? null : rule.level().name());
    }

    private static void place(ObjectNode node, RuleInfo rule) {
        node.put("file", rule.file());
        node.put("line", rule.line());
    }
}
