package dev.sreladder.audit;

import java.util.List;

import dev.sreladder.evaluation.Evaluation;

/**
 * A recorded evaluation re-run under its recorded rules: the record, the evaluation as recorded,
 * the one given now, and what differs between the two (nothing when the replay is exact).
 */
public record Replayed(AuditTrail.Recorded recorded, Evaluation asRecorded, Evaluation again,
        List<String> differences) {

    public boolean identical() {
        return differences.isEmpty();
    }
}
