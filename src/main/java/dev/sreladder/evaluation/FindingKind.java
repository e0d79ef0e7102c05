package dev.sreladder.evaluation;

/** What a finding says, in the order a reader wants them: what blocks first. */
public enum FindingKind {
    /** An unmet expectation of the engineer's current level: the foundation is missing. */
    BLOCKER,
    /** A known career pattern from the article that holds people back. */
    TRAP,
    /** An unmet expectation of a level above the current one, up to the target. */
    GAP,
    /** Context that never changes the verdict. */
    NOTE,
    /** An expectation that holds. */
    MET,
    /** An expectation the profile waives with a reason, as the ladder allows: not checked, not scored. */
    WAIVED;

    /** Whether a finding of this kind is an expectation's assessment: what the score counts as checked. */
    public boolean assessesAnExpectation() {
        return this == MET || this == GAP || this == BLOCKER;
    }

    /** Whether a finding of this kind stands between the engineer and READY. */
    public boolean holdsBack() {
        return this == BLOCKER || this == TRAP || this == GAP;
    }
}
