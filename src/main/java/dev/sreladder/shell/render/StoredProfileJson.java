package dev.sreladder.shell.render;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.AuditService;
import dev.sreladder.profile.StoredProfiles;

/**
 * {@code profiles --format json}: the text's columns, one object per stored profile:
 * {@code [{"id", "name", "level", "target", "versions", "latestVerdict", "when"}]}; target null
 * where the text says "(next)", latestVerdict and when null where it says "not evaluated".
 */
public final class StoredProfileJson {

    private StoredProfileJson() {
    }

    public static String list(List<AuditService.ProfileOverview> overviews) {
        ArrayNode list = EvaluationJson.MAPPER.createArrayNode();
        for (AuditService.ProfileOverview overview : overviews) {
            StoredProfiles.Summary summary = overview.profile();
            ObjectNode node = list.addObject();
            node.put("id", summary.id());
            node.put("name", summary.name());
            node.put("level", summary.level());
            node.put("target", summary.target());
            node.put("versions", summary.versions());
            node.put("latestVerdict", overview.latest().map(latest -> latest.verdict()).orElse(null));
            node.put("when", overview.latest().map(latest -> latest.evaluatedAt().toString()).orElse(null));
        }
        return EvaluationJson.pretty(list);
    }
}
