package dev.sreladder.shell;

import java.util.Locale;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code history --format json}: the recorded evaluations and decisions of one profile. */
final class HistoryJson {

    private HistoryJson() {
    }

    static String of(AuditService.History history) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("profile", history.profileId());
        ArrayNode list = node.putArray("evaluations");
        for (AuditTrail.Recorded recorded : history.evaluations()) {
            ObjectNode item = list.addObject();
            item.put("number", recorded.number());
            item.put("evaluatedAt", recorded.evaluatedAt().toString());
            item.put("profileVersion", recorded.profileVersion());
            item.put("target", recorded.target());
            item.put("verdict", recorded.verdict());
            item.put("score", recorded.score());
            item.put("fingerprint", recorded.fingerprint());
        }
        ArrayNode taken = node.putArray("decisions");
        for (AuditTrail.Decision decision : history.decisions()) {
            ObjectNode item = taken.addObject();
            item.put("evaluation", decision.evaluationNumber());
            item.put("decision", decision.decision().toLowerCase(Locale.ROOT));
            item.put("override", decision.override());
            item.put("reason", decision.reason());
            item.put("decidedAt", decision.decidedAt().toString());
        }
        return EvaluationJson.line(node);
    }
}
