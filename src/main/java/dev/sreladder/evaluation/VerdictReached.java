package dev.sreladder.evaluation;

/** The verdict a rule in {@code rules/verdict.drl} drew from the findings ({@link RuleApi#verdictReached}). */
public record VerdictReached(Verdict verdict, String rule) {
}
