package dev.sreladder.report;

import static dev.sreladder.report.Svg.escape;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;

/**
 * The packet as one self-contained HTML page: inline CSS and SVG, no script, no font or
 * anything else from the network (the Content-Security-Policy forbids it), and a print
 * stylesheet that puts each candidate on a page of their own. Every text from a profile or a
 * rule is escaped.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(Cohort cohort) {
        Summary summary = new Summary(cohort);
        StringBuilder html = new StringBuilder(64 * 1024);
        HtmlPage.open(html, Packet.TITLE + " — " + Packet.candidates(cohort.candidates().size()),
                cohort.cycle().isPresent() ? HtmlStyle.CYCLE_CSS : "");
        html.append("<header class=\"packet\"><h1>").append(Packet.TITLE).append("</h1><p class=\"byline\">")
                .append(escape(Packet.byline(cohort))).append("</p>");
        Packet.head(cohort).ifPresent(head -> html.append("<p class=\"head\">").append(escape(head)).append("</p>"));
        cohort.cycle().ifPresent(cycle -> html.append("<p class=\"cycle\">").append(escape(Packet.cycle(cycle)))
                .append("</p>"));
        html.append("</header>\n");
        summary(html, summary);
        problems(html, cohort.problems());
        waivers(html, cohort);
        CalibrationSection.html(html, Calibration.byManager(cohort.candidates()), true);
        CalibrationSection.html(html, Calibration.byTeam(cohort.candidates()), false);
        glance(html, cohort);
        int number = 1;
        for (Candidate candidate : cohort.candidates()) {
            candidate(html, number++, candidate);
        }
        cohort.cycle().ifPresent(cycle -> HtmlCycleParts.overrides(html, cycle));
        HtmlPage.close(html);
        return html.toString();
    }

    private static void summary(StringBuilder html, Summary summary) {
        html.append("<section class=\"summary\">\n<h2>Summary</h2>\n<div class=\"tiles\">");
        summary.verdicts().forEach((verdict, count) -> html.append("<div class=\"tile ").append(css(verdict))
                .append("\"><span class=\"count\">").append(count).append("</span><span class=\"label\">")
                .append(verdict).append("</span></div>"));
        html.append("<div class=\"tile total\"><span class=\"count\">").append(summary.total())
                .append("</span><span class=\"label\">candidates</span></div>");
        html.append("<div class=\"tile overrides\"><span class=\"count\">").append(summary.overrides().size())
                .append("</span><span class=\"label\">overrides</span></div></div>\n");

        html.append("<div class=\"charts\">\n<figure class=\"chart\" id=\"chart-transitions\"><figcaption>")
                .append("Verdicts per transition</figcaption>").append(transitionsChart(summary)).append("</figure>\n");
        List<Summary.Common> gaps = summary.mostCommon(FindingKind.GAP, Packet.MOST_COMMON);
        html.append("<figure class=\"chart\" id=\"chart-gaps\"><figcaption>Most common gaps</figcaption>");
        if (gaps.isEmpty()) {
            html.append("<p class=\"none\">No gaps in this cohort.</p>");
        } else {
            html.append(BarChart.render(gaps.stream().map(gap -> new BarChart.Bar(gap.code() + " [" + gap.level()
                    + "]", List.of(new BarChart.Segment(gap.count(), Palette.of(FindingKind.GAP), "candidates"))))
                    .toList(), List.of(), "Most common gaps"));
        }
        html.append("</figure>\n</div>\n");

        html.append("<div class=\"common\">");
        for (FindingKind kind : Packet.HOLDING_BACK) {
            List<Summary.Common> common = summary.mostCommon(kind, Packet.MOST_COMMON);
            html.append("<div><h3>Most common ").append(Packet.plural(kind)).append("</h3>");
            if (common.isEmpty()) {
                html.append("<p class=\"none\">None.</p></div>");
                continue;
            }
            html.append("<ul>");
            for (Summary.Common finding : common) {
                html.append("<li><code>").append(escape(finding.code())).append("</code> <span class=\"level\">")
                        .append(finding.level()).append("</span> <strong>").append(finding.count())
                        .append("</strong><br><span class=\"names\">")
                        .append(escape(String.join(", ", finding.names())))
                        .append("</span></li>");
            }
            html.append("</ul></div>");
        }
        html.append("</div>\n");
        decisions(html, summary);
        html.append("</section>\n");
    }

    private static String transitionsChart(Summary summary) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Summary.Transition transition : summary.transitions()) {
            List<BarChart.Segment> segments = new ArrayList<>();
            for (Verdict verdict : Verdict.values()) {
                segments.add(new BarChart.Segment(transition.verdicts().get(verdict), Palette.of(verdict),
                        verdict.name()));
            }
            bars.add(new BarChart.Bar(transition.label(), segments));
        }
        List<BarChart.Segment> legend = List.of(Verdict.values()).stream()
                .map(verdict -> new BarChart.Segment(0, Palette.of(verdict), verdict.name())).toList();
        return BarChart.render(bars, legend, "Verdicts per transition");
    }

    private static void decisions(StringBuilder html, Summary summary) {
        html.append("<h3>Decisions</h3>");
        List<Candidate> decided = summary.decided();
        if (decided.isEmpty()) {
            html.append("<p class=\"none\">No decisions recorded.</p>\n");
            return;
        }
        int count = summary.decisions();
        html.append("<p>").append(count).append(count == 1 ? " decision" : " decisions")
                .append(" recorded, <strong>").append(summary.overridingDecisions())
                .append("</strong> against the rules' verdict")
                .append(summary.conflicts().isEmpty() ? "" : ", <strong>" + summary.conflicts().size()
                        + "</strong> in conflict")
                .append(".</p>\n<div class=\"scroll\"><table class=\"decisions\"><thead><tr>")
                .append("<th>candidate</th><th>rules</th><th>committee</th><th>by, when</th><th>reason</th>")
                .append("</tr></thead><tbody>");
        for (Candidate candidate : decided) {
            for (Decision decision : candidate.decisions()) {
                html.append("<tr").append(decision.override() ? " class=\"override\"" : "")
                        .append("><td><a href=\"#").append(anchor(candidate)).append("\">")
                        .append(escape(candidate.evaluation().profile().name()))
                        .append("</a></td><td>").append(badge(candidate.evaluation().verdict())).append("</td><td>")
                        .append(escape(decision.choice().toLowerCase(Locale.ROOT)))
                        .append(decision.override() ? " <span class=\"flag\">override</span>" : "")
                        .append(decision.conflict() ? " <span class=\"flag\">conflict</span>" : "")
                        .append("</td><td>").append(escape(decision.by() == null ? "" : decision.by() + ", "))
                        .append(escape(Packet.when(decision.decidedAt()))).append("</td><td>")
                        .append(escape(decision.reason())).append("</td></tr>");
            }
        }
        html.append("</tbody></table></div>\n");
    }

    private static void problems(StringBuilder html, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        html.append("<section class=\"problems\"><h2>Not included</h2><p>").append(problems.size())
                .append(problems.size() == 1 ? " profile" : " profiles").append(" could not be evaluated:</p><ul>");
        problems.forEach(problem -> html.append("<li>").append(escape(problem)).append("</li>"));
        html.append("</ul></section>\n");
    }

    private static void glance(StringBuilder html, Cohort cohort) {
        html.append("<section class=\"glance\"><h2>Candidates</h2><div class=\"scroll\"><table><thead><tr><th>#</th>")
                .append("<th>candidate</th>")
                .append("<th>transition</th><th>verdict</th><th class=\"num\">score</th>")
                .append("<th class=\"num\">blockers</th>")
                .append("<th class=\"num\">traps</th><th class=\"num\">gaps</th><th>decision</th></tr></thead><tbody>");
        int number = 1;
        for (Candidate candidate : cohort.candidates()) {
            Evaluation evaluation = candidate.evaluation();
            html.append("<tr><td>").append(number++).append("</td><td><a href=\"#").append(anchor(candidate))
                    .append("\">").append(escape(evaluation.profile().name())).append("</a></td><td>")
                    .append(candidate.transition()).append("</td><td>").append(badge(evaluation.verdict()))
                    .append("</td><td class=\"num\">").append(evaluation.score()).append("%</td>");
            for (FindingKind kind : Packet.HOLDING_BACK) {
                int count = evaluation.findings(kind).size();
                html.append("<td class=\"num").append(count == 0 ? " zero" : "").append("\">").append(count)
                        .append("</td>");
            }
            html.append("<td class=\"decided\">").append(candidate.latestDecisions().stream()
                    .map(HtmlReport::glanceDecision).collect(Collectors.joining("<br>"))).append("</td></tr>");
        }
        html.append("</tbody></table></div></section>\n");
    }

    /** "defer OVERRIDE CONFLICT by bob": the choice, its flags, and who took it. */
    private static String glanceDecision(Decision decision) {
        return escape(decision.choice().toLowerCase(Locale.ROOT))
                + (decision.override() ? " <span class=\"flag\">override</span>" : "")
                + (decision.conflict() ? " <span class=\"flag\">conflict</span>" : "")
                + (decision.by() == null ? "" : " <span class=\"by\">by " + escape(decision.by()) + "</span>");
    }

    private static void candidate(StringBuilder html, int number, Candidate candidate) {
        Evaluation evaluation = candidate.evaluation();
        Profile profile = evaluation.profile();
        html.append("<section class=\"candidate ").append(css(evaluation.verdict())).append("\" id=\"")
                .append(anchor(candidate)).append("\">\n<div class=\"head\"><h2><span class=\"number\">")
                .append(number).append(".</span> ").append(escape(profile.name())).append(" <span class=\"id\">")
                .append(escape(candidate.id())).append("</span></h2>").append(badge(evaluation.verdict()))
                .append("<span class=\"score\">").append(evaluation.score()).append("%</span></div>\n")
                .append("<p class=\"meta\">").append(escape(Packet.meta(candidate))).append("<br>")
                .append(escape(Packet.met(evaluation))).append(" · ").append(escape(evaluation.verdictRule()))
                .append("</p>\n<div class=\"overview\">\n<figure class=\"radar-chart\">")
                .append(radar(candidate)).append("<figcaption><span class=\"key rating\"></span>ratings ")
                .append("<span class=\"key expected\"></span>expected at ").append(evaluation.target())
                .append(" by the rules · labels: rating/expected, or the rating alone where nothing is expected")
                .append("</figcaption></figure>\n<div class=\"side\">");
        candidate.decisions().forEach(decision -> html.append("<div class=\"decision")
                .append(decision.override() ? " override" : "").append("\"><h3>Committee decision</h3><p><strong>")
                .append(escape(decision.choice().toLowerCase(Locale.ROOT))).append("</strong>")
                .append(decision.override() ? " <span class=\"flag\">override</span> — the rules said "
                        + evaluation.verdict() : "")
                .append("</p>").append(decision.reason() == null ? ""
                        : "<blockquote>" + escape(decision.reason()) + "</blockquote>")
                .append("<p class=\"small\">on evaluation ").append(decision.evaluationNumber()).append(", ")
                .append(escape(Packet.when(decision.decidedAt())))
                .append(escape(decision.by() == null ? "" : ", by " + decision.by()))
                .append(decision.conflict() ? " — <span class=\"flag\">conflict</span> with another member's decision"
                        : "")
                .append("</p></div>"));
        List<String> below = candidate.ratingsBelowExpectation();
        html.append("<div class=\"below\"><h3>Ratings below the ").append(evaluation.target())
                .append(" expectation</h3>");
        if (below.isEmpty()) {
            html.append("<p class=\"none\">None.</p>");
        } else {
            html.append("<ul>");
            below.forEach(rating -> html.append("<li>").append(escape(rating)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</div>");
        selfRatings(html, candidate);
        if (profile.notes() != null && !profile.notes().isBlank()) {
            html.append("<div class=\"notes\"><h3>Profile notes</h3><p>").append(escape(profile.notes().strip()))
                    .append("</p></div>");
        }
        html.append("</div>\n</div>\n");
        candidate.since().ifPresent(since -> HtmlCycleParts.since(html, candidate, since));
        if (evaluation.findings().stream().noneMatch(finding -> finding.kind().holdsBack())) {
            html.append("<p class=\"clear\">Nothing holds ").append(escape(profile.name())).append(" back.</p>\n");
        }
        for (FindingKind kind : Packet.HOLDING_BACK) {
            findings(html, candidate, kind, Packet.title(kind, evaluation.findings(kind).size()),
                    evaluation.findings(kind));
        }
        List<Finding> waived = evaluation.findings(FindingKind.WAIVED);
        findings(html, candidate, FindingKind.WAIVED, Packet.waivedHeading(waived.size()), waived);
        List<Finding> met = evaluation.findings(FindingKind.MET).stream()
                .filter(finding -> !candidate.evidence(finding).isEmpty()).toList();
        findings(html, candidate, FindingKind.MET, Packet.metWithEvidence(met.size()), met);
        List<Finding> notes = evaluation.findings(FindingKind.NOTE);
        findings(html, candidate, FindingKind.NOTE, Packet.title(FindingKind.NOTE, notes.size()) + " — "
                + Packet.NOTES_APART, notes);
        List<Candidate.Evidence> other = candidate.otherEvidence();
        if (!other.isEmpty()) {
            html.append("<div class=\"findings other\"><h3>Other evidence items</h3>").append(evidence(other))
                    .append("</div>\n");
        }
        html.append("</section>\n");
    }

    private static String radar(Candidate candidate) {
        Profile profile = candidate.evaluation().profile();
        List<RadarChart.Axis> axes = profile.ladder().competencies().stream()
                .map(key -> new RadarChart.Axis(key.name(), profile.value(key.name()),
                        candidate.expectedRatings().getOrDefault(key.name(), 0)))
                .toList();
        return RadarChart.render(axes, profile.ladder().topRating(),
                profile.name() + ": competency ratings against what " + candidate.evaluation().target() + " expects");
    }

    private static void findings(StringBuilder html, Candidate candidate, FindingKind kind, String heading,
            List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        String css = kind.name().toLowerCase(Locale.ROOT);
        html.append("<div class=\"findings ").append(css).append("\"><h3>").append(escape(heading)).append("</h3>");
        for (Finding finding : findings) {
            html.append("<div class=\"finding ").append(css).append("\"><p class=\"what\"><code>")
                    .append(escape(finding.code())).append("</code> <span class=\"level\">").append(finding.level())
                    .append("</span> ").append(kind == FindingKind.WAIVED ? "waived: “" + escape(finding.message())
                            + "”" : escape(finding.message())).append("</p>");
            if (kind != FindingKind.WAIVED && kind != FindingKind.MET) {
                html.append("<p class=\"advice\">").append(escape(finding.advice())).append("</p>");
            }
            if (!finding.requires().isEmpty()) {
                html.append("<p class=\"clears\">Clears when ").append(escape(Packet.clearsWhen(finding)))
                        .append("</p>");
            }
            html.append("<p class=\"source\">").append(escape(finding.section())).append(" · rule “")
                    .append(escape(finding.rule())).append("”</p>").append(evidence(candidate.evidence(finding)))
                    .append("</div>");
        }
        html.append("</div>\n");
    }

    /** Evidence items as a list; each link opens in a new tab, carries nothing of this page, and is never fetched. */
    private static String evidence(List<Candidate.Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<ul class=\"evidence\">");
        for (Candidate.Evidence each : evidence) {
            for (EvidenceItem item : each.items()) {
                list.append("<li><span class=\"item-key\">").append(escape(each.key())).append("</span> ")
                        .append(escape(item.what()));
                item.whenIfGiven().ifPresent(when -> list.append(" <span class=\"when\">").append(when)
                        .append("</span>"));
                item.linkIfGiven().ifPresent(link -> list.append(' ').append(link(link)));
                list.append("</li>");
            }
        }
        return list.append("</ul>").toString();
    }

    /** A link the profile reader accepted (https, with a host) as an anchor; anything else as text. */
    static String link(URI link) {
        String address = link.toASCIIString();
        if (!"https".equalsIgnoreCase(link.getScheme()) || link.getHost() == null) {
            return "<span class=\"link\">" + escape(address) + "</span>";
        }
        return "<a href=\"" + escape(address) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escape(address)
                + "</a>";
    }

    /** The engineer's own ratings beside the manager's, in the side column. */
    private static void selfRatings(StringBuilder html, Candidate candidate) {
        List<Candidate.TwoRatings> both = candidate.selfRatings();
        if (both.isEmpty()) {
            return;
        }
        html.append("<div class=\"two-raters\"><h3>Self-ratings beside the manager's</h3><div class=\"scroll\"><table>")
                .append("<thead><tr>")
                .append("<th>competency</th><th class=\"num\">manager</th><th class=\"num\">self</th>")
                .append("<th class=\"num\">self − manager</th></tr></thead><tbody>");
        both.forEach(ratings -> html.append("<tr><td>").append(escape(ratings.competency()))
                .append("</td><td class=\"num\">").append(ratings.manager()).append("</td><td class=\"num\">")
                .append(ratings.self()).append("</td><td class=\"num\">")
                .append(Packet.difference(ratings.difference())).append("</td></tr>"));
        html.append("</tbody></table></div><p class=\"small\">The rules judge the manager's ratings.</p></div>");
    }

    private static void waivers(StringBuilder html, Cohort cohort) {
        html.append("<section class=\"waivers\" id=\"waivers\"><h2>Waivers</h2>");
        List<Candidate> waiving = cohort.waiving();
        int count = cohort.waivers();
        html.append("<p").append(count == 0 ? " class=\"none\"" : "").append(">").append(escape(Packet.waivers(count)))
                .append("</p>");
        if (count > 0) {
            html.append("<div class=\"scroll\"><table><thead><tr><th>candidate</th><th>code</th><th>level</th>")
                    .append("<th>reason</th></tr></thead>")
                    .append("<tbody>");
            for (Candidate candidate : waiving) {
                for (Finding finding : candidate.evaluation().findings(FindingKind.WAIVED)) {
                    html.append("<tr><td><a href=\"#").append(anchor(candidate)).append("\">")
                            .append(escape(candidate.evaluation().profile().name())).append("</a></td><td><code>")
                            .append(escape(finding.code())).append("</code></td><td>").append(finding.level())
                            .append("</td><td>").append(escape(finding.message())).append("</td></tr>");
                }
            }
            html.append("</tbody></table></div>");
        }
        html.append("</section>\n");
    }

    private static String badge(Verdict verdict) {
        return "<span class=\"badge " + css(verdict) + "\">" + verdict + "</span>";
    }

    private static String css(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Ids are [a-z0-9-]+, so the anchor needs no escaping beyond what escape() gives. */
    private static String anchor(Candidate candidate) {
        return "c-" + escape(candidate.id());
    }
}
