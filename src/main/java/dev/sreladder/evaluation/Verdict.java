package dev.sreladder.evaluation;

/** The outcome of an evaluation; the rules in {@code rules/verdict.drl} decide which. */
public enum Verdict {
    READY, ALMOST, NOT_YET
}
