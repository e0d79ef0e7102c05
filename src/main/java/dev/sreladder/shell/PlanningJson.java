package dev.sreladder.shell;

import dev.sreladder.planning.Change;
import dev.sreladder.planning.Plan;
import dev.sreladder.planning.WhatIfResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The contract's JSON shapes of what-if and plan; each evaluation in them is {@link EvaluationJson}'s. */
final class PlanningJson {

    private PlanningJson() {
    }

    /** {@code {"before": …, "after": …, "changes": [{"key", "from", "to"}]}}. */
    static ObjectNode of(WhatIfResult result) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.set("before", EvaluationJson.of(result.before()));
        node.set("after", EvaluationJson.of(result.after()));
        ArrayNode changes = node.putArray("changes");
        result.changes().forEach(change -> changes.add(of(change)));
        return node;
    }

    /** {@code {"profile", "target", "reachable", "changes": [{"key", "from", "to"}], "after": …}}. */
    static ObjectNode of(Plan plan) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("profile", plan.profile().id());
        node.put("target", plan.target().name());
        node.put("reachable", plan.reachable());
        ArrayNode changes = node.putArray("changes");
        plan.changes().forEach(change -> changes.add(of(change)));
        node.set("after", EvaluationJson.of(plan.after()));
        return node;
    }

    static ObjectNode of(Change change) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("key", change.key());
        EvaluationJson.putNumber(node, "from", change.from());
        EvaluationJson.putNumber(node, "to", change.to());
        return node;
    }


    static String pretty(ObjectNode node) {
        return EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
