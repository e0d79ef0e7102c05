package dev.sreladder.evaluation;

import java.util.List;

/** One step of the rule trace: a rule that fired, in firing order, and the facts it matched. */
public record FiredRule(int order, String rule, String code, List<Object> facts) {

    public FiredRule {
        facts = List.copyOf(facts);
    }
}
