package dev.sreladder.report;

import java.time.Instant;

/**
 * The committee's latest decision on a candidate, beside the recorded evaluation it was taken
 * on. An override goes against the rules' verdict and always has a reason.
 */
public record Decision(String choice, String reason, boolean override, int evaluationNumber, Instant decidedAt) {
}
