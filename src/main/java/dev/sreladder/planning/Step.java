package dev.sreladder.planning;

import java.util.List;

import dev.sreladder.evaluation.Finding;

/**
 * One change of a plan, the findings it helps clear, most pressing first (the first one is why the
 * step is where it is in the plan, and its advice is what to do), and what the change asks of
 * someone: evidence to produce, or a rating to judge.
 */
public record Step(Change change, List<Finding> closes, Action action) {

    public Step {
        closes = List.copyOf(closes);
        if (closes.isEmpty()) {
            throw new IllegalArgumentException("a step clears at least one finding");
        }
    }

    /** The most pressing finding this step helps clear. */
    public Finding reason() {
        return closes.get(0);
    }
}
