package dev.sreladder.shell.render;

import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;

/**
 * {@code history --format json}: the recorded versions, evaluations, decisions and erasures of one
 * profile; each act names who ({@code by}, null before that was recorded) and when ({@code at}), and
 * each evaluation and decision the promotion cycle it belongs to ({@code cycle}, null outside any).
 */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static String of(AuditService.History history) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("profile", history.profileId());
        node.put("erased", history.erased());
        ArrayNode versions = node.putArray("versions");
        history.versions().forEach(version -> versions.addObject().put("version", version.version())
                .put("source", version.source()).put("by", version.importedBy())
                .put("at", version.importedAt().toString()));
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
            item.put("by", recorded.evaluatedBy());
            item.put("at", recorded.evaluatedAt().toString());
            item.put("cycle", recorded.cycle());
        }
        ArrayNode taken = node.putArray("decisions");
        for (AuditTrail.Decision decision : history.decisions()) {
            ObjectNode item = taken.addObject();
            item.put("evaluation", decision.evaluationNumber());
            item.put("decision", decision.decision().toLowerCase(Locale.ROOT));
            item.put("override", decision.override());
            item.put("reason", decision.reason());
            item.put("decidedAt", decision.decidedAt().toString());
            item.put("conflict", decision.conflict());
            item.put("by", decision.decidedBy());
            item.put("at", decision.decidedAt().toString());
            item.put("cycle", decision.cycle());
        }
        ArrayNode erasures = node.putArray("erasures");
        history.erasures().forEach(erasure -> erasures.addObject().put("reason", erasure.reason())
                .put("versions", erasure.versions()).put("evaluations", erasure.evaluations())
                .put("decisions", erasure.decisions()).put("by", erasure.erasedBy())
                .put("at", erasure.erasedAt().toString()));
        return EvaluationJson.line(node);
    }
}
