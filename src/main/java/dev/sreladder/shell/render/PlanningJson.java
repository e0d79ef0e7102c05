package dev.sreladder.shell.render;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.planning.Change;
import dev.sreladder.planning.Milestone;
import dev.sreladder.planning.Plan;
import dev.sreladder.planning.WhatIfResult;
import dev.sreladder.profile.Numbers;

/** The contract's JSON shapes of what-if and plan; each evaluation in them is {@link EvaluationJson}'s. */
public final class PlanningJson {

    private PlanningJson() {
    }

    /** {@code {"before": …, "after": …, "changes": [{"key", "from", "to"}]}}. */
    public static ObjectNode of(WhatIfResult result) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.set("before", EvaluationJson.of(result.before()));
        node.set("after", EvaluationJson.of(result.after()));
        ArrayNode changes = node.putArray("changes");
        result.changes().forEach(change -> changes.add(of(change)));
        return node;
    }

    /**
     * {@code {"profile", "target", "reachable", "changes": [{"key", "from", "to"}], "after": …,
     * "milestone": {"verdict", "changes", "after"} or null}}: the fields of earlier releases as they
     * were, in their order, and the milestone last, always present, so a script can rely on it.
     */
    public static ObjectNode of(Plan plan) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("profile", plan.profile().id());
        node.put("target", plan.target().name());
        node.put("reachable", plan.reachable());
        node.set("changes", changes(plan.changes()));
        node.set("after", EvaluationJson.of(plan.after()));
        if (plan.milestone().isPresent()) {
            Milestone milestone = plan.milestone().get();
            ObjectNode first = node.putObject("milestone");
            first.put("verdict", milestone.verdict().name());
            first.set("changes", changes(milestone.changes()));
            first.set("after", EvaluationJson.of(milestone.after()));
        } else {
            node.putNull("milestone");
        }
        return node;
    }

    private static ArrayNode changes(List<Change> changes) {
        ArrayNode array = EvaluationJson.MAPPER.createArrayNode();
        changes.forEach(change -> array.add(of(change)));
        return array;
    }

    public static ObjectNode of(Change change) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("key", change.key());
        Numbers.put(node, "from", change.from());
        Numbers.put(node, "to", change.to());
        return node;
    }


    public static String pretty(ObjectNode node) {
        return EvaluationJson.pretty(node);
    }
}
