package dev.sreladder.shell.render;

import dev.sreladder.audit.AuditTrail;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/** The text of decide: the decision recorded, then each decision it conflicts with. */
public final class DecisionText {

    private DecisionText() {
    }

    public static String of(String profileId, AuditTrail.Decided decided) {
        AuditTrail.Decision recorded = decided.decision();
        StringBuilder text = new StringBuilder("recorded: " + recorded.describe() + " for " + profileId
                + " against evaluation " + recorded.evaluationNumber()
                + (recorded.reason() == null ? "" : " — " + Text.visible(recorded.reason())) + "\n");
        for (AuditTrail.Decision other : decided.conflictsWith()) {
            text.append("conflict: ").append(other.describe()).append(" by ").append(Text.visible(other.decidedBy()))
                    .append(" at ").append(Times.utc(other.decidedAt()))
                    .append(" on the same evaluation — both are kept, and reports show the conflict\n");
        }
        return text.toString();
    }
}
