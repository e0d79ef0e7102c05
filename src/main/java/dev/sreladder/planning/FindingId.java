package dev.sreladder.planning;

import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.profile.Level;

/** Which finding this is, across two evaluations: its message changes with the values, this does not. */
record FindingId(FindingKind kind, Level level, String code) {

    static FindingId of(Finding finding) {
        return new FindingId(finding.kind(), finding.level(), finding.code());
    }
}
