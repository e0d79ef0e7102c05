package dev.sreladder.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sreladder.cycle.CycleScore;
import dev.sreladder.cycle.SinceLastCycle;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Times;

/** Wording shared by the Markdown and HTML packets, so both say the same things the same way. */
final class Packet {

    static final String TITLE = "Promotion committee packet";
    /** Findings that hold a person back, in the order a committee reads them. */
    static final List<FindingKind> HOLDING_BACK = List.of(FindingKind.BLOCKER, FindingKind.TRAP, FindingKind.GAP);
    static final int MOST_COMMON = 6;
    /** What a candidate's notes are, said beside their heading: context, apart from the verdict. */
    static final String NOTES_APART = "for the committee to weigh; notes do not change the verdict";

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

    /**
     * "Made at the audit trail's head: record 31, sha256:… — keep this line outside the database;
     * 'audit verify --head 31:sha256:…' proves the record still holds it." Empty for a folder.
     */
    static java.util.Optional<String> head(Cohort cohort) {
        return cohort.head().map(head -> HEAD_PREFIX + head.describe() + " — keep this line outside the database;"
                + " 'audit verify --head " + option(head) + "' proves the record still holds it.");
    }

    static final String HEAD_PREFIX = "Made at the audit trail's head: ";

    /** The head as {@code audit verify --head} takes it: "31:sha256:…". */
    static String option(dev.sreladder.database.Chain.Head head) {
        return head.records() + ":sha256:" + head.lastHash();
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

    /** "Cycle 2026-H2 (open) · judged under the rules pinned for it, sha256:… · ladder article-sre". */
    static String cycle(CyclePacket cycle) {
        return "Cycle " + cycle.name() + " (" + cycle.state() + ") · judged under the rules pinned for it, "
                + cycle.fingerprint() + " · ladder " + cycle.ladder();
    }

    /** "Since last cycle (2026-H1)": the heading of a returning candidate's part, as the contract words it. */
    static String sinceHeading(SinceLastCycle since) {
        return "Since last cycle (" + since.previousCycle() + ")";
    }

    /** "In 2026-H1: NOT_YET, 62% · decision: defer" (or "· no decision recorded"). */
    static String previously(SinceLastCycle since) {
        return "In " + since.previousCycle() + ": " + since.previousVerdict() + ", " + since.previousScore() + "% · "
                + since.previousDecision().map(decision -> "decision: " + decision).orElse("no decision recorded");
    }

    /** Said when nothing that stands in the way was cleared or is new. */
    static final String NO_CHANGE = "Since then: no change in what stands in the way.";

    /**
     * "cleared by the engineer: mentoring", "cleared by the rules: …", "new by the engineer: …", "new by
     * the rules: …", each only when it names a code.
     */
    static List<String> changes(SinceLastCycle since) {
        List<String> lines = new java.util.ArrayList<>();
        change(lines, "cleared by the engineer", since.clearedByEngineer());
        change(lines, "cleared by the rules", since.clearedByRules());
        change(lines, "new by the engineer", since.newByEngineer());
        change(lines, "new by the rules", since.newByRules());
        return lines;
    }

    private static void change(List<String> lines, String what, List<String> codes) {
        if (!codes.isEmpty()) {
            lines.add(what + ": " + String.join(", ", codes));
        }
    }

    /** "2026-H1 62% → 2026-H2 75%". */
    static String scores(List<CycleScore> scores) {
        return scores.stream().map(score -> score.cycle() + " " + score.score() + "%")
                .collect(Collectors.joining(" → "));
    }

    static final String OVERRIDES_TITLE = "Overrides in this cycle";
    static final String OVERRIDES_RULE = "Each rule a decision of this cycle went against: a promote despite its"
            + " blocker, trap or gap, or a defer despite READY (code READY). What maintainers should look at first.";
    static final String NO_OVERRIDES = "No overrides in this cycle: every decision followed the rules' verdict.";

    /** "1 time", "3 times". */
    static String times(int count) {
        return count + (count == 1 ? " time" : " times");
    }

    static String candidates(int count) {
        return count + (count == 1 ? " candidate" : " candidates");
    }

    /** The heading over a candidate's waived expectations. */
    static String waivedHeading(int count) {
        return "Waived (" + count + ") — not checked, not counted in the score";
    }

    /** The heading over the met expectations that have evidence items. */
    static String metWithEvidence(int count) {
        return "Met, with evidence (" + count + ")";
    }

    /** "2 waivers in this cohort" or "No waivers in this cohort." */
    static String waivers(int count) {
        return count == 0 ? "No waivers in this cohort."
                : count + (count == 1 ? " waiver" : " waivers") + " in this cohort: a waived expectation is not"
                        + " checked and not counted in the score; the profile says why it does not apply.";
    }

    /** "Calibration across managers". */
    static String calibrationTitle(Calibration calibration) {
        return "Calibration across " + calibration.dimension() + "s";
    }

    /** What the calibration section shows and hides, and what it flags, in the words of its own constants. */
    static String calibrationRule(Calibration calibration) {
        String dimension = calibration.dimension();
        return "Each " + dimension + "'s mean rating per competency against the whole cohort's, with the evidence"
                + " behind it (per candidate, the sum of the counts the ladder says back the competency). A "
                + dimension + " with fewer than " + Calibration.MIN_GROUP + " candidates is not broken out: their"
                + " candidates join “" + Calibration.OTHERS + "”, and a group that is itself under "
                + Calibration.MIN_GROUP + " is shown only as a count, without means. A mean rating runs higher when"
                + " it is " + mean(Calibration.RUNS_HIGHER) + " or more above the cohort's; a " + dimension
                + "'s competency is flagged when its ratings run higher while the evidence does not.";
    }

    /** "There are no managers in this cohort's profiles (manager: …), so there is nothing to calibrate." */
    static String nothingToCalibrate(Calibration calibration) {
        return "No profile names a " + calibration.dimension() + " (" + calibration.dimension()
                + ": in the profile), so there is nothing to calibrate.";
    }

    /** "Dana Wu", "others (2 managers with fewer than 5 candidates each)" or "no manager given". */
    static String group(Calibration calibration, Calibration.Group group) {
        if (group.kind() != Calibration.Kind.OTHERS) {
            return group.name();
        }
        return group.name() + " (" + group.joined() + " " + calibration.dimension() + (group.joined() == 1 ? "" : "s")
                + " with fewer than " + Calibration.MIN_GROUP + " candidates" + (group.joined() == 1 ? ")" : " each)");
    }

    /**
     * Why a group broken out in full has no means against the cohort's, in one line: "“no manager
     * given” is not set against the cohort: nothing ties its candidates together, so their means say
     * nothing of a manager.", the like of "others" (several managers mixed), or of a group that
     * holds every candidate ("… every candidate is in it, so it is the cohort itself.").
     */
    static String notCompared(Calibration calibration, Calibration.Group group) {
        String dimension = calibration.dimension();
        return "“" + group.name() + "” is not set against the cohort: " + switch (group.kind()) {
            case NOT_GIVEN -> "nothing ties its candidates together, so their means say nothing of a " + dimension
                    + ".";
            case OTHERS -> "it mixes several " + dimension + "s' candidates, so their means say nothing of one "
                    + dimension + ".";
            case NAMED -> "every candidate is in it, so it is the cohort itself.";
        };
    }

    /** "3 candidates: too few to break out" for a group shown only as a count. */
    static String countOnly(Calibration.Group group) {
        return candidates(group.size()) + ": too few to break out";
    }

    /** The competencies flagged, or what a group that has none shows. */
    static String flagged(Calibration calibration, Calibration.Group group) {
        if (!group.shown()) {
            return "";
        }
        if (group.kind() != Calibration.Kind.NAMED) {
            return group.kind() == Calibration.Kind.OTHERS ? "not compared (several " + calibration.dimension() + "s)"
                    : "not compared";
        }
        List<Calibration.Competency> flagged = group.flagged();
        return flagged.isEmpty() ? "none"
                : flagged.stream().map(Calibration.Competency::name).collect(Collectors.joining(", "));
    }

    /** "ratings run higher, the evidence does not", "ratings run higher, and so does the evidence", or "". */
    static String mark(Calibration.Group group, Calibration.Competency competency) {
        if (group.flagged().contains(competency)) {
            return "ratings run higher, the evidence does not";
        }
        if (!competency.ratingsRunHigher()) {
            return "";
        }
        if (!competency.backed()) {
            return "ratings run higher (the ladder names no evidence for it)";
        }
        return competency.evidenceRunsHigher() ? "ratings run higher, and so does the evidence" : "ratings run higher";
    }

    /** A mean, to one decimal: "3.7". */
    static String mean(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A difference of means, signed: "+0.7", "−0.3", "0.0". */
    static String difference(double value) {
        String shown = mean(Math.abs(value));
        return shown.equals("0.0") ? shown : (value > 0 ? "+" : "−") + shown;
    }

    /** "+2", "−1", "0": how far the engineer's own rating is from the manager's. */
    static String difference(int value) {
        return value > 0 ? "+" + value : value < 0 ? "−" + -value : "0";
    }
}
