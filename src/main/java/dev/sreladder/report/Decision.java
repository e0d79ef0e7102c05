package dev.sreladder.report;

import java.time.Instant;

import dev.sreladder.audit.AuditTrail;

/**
 * One decision of the committee on a candidate, beside the recorded evaluation it was taken on,
 * with who took it and when (the database's clock). An override goes against the rules' verdict
 * and always has a reason; a conflict differs from someone else's decision on the same evaluation.
 */
public record Decision(String choice, String reason, boolean override, int evaluationNumber, Instant decidedAt,
        String by, boolean conflict) {

    /** A decision from before who was recorded. */
    public Decision(String choice, String reason, boolean override, int evaluationNumber, Instant decidedAt) {
        this(choice, reason, override, evaluationNumber, decidedAt, null, false);
    }

    /** A decision as the audit trail recorded it. */
    static Decision of(AuditTrail.Decision decision) {
        return new Decision(decision.decision(), decision.reason(), decision.override(), decision.evaluationNumber(),
                decision.decidedAt(), decision.decidedBy(), decision.conflict());
    }
}
