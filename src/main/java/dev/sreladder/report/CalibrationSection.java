package dev.sreladder.report;

import static dev.sreladder.report.MarkdownReport.text;
import static dev.sreladder.report.Svg.escape;

import dev.sreladder.evaluation.Verdict;

/**
 * The calibration section of the Markdown and HTML packets: the rule it follows, the groups with
 * their verdicts and what is flagged, then each group broken out (a table in Markdown, a chart in
 * HTML). What is computed is {@link Calibration}'s; this only says it.
 */
final class CalibrationSection {

    private CalibrationSection() {
    }

    /**
     * Calibration across managers (or teams): the groups with their verdicts, then each group
     * broken out with its mean ratings against the cohort's. {@code always}: say so when no profile
     * names one (the teams' section is left out instead).
     */
    static void markdown(StringBuilder md, Calibration calibration, boolean always) {
        if (calibration.given() == 0) {
            if (always) {
                md.append("## ").append(Packet.calibrationTitle(calibration)).append("\n\n")
                        .append(text(Packet.nothingToCalibrate(calibration))).append("\n\n");
            }
            return;
        }
        md.append("## ").append(Packet.calibrationTitle(calibration)).append("\n\n")
                .append(text(Packet.calibrationRule(calibration))).append("\n\n")
                .append("| ").append(calibration.dimension()).append(" | candidates | READY | ALMOST | NOT_YET |")
                .append(" ratings higher than the evidence |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        for (Calibration.Group group : calibration.groups()) {
            md.append("| ").append(text(Packet.group(calibration, group))).append(" | ");
            if (!group.shown()) {
                md.append(text(Packet.countOnly(group))).append(" |  |  |  |  |\n");
                continue;
            }
            md.append(group.size()).append(": ").append(text(String.join(", ", group.candidates())));
            for (Verdict verdict : Verdict.values()) {
                md.append(" | ").append(group.verdicts().get(verdict));
            }
            md.append(" | ").append(text(Packet.flagged(calibration, group))).append(" |\n");
        }
        md.append('\n');
        for (Calibration.Group group : calibration.groups()) {
            if (!group.shown()) {
                continue;
            }
            if (!calibration.compared(group)) {
                md.append(text(Packet.notCompared(calibration, group))).append("\n\n");
                continue;
            }
            md.append("### ").append(text(Packet.group(calibration, group))).append(": mean ratings against the cohort")
                    .append("\n\n| competency | mean rating | cohort | difference | backed by | mean evidence |")
                    .append(" cohort evidence | |\n| --- | ---: | ---: | ---: | --- | ---: | ---: | --- |\n");
            for (Calibration.Competency competency : group.competencies()) {
                String mark = Packet.mark(group, competency);
                boolean flagged = group.flagged().contains(competency);
                md.append("| ").append(competency.name()).append(" | ").append(Packet.mean(competency.rating()))
                        .append(" | ").append(Packet.mean(competency.cohortRating())).append(" | ")
                        .append(Packet.difference(competency.difference())).append(" | ")
                        .append(competency.backed() ? String.join(", ", competency.backing()) : "—").append(" | ")
                        .append(competency.backed() ? Packet.mean(competency.evidence()) : "—").append(" | ")
                        .append(competency.backed() ? Packet.mean(competency.cohortEvidence()) : "—").append(" | ")
                        .append(mark.isEmpty() ? "" : flagged ? "**⚑ " + mark + "**" : mark).append(" |\n");
            }
            md.append('\n');
        }
    }

    /** Calibration across managers (or teams): the groups, then a chart of each group broken out. */
    static void html(StringBuilder html, Calibration calibration, boolean always) {
        if (calibration.given() == 0 && !always) {
            return;
        }
        html.append("<section class=\"calibration\" id=\"calibration-").append(calibration.dimension())
                .append("s\"><h2>").append(escape(Packet.calibrationTitle(calibration))).append("</h2>");
        if (calibration.given() == 0) {
            html.append("<p class=\"none\">").append(escape(Packet.nothingToCalibrate(calibration)))
                    .append("</p></section>\n");
            return;
        }
        html.append("<p class=\"rule\">").append(escape(Packet.calibrationRule(calibration))).append("</p>")
                .append("<div class=\"scroll\"><table><thead><tr><th>").append(calibration.dimension())
                .append("</th><th>candidates</th><th class=\"num\">READY</th><th class=\"num\">ALMOST</th>")
                .append("<th class=\"num\">NOT_YET</th><th>ratings higher than the evidence</th></tr></thead><tbody>");
        for (Calibration.Group group : calibration.groups()) {
            html.append("<tr").append(group.flagged().isEmpty() ? "" : " class=\"flagged\"").append("><td>")
                    .append(escape(Packet.group(calibration, group))).append("</td>");
            if (!group.shown()) {
                html.append("<td colspan=\"5\" class=\"none\">").append(escape(Packet.countOnly(group)))
                        .append("</td></tr>");
                continue;
            }
            html.append("<td><strong>").append(group.size()).append("</strong>: ")
                    .append(escape(String.join(", ", group.candidates()))).append("</td>");
            for (Verdict verdict : Verdict.values()) {
                html.append("<td class=\"num\">").append(group.verdicts().get(verdict)).append("</td>");
            }
            html.append("<td>").append(group.flagged().isEmpty() ? escape(Packet.flagged(calibration, group))
                    : "<span class=\"flag\">⚑</span> " + escape(Packet.flagged(calibration, group)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></div>\n<div class=\"calibration-charts\">");
        for (Calibration.Group group : calibration.groups()) {
            if (group.shown() && !calibration.compared(group)) {
                html.append("<p class=\"none\">").append(escape(Packet.notCompared(calibration, group)))
                        .append("</p>\n");
            } else if (group.shown()) {
                html.append("<figure class=\"chart\"><figcaption>").append(escape(Packet.group(calibration, group)))
                        .append(": mean rating against the cohort's</figcaption>")
                        .append(DotChart.render(group, calibration.topRating(), Packet.group(calibration, group)
                                + ": mean rating per competency against the cohort's"))
                        .append("</figure>\n");
            }
        }
        html.append("</div></section>\n");
    }
}
