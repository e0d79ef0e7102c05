package dev.sreladder.report;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sreladder.cycle.RuleOverride;
import dev.sreladder.cycle.SinceLastCycle;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.system.Text;

/**
 * The packet as Markdown: a summary (verdicts overall and per transition, what holds people
 * back most, the committee's decisions and overrides), then one section per candidate.
 */
final class MarkdownReport {

    /**
     * The punctuation that would turn text into Markdown structure (code, links, emphasis, table
     * cells, headings) or into HTML ('<', '>', '&'); underscores stay, so NOT_YET reads as written.
     */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*\\[\\]<>|#&]");
    /** An address that an autolink shows as written: the characters RFC 3986 allows, nothing else. */
    private static final Pattern SAFE_URL = Pattern.compile("https://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+",
            Pattern.CASE_INSENSITIVE);

    private MarkdownReport() {
    }

    static String render(Cohort cohort) {
        Summary summary = new Summary(cohort);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Packet.TITLE).append("\n\n").append(text(Packet.byline(cohort))).append("\n\n");
        Packet.head(cohort).ifPresent(head -> md.append(text(head)).append("\n\n"));
        cohort.cycle().ifPresent(cycle -> md.append(text(Packet.cycle(cycle))).append("\n\n"));
        summary(md, summary);
        problems(md, cohort.problems());
        waivers(md, cohort);
        CalibrationSection.markdown(md, Calibration.byManager(cohort.candidates()), true);
        CalibrationSection.markdown(md, Calibration.byTeam(cohort.candidates()), false);
        md.append("## Candidates\n");
        int number = 1;
        for (Candidate candidate : cohort.candidates()) {
            candidate(md, number++, candidate);
        }
        cohort.cycle().ifPresent(cycle -> overrides(md, cycle));
        return md.toString();
    }

    private static void summary(StringBuilder md, Summary summary) {
        md.append("## Summary\n\n| verdict | candidates |\n| --- | ---: |\n");
        summary.verdicts().forEach((verdict, count) -> md.append("| ").append(verdict).append(" | ").append(count)
                .append(" |\n"));
        md.append("| **total** | **").append(summary.total()).append("** |\n\n");

        md.append("### Verdicts per transition\n\n| transition | READY | ALMOST | NOT_YET | total |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        for (Summary.Transition transition : summary.transitions()) {
            md.append("| ").append(transition.label());
            for (Verdict verdict : Verdict.values()) {
                md.append(" | ").append(transition.verdicts().get(verdict));
            }
            md.append(" | ").append(transition.total()).append(" |\n");
        }
        md.append('\n');

        md.append("### What holds people back most\n\n");
        for (FindingKind kind : Packet.HOLDING_BACK) {
            List<Summary.Common> common = summary.mostCommon(kind, Packet.MOST_COMMON);
            md.append("**Most common ").append(Packet.plural(kind)).append(":**");
            if (common.isEmpty()) {
                md.append(" none.\n\n");
                continue;
            }
            md.append("\n\n");
            for (Summary.Common finding : common) {
                md.append("- `").append(finding.code()).append("` [").append(finding.level()).append("] — ")
                        .append(Packet.candidates(finding.count())).append(": ")
                        .append(text(String.join(", ", finding.names()))).append('\n');
            }
            md.append('\n');
        }

        md.append("### Decisions\n\n");
        List<Candidate> decided = summary.decided();
        if (decided.isEmpty()) {
            md.append("No decisions recorded.\n\n");
            return;
        }
        int count = summary.decisions();
        md.append(count).append(count == 1 ? " decision" : " decisions").append(" recorded, ")
                .append(summary.overridingDecisions()).append(" against the rules' verdict")
                .append(summary.conflicts().isEmpty() ? "" : ", " + summary.conflicts().size() + " in conflict")
                .append(".\n\n");
        for (Candidate candidate : decided) {
            for (Decision decision : candidate.decisions()) {
                md.append("- ").append(decision.conflict() ? "**CONFLICT** " : "")
                        .append(decision.override() ? "**OVERRIDE** " : "").append("**")
                        .append(text(candidate.evaluation().profile().name())).append("** (`").append(candidate.id())
                        .append("`): ").append(text(Packet.decision(candidate, decision)));
                if (decision.reason() != null) {
                    md.append(" — “").append(text(decision.reason())).append("”");
                }
                md.append('\n');
            }
        }
        md.append('\n');
    }

    private static void problems(StringBuilder md, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        md.append("## Not included\n\n").append(problems.size())
                .append(problems.size() == 1 ? " profile" : " profiles").append(" could not be evaluated:\n\n");
        problems.forEach(problem -> md.append("- ").append(text(problem)).append('\n'));
        md.append('\n');
    }

    private static void candidate(StringBuilder md, int number, Candidate candidate) {
        Evaluation evaluation = candidate.evaluation();
        md.append("\n### ").append(number).append(". ").append(text(evaluation.profile().name())).append(" (`")
                .append(candidate.id()).append("`) — ").append(evaluation.verdict()).append(", ")
                .append(evaluation.score()).append("%\n\n");
        md.append(text(Packet.meta(candidate))).append("  \n").append(text(Packet.met(evaluation))).append(" · ")
                .append(text(evaluation.verdictRule())).append("\n\n");
        candidate.decisions().forEach(decision -> {
            md.append("**Decision:** ").append(decision.conflict() ? "**CONFLICT** " : "")
                    .append(decision.override() ? "**OVERRIDE** " : "")
                    .append(text(Packet.decision(candidate, decision)));
            if (decision.reason() != null) {
                md.append(" — reason: “").append(text(decision.reason())).append("”");
            }
            md.append("\n\n");
        });
        candidate.since().ifPresent(since -> since(md, candidate, since));
        if (evaluation.findings().stream().noneMatch(finding -> finding.kind().holdsBack())) {
            md.append("Nothing holds ").append(text(evaluation.profile().name())).append(" back.\n\n");
        }
        for (FindingKind kind : Packet.HOLDING_BACK) {
            findings(md, candidate, kind, evaluation.findings(kind));
        }
        waived(md, candidate);
        metWithEvidence(md, candidate);
        List<Finding> forTheCommittee = evaluation.findings(FindingKind.NOTE);
        if (!forTheCommittee.isEmpty()) {
            md.append("#### Notes — ").append(Packet.NOTES_APART).append("\n\n");
            findings(md, candidate, FindingKind.NOTE, forTheCommittee);
        }
        otherEvidence(md, candidate);
        selfRatings(md, candidate);
        ratingsBelow(md, candidate);
        String notes = evaluation.profile().notes();
        if (notes != null && !notes.isBlank()) {
            md.append("**Profile notes:**\n\n");
            notes.strip().lines().forEach(line -> md.append("> ").append(text(line)).append('\n'));
            md.append('\n');
        }
    }

    /** What changed since the candidate's last cycle, and whose doing it was. */
    private static void since(StringBuilder md, Candidate candidate, SinceLastCycle since) {
        md.append("#### ").append(text(Packet.sinceHeading(since))).append("\n\n")
                .append(text(Packet.previously(since))).append("\n\n");
        if (since.unchanged()) {
            md.append(Packet.NO_CHANGE).append("\n\n");
        } else {
            Packet.changes(since).forEach(line -> md.append("- ").append(text(line)).append('\n'));
            md.append('\n');
        }
        if (!candidate.scores().isEmpty()) {
            md.append("Score across cycles: ").append(text(Packet.scores(candidate.scores()))).append("\n\n");
        }
    }

    /** The rules this cycle's decisions went against, most overridden first. */
    private static void overrides(StringBuilder md, CyclePacket cycle) {
        // A candidate's part ends in a blank line, or in a line break alone: one blank line before the heading.
        md.append(md.length() > 1 && md.charAt(md.length() - 2) == '\n' ? "" : "\n").append("## ")
                .append(Packet.OVERRIDES_TITLE).append("\n\n");
        if (cycle.overrides().isEmpty()) {
            md.append(Packet.NO_OVERRIDES).append('\n');
            return;
        }
        md.append(Packet.OVERRIDES_RULE).append("\n\n| code | rule | level | overrides | reasons |\n")
                .append("| --- | --- | --- | ---: | --- |\n");
        for (RuleOverride override : cycle.overrides()) {
            md.append("| `").append(text(override.code())).append("` | ").append(text(override.rule())).append(" | ")
                    .append(text(override.level())).append(" | ").append(override.overrides()).append(" | ")
                    .append(text(override.reasons().stream().map(reason -> "“" + reason + "”")
                            .collect(java.util.stream.Collectors.joining("; "))))
                    .append(" |\n");
        }
    }

    private static void findings(StringBuilder md, Candidate candidate, FindingKind kind, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("**").append(Packet.title(kind, findings.size())).append("**\n\n");
        for (Finding finding : findings) {
            md.append("- `").append(finding.code()).append("` [").append(finding.level()).append("] ")
                    .append(text(finding.message())).append("  \n");
            md.append("  *Advice:* ").append(text(finding.advice())).append("  \n");
            if (!finding.requires().isEmpty()) {
                md.append("  *Clears when:* ").append(text(Packet.clearsWhen(finding))).append("  \n");
            }
            md.append("  *Article:* ").append(text(finding.section())).append('\n');
            evidence(md, candidate.evidence(finding));
        }
        md.append('\n');
    }

    /** The waived expectations, each with the reason the profile gives. */
    private static void waived(StringBuilder md, Candidate candidate) {
        withEvidence(md, candidate, candidate.evaluation().findings(FindingKind.WAIVED), Packet::waivedHeading,
                finding -> "waived: “" + text(finding.message()) + "”");
    }

    /** The met expectations that have evidence items, so the committee can open what backs them. */
    private static void metWithEvidence(StringBuilder md, Candidate candidate) {
        withEvidence(md, candidate, candidate.evaluation().findings(FindingKind.MET).stream()
                .filter(finding -> !candidate.evidence(finding).isEmpty()).toList(), Packet::metWithEvidence,
                finding -> text(finding.message()));
    }

    /** A heading and a line per finding, each followed by the evidence items tied to it; nothing if none. */
    private static void withEvidence(StringBuilder md, Candidate candidate, List<Finding> findings,
            IntFunction<String> heading, Function<Finding, String> says) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("**").append(heading.apply(findings.size())).append("**\n\n");
        for (Finding finding : findings) {
            md.append("- `").append(finding.code()).append("` [").append(finding.level()).append("] ")
                    .append(says.apply(finding)).append('\n');
            evidence(md, candidate.evidence(finding));
        }
        md.append('\n');
    }

    private static void otherEvidence(StringBuilder md, Candidate candidate) {
        List<Candidate.Evidence> other = candidate.otherEvidence();
        if (!other.isEmpty()) {
            md.append("**Other evidence items:**\n\n");
            other.forEach(evidence -> evidence.items().forEach(item -> md.append("- ").append(item(evidence, item))
                    .append('\n')));
            md.append('\n');
        }
    }

    /** The evidence items of a finding, as a list inside its list item. */
    private static void evidence(StringBuilder md, List<Candidate.Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        // A hard break ends the line above, so the list starts on a line of its own.
        md.setLength(md.length() - 1);
        md.append("  \n  *Evidence:*\n");
        evidence.forEach(each -> each.items().forEach(item -> md.append("  - ").append(item(each, item))
                .append('\n')));
    }

    /** "gameDays: Q3 region failover game day · 2026-08-14 · <https://wiki.example.com/gd/2026-q3>". */
    static String item(Candidate.Evidence evidence, EvidenceItem item) {
        StringBuilder line = new StringBuilder(evidence.key()).append(": ").append(text(item.what()));
        item.whenIfGiven().ifPresent(when -> line.append(" · ").append(when));
        item.linkIfGiven().ifPresent(link -> line.append(" · ").append(link(link)));
        return line.toString();
    }

    /**
     * An https link as an autolink, which Markdown shows as written and never turns into anything
     * else; an address with any character outside the plain URL set is shown as escaped text.
     */
    static String link(URI link) {
        String address = link.toASCIIString();
        return "https".equalsIgnoreCase(link.getScheme()) && SAFE_URL.matcher(address).matches() ? "<" + address + ">"
                : text(address);
    }

    /** The engineer's own ratings beside the manager's: the rules judge the manager's. */
    private static void selfRatings(StringBuilder md, Candidate candidate) {
        List<Candidate.TwoRatings> both = candidate.selfRatings();
        if (both.isEmpty()) {
            return;
        }
        md.append("**Self-ratings beside the manager's** (the rules judge the manager's):\n\n")
                .append("| competency | manager | self | self − manager |\n| --- | ---: | ---: | ---: |\n");
        both.forEach(ratings -> md.append("| ").append(ratings.competency()).append(" | ").append(ratings.manager())
                .append(" | ").append(ratings.self()).append(" | ").append(Packet.difference(ratings.difference()))
                .append(" |\n"));
        md.append('\n');
    }

    /** Every waiver of the cohort, for the committee to read together. */
    private static void waivers(StringBuilder md, Cohort cohort) {
        md.append("## Waivers\n\n");
        List<Candidate> waiving = cohort.waiving();
        int count = cohort.waivers();
        md.append(Packet.waivers(count)).append("\n\n");
        if (count == 0) {
            return;
        }
        md.append("| candidate | code | level | reason |\n| --- | --- | --- | --- |\n");
        for (Candidate candidate : waiving) {
            for (Finding finding : candidate.evaluation().findings(FindingKind.WAIVED)) {
                md.append("| ").append(text(candidate.evaluation().profile().name())).append(" (`")
                        .append(candidate.id()).append("`) | `").append(finding.code()).append("` | ")
                        .append(finding.level()).append(" | ").append(text(finding.message())).append(" |\n");
            }
        }
        md.append('\n');
    }

    /** The competencies rated below what the target expects: the radar chart of the HTML packet, in words. */
    private static void ratingsBelow(StringBuilder md, Candidate candidate) {
        List<String> below = candidate.ratingsBelowExpectation();
        if (!below.isEmpty()) {
            md.append("**Ratings below the ").append(candidate.evaluation().target()).append(" expectation:** ")
                    .append(text(String.join(", ", below))).append("\n\n");
        }
    }

    /** Text from a profile or a rule, escaped so it reads as written and cannot become markup. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        // A line break or an escape sequence in stored text is shown escaped (a backslash, u and
        // its hex code), never obeyed.
        return SPECIAL.matcher(Text.visible(text)).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
    }
}
