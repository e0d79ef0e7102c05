package dev.sreladder.shell.render;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.Cycle;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.cycle.CycleView;

/** {@code cycle show} and {@code cycle list} as JSON, in the contract's shape (PRODUCT.md, Promotion cycles). */
public final class CycleJson {

    private CycleJson() {
    }

    public static String shown(CycleView view) {
        return EvaluationJson.pretty(node(view));
    }

    public static String list(List<CycleView> views) {
        ArrayNode list = EvaluationJson.MAPPER.createArrayNode();
        views.forEach(view -> list.add(node(view)));
        return EvaluationJson.pretty(list);
    }

    private static ObjectNode node(CycleView view) {
        Cycle cycle = view.cycle();
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("cycle", cycle.name());
        node.put("state", cycle.state());
        act(node.putObject("opened"), cycle.opened());
        if (cycle.closed().isPresent()) {
            act(node.putObject("closed"), cycle.closed().get()).put("forced", cycle.forced());
        } else {
            node.putNull("closed");
        }
        ObjectNode rules = node.putObject("rules");
        rules.put("fingerprint", cycle.pin().fingerprint());
        rules.put("ladder", view.ladder());
        act(rules.putObject("pinned"), cycle.pin().act());
        ArrayNode candidates = node.putArray("candidates");
        for (CycleLedger.Standing standing : view.candidates()) {
            ObjectNode candidate = candidates.addObject();
            candidate.put("id", standing.profileId());
            candidate.put("version", standing.version().orElse(null));
            candidate.put("evaluation", standing.evaluation().map(recorded -> recorded.number()).orElse(null));
            candidate.put("verdict", standing.evaluation().map(recorded -> recorded.verdict()).orElse(null));
            candidate.put("score", standing.evaluation().map(recorded -> recorded.score()).orElse(null));
            candidate.put("decision", standing.decision().map(decision -> decision.decision()
                    .toLowerCase(Locale.ROOT)).orElse(null));
            // Who made it, apart from who evaluated: as history's JSON names each decision's "by".
            candidate.put("decidedBy", standing.decision().map(decision -> decision.decidedBy()).orElse(null));
            candidate.put("erased", standing.erased());
        }
        ObjectNode counts = node.putObject("counts");
        view.counts().forEach(counts::put);
        return node;
    }

    private static ObjectNode act(ObjectNode node, Cycle.Act act) {
        node.put("by", act.by());
        node.put("at", act.at().toString());
        node.put("reason", act.reason().orElse(null));
        return node;
    }
}
