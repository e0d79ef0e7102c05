package dev.sreladder.shell.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/**
 * {@code history ID}: a table of the recorded evaluations, then every decision with who and when,
 * the imports, and the erasures (all that is left of an erased id). Who evaluated and who decided
 * are different people: each is named as such, never one in a column the other could be read from.
 */
public final class HistoryText {

    /** Shown for acts recorded before who was recorded. */
    static final String UNKNOWN_ACTOR = "(not recorded)";

    private HistoryText() {
    }

    public static String of(AuditService.History history) {
        String id = history.profileId();
        StringBuilder text = new StringBuilder();
        if (history.erased()) {
            erasures(text, history);
            return text.toString();
        }
        if (history.evaluations().isEmpty()) {
            text.append("no recorded evaluations of ").append(id).append(" — 'evaluate ").append(id)
                    .append("' records one\n");
        } else if (history.evaluations().stream().allMatch(recorded -> recorded.cycle() == null)) {
            text.append(table(history.evaluations(), history.decisions()));
            decisions(text, history.decisions());
        } else {
            byCycle(text, history);
        }
        history.versions().forEach(version -> text.append("  version ").append(version.version())
                .append(": imported by ").append(actor(version.importedBy())).append(", ")
                .append(Times.utc(version.importedAt())).append(" from ").append(version.source()).append('\n'));
        erasures(text, history);
        return text.toString();
    }

    /** One part per promotion cycle (and one for what was recorded outside any), in the order they began. */
    private static void byCycle(StringBuilder text, AuditService.History history) {
        Map<String, List<AuditTrail.Recorded>> parts = new LinkedHashMap<>();
        history.evaluations().forEach(recorded -> parts.computeIfAbsent(recorded.inCycle().orElse(""),
                key -> new ArrayList<>()).add(recorded));
        boolean first = true;
        for (Map.Entry<String, List<AuditTrail.Recorded>> part : parts.entrySet()) {
            if (!first) {
                text.append('\n');
            }
            first = false;
            text.append(part.getKey().isEmpty() ? "outside any cycle" : "cycle " + part.getKey()).append('\n');
            List<AuditTrail.Decision> decisions = history.decisions().stream()
                    .filter(decision -> decision.inCycle().orElse("").equals(part.getKey())).toList();
            text.append(table(part.getValue(), decisions));
            decisions(text, decisions);
        }
    }

    private static void decisions(StringBuilder text, List<AuditTrail.Decision> decisions) {
        for (AuditTrail.Decision decision : decisions) {
            text.append("  evaluation ").append(decision.evaluationNumber()).append(": ").append(decision.describe())
                    .append(" decided by ").append(actor(decision.decidedBy())).append(", ")
                    .append(Times.utc(decision.decidedAt())).append(decision.conflict() ? " — CONFLICT" : "")
                    .append(decision.reason() == null ? "" : " — " + Text.visible(decision.reason())).append('\n');
        }
    }

    private static String table(List<AuditTrail.Recorded> evaluations, List<AuditTrail.Decision> decisions) {
        Table table = new Table("#", Times.column("WHEN"), "VERSION", "TARGET", "VERDICT", "SCORE", "RULES",
                "EVALUATED BY", "DECISION");
        for (AuditTrail.Recorded recorded : evaluations) {
            List<AuditTrail.Decision> taken = decisions.stream()
                    .filter(decision -> decision.evaluationNumber() == recorded.number()).toList();
            table.row(Integer.toString(recorded.number()), Times.utcMinute(recorded.evaluatedAt()),
                    Integer.toString(recorded.profileVersion()), recorded.target(), recorded.verdict(),
                    Integer.toString(recorded.score()), RuleCompiler.abbreviate(recorded.fingerprint()),
                    actor(recorded.evaluatedBy()), latest(taken));
        }
        return table.toString();
    }

    /** The latest decision on one evaluation with who made it, and CONFLICT when members differed on it. */
    static String latest(List<AuditTrail.Decision> taken) {
        if (taken.isEmpty()) {
            return "";
        }
        AuditTrail.Decision latest = taken.get(taken.size() - 1);
        boolean conflict = taken.stream().anyMatch(AuditTrail.Decision::conflict);
        return latest.describe() + " by " + actor(latest.decidedBy()) + (conflict ? ", CONFLICT" : "");
    }

    private static void erasures(StringBuilder text, AuditService.History history) {
        for (AuditTrail.Erasure erasure : history.erasures()) {
            text.append(history.profileId()).append(" was erased ").append(Times.utc(erasure.erasedAt()))
                    .append(" by ").append(Text.visible(erasure.erasedBy())).append(": ")
                    .append(Text.count(erasure.versions(), "version", "versions")).append(", ")
                    .append(Text.count(erasure.evaluations(), "evaluation", "evaluations")).append(", ")
                    .append(Text.count(erasure.decisions(), "decision", "decisions")).append(" — reason: ")
                    .append(Text.visible(erasure.reason()))
                    .append('\n');
        }
    }

    static String actor(String actor) {
        return actor == null ? UNKNOWN_ACTOR : Text.visible(actor);
    }
}
