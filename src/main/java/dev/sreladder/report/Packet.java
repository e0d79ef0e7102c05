package dev.sreladder.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.system.Times;

/** Wording shared by the Markdown and HTML packets, so both say the same things the same way. */
final class Packet {

    static final String TITLE = "Promotion committee packet";
    /** Findings that hold a person back, in the order a committee reads them. */
    static final List<FindingKind> HOLDING_BACK = List.of(FindingKind.BLOCKER, FindingKind.TRAP, FindingKind.GAP);
    static final int MOST_COMMON = 6;

    private Packet() {
    }

    static String when(java.time.Instant instant) {
        return Times.utc(instant);
    }

    /** "17 candidates from samples · generated 2026-11-29 15:03 UTC · rules sha256:fba71e7dcd19…". */
    static String byline(Cohort cohort) {
        int count = cohort.candidates().size();
        List<String> rules = cohort.candidates().stream().map(candidate -> RuleCompiler.abbreviate(
                candidate.evaluation().fingerprint())).distinct().toList();
        return count + (count == 1 ? " candidate" : " candidates") + " from " + cohort.source() + " · generated "
                + when(cohort.generatedAt()) + (rules.isEmpty() ? "" : " · rules " + String.join(", ", rules));
    }

    static String title(FindingKind kind, int count) {
        String name = switch (kind) {
            case BLOCKER -> "Blocker";
            case TRAP -> "Trap";
            case GAP -> "Gap";
            case NOTE -> "Note";
            case MET -> "Met";
            case WAIVED -> "Waived";
        };
        boolean plural = count != 1 && kind != FindingKind.MET && kind != FindingKind.WAIVED;
        return name + (plural ? "s" : "") + " (" + count + ")";
    }

    static String plural(FindingKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "s";
    }

    /** "MID → SENIOR · 2.5 years at MID · evaluated now · samples/maya-chen.yaml · rules sha256:…". */
    static String meta(Candidate candidate) {
        Evaluation evaluation = candidate.evaluation();
        return candidate.transition() + " · " + Requirement.format(evaluation.profile().yearsInLevel())
                + (evaluation.profile().yearsInLevel() == 1 ? " year" : " years") + " at "
                + evaluation.profile().level() + " · " + candidate.provenance() + " · " + candidate.source()
                + " · rules " + RuleCompiler.abbreviate(evaluation.fingerprint());
    }

    /** "15 of 16 expectations met". */
    static String met(Evaluation evaluation) {
        return evaluation.findings(FindingKind.MET).size() + " of " + evaluation.expectationsChecked()
                + " expectations met";
    }

    static String clearsWhen(Finding finding) {
        return finding.requires().stream().map(Condition::condition).collect(Collectors.joining(" and "));
    }

    /** The latest decision, as {@link #decision(Candidate, Decision)} gives it; "" without one. */
    static String decision(Candidate candidate) {
        return candidate.decision().map(decision -> decision(candidate, decision)).orElse("");
    }

    /**
     * "promote — override: the rules said NOT_YET (on evaluation 1, 2026-11-29 15:03:00 UTC, by alice)
     * — conflict" or "defer (on evaluation 2, …)".
     */
    static String decision(Candidate candidate, Decision decision) {
        return decision.choice().toLowerCase(Locale.ROOT)
                + (decision.override() ? " — override: the rules said " + candidate.evaluation().verdict() : "")
                + " (on evaluation " + decision.evaluationNumber() + ", " + when(decision.decidedAt())
                + (decision.by() == null ? "" : ", by " + decision.by()) + ")"
                + (decision.conflict() ? " — conflict: differs from another member's decision" : "");
    }


    static String candidates(int count) {
        return count + (count == 1 ? " candidate" : " candidates");
    }
}
