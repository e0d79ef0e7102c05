package dev.sreladder.report;

import static dev.sreladder.report.Svg.escape;

import dev.sreladder.cycle.RuleOverride;
import dev.sreladder.cycle.SinceLastCycle;

/**
 * The parts of an HTML packet only a promotion cycle's packet has: a returning candidate's change
 * since their last cycle with their score across cycles, and the rules the cycle's decisions overrode.
 */
final class HtmlCycleParts {

    private HtmlCycleParts() {
    }

    /** What changed since the candidate's last cycle, whose doing it was, and the score across cycles. */
    static void since(StringBuilder html, Candidate candidate, SinceLastCycle since) {
        html.append("<div class=\"since\"><h3>").append(escape(Packet.sinceHeading(since))).append("</h3><p>")
                .append(escape(Packet.previously(since))).append("</p>");
        if (since.unchanged()) {
            html.append("<p class=\"none\">").append(escape(Packet.NO_CHANGE)).append("</p>");
        } else {
            html.append("<ul class=\"changes\">");
            Packet.changes(since).forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
            html.append("</ul>");
        }
        if (!candidate.scores().isEmpty()) {
            String scores = Packet.scores(candidate.scores());
            html.append("<figure class=\"scores\">").append(ScoreChart.render(candidate.scores(),
                    candidate.evaluation().profile().name() + "'s score across cycles: " + scores))
                    .append("<figcaption>Score across cycles: ").append(escape(scores))
                    .append("</figcaption></figure>");
        }
        html.append("</div>\n");
    }

    /** The rules this cycle's decisions went against, most overridden first. */
    static void overrides(StringBuilder html, CyclePacket cycle) {
        html.append("<section class=\"cycle-overrides\" id=\"cycle-overrides\"><h2>")
                .append(Packet.OVERRIDES_TITLE).append("</h2>");
        if (cycle.overrides().isEmpty()) {
            html.append("<p class=\"none\">").append(escape(Packet.NO_OVERRIDES)).append("</p></section>\n");
            return;
        }
        html.append("<p>").append(escape(Packet.OVERRIDES_RULE)).append("</p><div class=\"scroll\"><table><thead><tr>")
                .append("<th>code</th><th>rule</th><th>level</th><th class=\"num\">overrides</th><th>reasons</th>")
                .append("</tr></thead><tbody>");
        for (RuleOverride override : cycle.overrides()) {
            html.append("<tr><td><code>").append(escape(override.code())).append("</code></td><td>")
                    .append(escape(override.rule())).append("</td><td>").append(escape(override.level()))
                    .append("</td><td class=\"num\">").append(override.overrides()).append("</td><td>");
            if (!override.reasons().isEmpty()) {
                html.append("<ul>");
                override.reasons().forEach(reason -> html.append("<li>").append(escape(reason)).append("</li>"));
                html.append("</ul>");
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table></div></section>\n");
    }
}
