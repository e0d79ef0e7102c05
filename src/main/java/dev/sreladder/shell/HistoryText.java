package dev.sreladder.shell;

import java.util.List;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/** {@code history ID}: a table of the recorded evaluations, then the reasons given for decisions. */
final class HistoryText {

    private HistoryText() {
    }

    static String of(AuditService.History history) {
        String id = history.profileId();
        if (history.evaluations().isEmpty()) {
            return "no recorded evaluations of " + id + " — 'evaluate " + id + "' records one\n";
        }
        Table table = new Table("#", Times.column("WHEN"), "VERSION", "TARGET", "VERDICT", "SCORE", "RULES",
                "DECISION");
        for (AuditTrail.Recorded recorded : history.evaluations()) {
            List<AuditTrail.Decision> taken = history.decisions().stream()
                    .filter(decision -> decision.evaluationNumber() == recorded.number()).toList();
            table.row(Integer.toString(recorded.number()), Times.utcMinute(recorded.evaluatedAt()),
                    Integer.toString(recorded.profileVersion()), recorded.target(), recorded.verdict(),
                    Integer.toString(recorded.score()), RuleCompiler.abbreviate(recorded.fingerprint()),
                    taken.isEmpty() ? "" : taken.get(taken.size() - 1).describe());
        }
        StringBuilder text = new StringBuilder(table.toString());
        history.decisions().stream().filter(decision -> decision.reason() != null).forEach(decision -> text
                .append("  evaluation ").append(decision.evaluationNumber()).append(": ").append(decision.describe())
                .append(" — ").append(Text.visible(decision.reason())).append('\n'));
        return text.toString();
    }
}
