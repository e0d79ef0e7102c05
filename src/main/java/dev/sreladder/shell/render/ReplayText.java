package dev.sreladder.shell.render;

import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.AuditTrail;
import dev.sreladder.audit.Replayed;
import dev.sreladder.system.Text;

/** {@code evaluate ID --replay N}: whether the re-run reproduced the record, and what differs. */
public final class ReplayText {

    private ReplayText() {
    }

    public static String of(Replayed replayed, TextStyle style) {
        AuditTrail.Recorded recorded = replayed.recorded();
        StringBuilder text = new StringBuilder("replayed evaluation " + recorded.number() + " of "
                + recorded.profileId() + " (profile version " + recorded.profileVersion() + ", rules "
                + recorded.fingerprint() + ", given " + recorded.evaluatedAt() + ")\n");
        if (replayed.identical()) {
            text.append(style.green("identical: ")).append(recorded.verdict()).append(", score ")
                    .append(recorded.score()).append(", the same ")
                    .append(Text.count(replayed.asRecorded().findings().size(), "finding", "findings"));
        } else {
            text.append(style.red("differs from the record:"));
            replayed.differences().forEach(difference -> text.append("\n  ").append(difference));
        }
        return text.toString();
    }

    /** {"recorded": <evaluation>, "replayed": <evaluation>, "identical": true|false}. */
    public static String json(Replayed replayed) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.set("recorded", EvaluationJson.of(replayed.asRecorded()));
        node.set("replayed", EvaluationJson.of(replayed.again()));
        node.put("identical", replayed.identical());
        return EvaluationJson.pretty(node);
    }
}
