package dev.sreladder.evaluation;

import org.kie.api.runtime.rule.RuleContext;

/** The verdict a rule in {@code rules/verdict.drl} drew from the findings. */
public record VerdictReached(Verdict verdict, String rule) {

    public static VerdictReached by(RuleContext drools, Verdict verdict) {
        return new VerdictReached(verdict, drools.getRule().getName());
    }
}
