package dev.sreladder.evaluation;

import java.util.List;

import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/**
 * The explained verdict for one profile under one rule set. {@code trace} is empty unless it
 * was asked for.
 */
public record Evaluation(Profile profile, Level target, Verdict verdict, String verdictRule, int score,
        List<Finding> findings, String fingerprint, int ruleFiles, List<FiredRule> trace) {

    public Evaluation {
        findings = List.copyOf(findings);
        trace = List.copyOf(trace);
    }

    /** How many expectations were checked: the findings that assess one (MET, GAP, BLOCKER). */
    public int expectationsChecked() {
        int checked = 0;
        for (Finding finding : findings) {
            checked += finding.kind().assessesAnExpectation() ? 1 : 0;
        }
        return checked;
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).toList();
    }
}
