package dev.sreladder.maintenance;

import java.util.List;

import dev.sreladder.evaluation.Verdict;

/**
 * What {@code rules impact} found: the profiles whose evaluation the rules in a folder would change;
 * {@code profiles} is how many were evaluated under both, {@code errors} why each other one was not.
 */
public record Impact(RuleWorkbench.Summary before, RuleWorkbench.Summary after, int profiles,
        List<ProfileImpact> changed, List<String> errors) {

    /** How one profile's evaluation would change; findings by their label, "KIND code [LEVEL]". */
    public record ProfileImpact(String source, String profile, Verdict verdictBefore, Verdict verdictAfter,
            int scoreBefore, int scoreAfter, List<String> findingsGone, List<String> findingsNew) {
    }

    public Impact {
        changed = List.copyOf(changed);
        errors = List.copyOf(errors);
    }

    /** Every profile compared: those evaluated and those that could not be. */
    public int total() {
        return profiles + errors.size();
    }
}
