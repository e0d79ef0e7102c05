package dev.sreladder.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.system.Text;

/**
 * The packet as CSV (RFC 4180): a header, then one row per candidate in reading order; the
 * blockers, traps, gaps and waived columns list their codes, each once; "evidence items" counts the
 * items the profile lists (the items themselves are in the Markdown and HTML packets); "audit head"
 * is the head of the audit chain the packet was made at, on every row, as {@code audit verify --head}
 * takes it ("31:sha256:…"; empty for a folder). A cycle's packet adds, at the end, what changed since a
 * returning candidate's last cycle ({@link #SINCE_LAST_CYCLE}; empty for a first-time candidate). Columns
 * added later go at the end, so a column keeps its position. Lines end in CRLF; a field with a
 * comma, a quote or a line break is quoted, with quotes doubled.
 */
final class CsvReport {

    static final List<String> HEADER = List.of("id", "name", "level", "target", "verdict", "score", "blockers",
            "traps", "gaps", "decision", "override", "decided by", "decided at", "conflict", "all decisions", "waived",
            "evidence items", "manager", "team", "audit head");
    /** The columns a cycle's packet adds: the previous cycle, its verdict and score, and the codes that changed. */
    static final List<String> SINCE_LAST_CYCLE = List.of("previous_cycle", "previous_verdict", "previous_score",
            "cleared_by_engineer", "cleared_by_rules", "new_by_engineer", "new_by_rules");
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private CsvReport() {
    }

    static String render(Cohort cohort) {
        StringBuilder csv = new StringBuilder();
        boolean inCycle = cohort.cycle().isPresent();
        row(csv, inCycle ? concat(HEADER, SINCE_LAST_CYCLE) : HEADER);
        for (Candidate candidate : cohort.candidates()) {
            Evaluation evaluation = candidate.evaluation();
            List<String> fields = List.of(candidate.id(), evaluation.profile().name(),
                    evaluation.profile().level().name(), evaluation.target().name(), evaluation.verdict().name(),
                    Integer.toString(evaluation.score()),
                    codes(evaluation, FindingKind.BLOCKER), codes(evaluation, FindingKind.TRAP),
                    codes(evaluation, FindingKind.GAP),
                    candidate.decision().map(decision -> decision.choice().toLowerCase(Locale.ROOT)).orElse(""),
                    candidate.decision().map(decision -> decision.override() ? "yes" : "no").orElse(""),
                    candidate.decision().map(decision -> decision.by() == null ? "" : decision.by()).orElse(""),
                    candidate.decision().map(decision -> time(decision.decidedAt())).orElse(""),
                    candidate.decisions().isEmpty() ? "" : candidate.conflicted() ? "yes" : "no",
                    candidate.decisions().stream().map(CsvReport::decision).collect(Collectors.joining("; ")),
                    codes(evaluation, FindingKind.WAIVED), Integer.toString(candidate.evidenceItems()),
                    candidate.manager().orElse(""), candidate.team().orElse(""),
                    cohort.head().map(Packet::option).orElse(""));
            row(csv, inCycle ? concat(fields, since(candidate)) : fields);
        }
        return csv.toString();
    }

    private static List<String> since(Candidate candidate) {
        return candidate.since().map(since -> List.of(since.previousCycle(), since.previousVerdict().name(),
                Integer.toString(since.previousScore()), codes(since.clearedByEngineer()),
                codes(since.clearedByRules()), codes(since.newByEngineer()), codes(since.newByRules())))
                .orElse(java.util.Collections.nCopies(SINCE_LAST_CYCLE.size(), ""));
    }

    /** Codes separated by ';', as the contract words these columns for scripts that split them. */
    private static String codes(List<String> codes) {
        return String.join(";", codes);
    }

    private static List<String> concat(List<String> first, List<String> then) {
        return java.util.stream.Stream.concat(first.stream(), then.stream()).toList();
    }

    /**
     * "2026-11-29 15:03:00", in UTC: to the second, in the form spreadsheets read as a date and time
     * (an ISO instant with microseconds and a Z stays text in them).
     */
    static String time(Instant instant) {
        return SPREADSHEET_TIME.format(instant);
    }

    /** "promote by alice at 2026-11-29 15:03:00 (override, conflict)". */
    private static String decision(Decision decision) {
        List<String> marks = new java.util.ArrayList<>();
        if (decision.override()) {
            marks.add("override");
        }
        if (decision.conflict()) {
            marks.add("conflict");
        }
        return decision.choice().toLowerCase(Locale.ROOT) + (decision.by() == null ? "" : " by " + decision.by())
                + " at " + time(decision.decidedAt()) + (marks.isEmpty() ? "" : " (" + String.join(", ", marks) + ")");
    }

    private static String codes(Evaluation evaluation, FindingKind kind) {
        // A code can come at two levels (clear-writing at MID and SENIOR); the row names it once.
        return evaluation.findings(kind).stream().map(Finding::code).distinct().collect(Collectors.joining("; "));
    }

    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvReport::field).collect(Collectors.joining(","))).append(CRLF);
    }

    /**
     * One field, quoted when RFC 4180 needs it. A text that a spreadsheet would run as a formula
     * (starting with =, +, - or @) gets a leading apostrophe, as OWASP advises for CSV files.
     */
    static String field(String value) {
        // A control character would reach the terminal of whoever cats the file: shown escaped
        // (a backslash, u and its hex code).
        String text = value == null ? "" : Text.visible(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
