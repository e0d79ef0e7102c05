package dev.sreladder.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;

/** A profile evaluated before and after some changes, with what changed between the two. */
public record WhatIfResult(Evaluation before, Evaluation after, List<Change> changes) {

    public WhatIfResult {
        changes = List.copyOf(changes);
    }

    /** Findings of the after evaluation that the before one did not have. */
    public List<Finding> appeared() {
        return missingFrom(after, before);
    }

    /** Findings of the before evaluation that are gone after. */
    public List<Finding> disappeared() {
        return missingFrom(before, after);
    }

    /** Findings in both whose message changed: still there, but with other values or fewer conditions open. */
    public List<Finding> changed() {
        Map<Finding.Id, Finding> earlier = before.findings().stream()
                .collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
        return after.findings().stream()
                .filter(finding -> earlier.containsKey(finding.id()))
                .filter(finding -> !earlier.get(finding.id()).message().equals(finding.message()))
                .toList();
    }

    /** The finding of the before evaluation that {@code finding} (of the after one) continues. */
    public Finding earlier(Finding finding) {
        return before.findings().stream().filter(f -> f.id().equals(finding.id())).findFirst()
                .orElseThrow();
    }

    public boolean noDifference() {
        return before.verdict() == after.verdict() && before.score() == after.score() && appeared().isEmpty()
                && disappeared().isEmpty() && changed().isEmpty();
    }

    private static List<Finding> missingFrom(Evaluation source, Evaluation other) {
        Set<Finding.Id> present = other.findings().stream().map(Finding::id).collect(Collectors.toSet());
        return source.findings().stream().filter(finding -> !present.contains(finding.id())).toList();
    }
}
