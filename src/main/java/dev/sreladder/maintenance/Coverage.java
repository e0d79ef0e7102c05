package dev.sreladder.maintenance;

import java.util.List;

import dev.sreladder.evaluation.RuleInfo;

/** What {@code rules coverage} found: how many profiles each rule fired for. */
public record Coverage(int profiles, List<RuleCoverage> rules, List<String> errors) {

    /** How many of the profiles a rule fired for. */
    public record RuleCoverage(RuleInfo rule, int profiles) {
    }

    public Coverage {
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
    }

    public List<RuleInfo> neverFired() {
        return rules.stream().filter(coverage -> coverage.profiles() == 0).map(RuleCoverage::rule).toList();
    }
}
