package dev.sreladder.shell.render;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.cycle.RuleOverride;

/**
 * {@code rules overrides --format json}, the contract's shape, most overridden first:
 * {@code [{"code", "rule", "level", "overrides", "cycles": [...], "reasons": [...]}]}.
 */
public final class OverridesJson {

    private OverridesJson() {
    }

    public static String of(List<RuleOverride> overrides) {
        ArrayNode list = EvaluationJson.MAPPER.createArrayNode();
        for (RuleOverride override : overrides) {
            ObjectNode node = list.addObject();
            node.put("code", override.code());
            node.put("rule", override.rule());
            node.put("level", override.level());
            node.put("overrides", override.overrides());
            ArrayNode cycles = node.putArray("cycles");
            override.cycles().forEach(cycles::add);
            ArrayNode reasons = node.putArray("reasons");
            override.reasons().forEach(reasons::add);
        }
        return EvaluationJson.pretty(list);
    }
}
