package dev.sreladder.report;

import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;

/**
 * The charts' colours. The page's own styles use other shades, so a colour found in a
 * screenshot can only come from a chart (the browser test relies on it).
 */
final class Palette {

    /** A calibration group's mean rating. */
    static final String GROUP_MEAN = "#0f766e";
    /** The cohort's mean rating, beside a group's. */
    static final String COHORT_MEAN = "#57534e";
    /** A group's competency whose ratings run higher than the cohort's while its evidence does not. */
    static final String FLAGGED = "#e11d48";
    /** A returning candidate's score across cycles. */
    static final String SCORE = "#0369a1";

    private Palette() {
    }

    static String of(Verdict verdict) {
        return switch (verdict) {
            case READY -> "#15803d";
            case ALMOST -> "#d97706";
            case NOT_YET -> "#b91c1c";
        };
    }

    static String of(FindingKind kind) {
        return switch (kind) {
            case BLOCKER -> "#7f1d1d";
            case TRAP -> "#be185d";
            case GAP -> "#7c3aed";
            case NOTE, MET, WAIVED -> "#6b7280";
        };
    }
}
