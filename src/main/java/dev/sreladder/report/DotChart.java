package dev.sreladder.report;

import java.util.List;

/**
 * One calibration group's mean rating per competency against the cohort's, as inline SVG: a row
 * per competency on the rating scale, the cohort's mean as a ring, the group's as a dot, a line
 * between them, and the means (with the evidence behind them) at the end of the row. Competencies
 * whose ratings run higher than the cohort's while the evidence does not are drawn in the flag
 * colour and marked ⚑.
 */
final class DotChart {

    static final int WIDTH = 1000;
    private static final int LABEL_WIDTH = 150;
    private static final int TRACK = 320;
    private static final int ROW = 22;
    private static final int TOP = 34;
    private static final double START = LABEL_WIDTH + 10;

    private DotChart() {
    }

    static String render(Calibration.Group group, int topRating, String title) {
        List<Calibration.Competency> competencies = group.competencies();
        List<Calibration.Competency> flagged = group.flagged();
        int height = TOP + competencies.size() * ROW + 6;
        double scale = TRACK / (double) Math.max(1, topRating);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"dots\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\">")
                .append("<title>").append(Svg.escape(title)).append("</title>");
        legend(svg, group);
        for (int rating = 0; rating <= topRating; rating++) {
            double x = START + rating * scale;
            svg.append("<line x1=\"").append(Svg.number(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
                    .append(Svg.number(x)).append("\" y2=\"").append(height - 4)
                    .append("\" stroke=\"#e5e7eb\" stroke-width=\"1\"/><text x=\"").append(Svg.number(x))
                    .append("\" y=\"").append(TOP - 9).append("\" text-anchor=\"middle\" font-size=\"10\"")
                    .append(" fill=\"#9ca3af\">").append(rating).append("</text>");
        }
        for (int row = 0; row < competencies.size(); row++) {
            Calibration.Competency competency = competencies.get(row);
            boolean flag = flagged.contains(competency);
            String colour = flag ? Palette.FLAGGED : Palette.GROUP_MEAN;
            double y = TOP + row * ROW + ROW / 2.0;
            double mean = START + competency.rating() * scale;
            double cohort = START + competency.cohortRating() * scale;
            svg.append("<g").append(flag ? " class=\"flagged\"" : "").append('>');
            if (flag) {
                svg.append("<rect x=\"0\" y=\"").append(Svg.number(y - ROW / 2.0)).append("\" width=\"").append(WIDTH)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#fff1f2\"/>");
            }
            svg.append("<title>")
                    .append(Svg.escape(competency.name() + ": " + describe(competency)))
                    .append("</title><text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(Svg.number(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11.5\"")
                    .append(flag ? " font-weight=\"700\" fill=\"" + Palette.FLAGGED + "\"" : " fill=\"#1f2937\"")
                    .append('>').append(Svg.escape(competency.name())).append("</text>")
                    .append("<line x1=\"").append(Svg.number(cohort)).append("\" y1=\"").append(Svg.number(y))
                    .append("\" x2=\"").append(Svg.number(mean)).append("\" y2=\"").append(Svg.number(y))
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"3\"/>")
                    .append("<circle cx=\"").append(Svg.number(cohort)).append("\" cy=\"").append(Svg.number(y))
                    .append("\" r=\"5\" fill=\"#ffffff\" stroke=\"").append(Palette.COHORT_MEAN)
                    .append("\" stroke-width=\"2\"/>")
                    .append("<circle cx=\"").append(Svg.number(mean)).append("\" cy=\"").append(Svg.number(y))
                    .append("\" r=\"5.5\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(Svg.number(START + TRACK + 18)).append("\" y=\"")
                    .append(Svg.number(y + 4)).append("\" font-size=\"11\"")
                    .append(flag ? " font-weight=\"700\" fill=\"" + Palette.FLAGGED + "\"" : " fill=\"#374151\"")
                    .append('>').append(flag ? "⚑ " : "").append(Svg.escape(describe(competency)))
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The dot, the ring and the flag, named above the rows. */
    private static void legend(StringBuilder svg, Calibration.Group group) {
        svg.append("<circle cx=\"").append(Svg.number(START)).append("\" cy=\"9\" r=\"5\" fill=\"")
                .append(Palette.GROUP_MEAN).append("\"/><text x=\"").append(Svg.number(START + 9))
                .append("\" y=\"13\" font-size=\"11\" fill=\"#374151\">").append(Svg.escape(group.name()))
                .append("</text>");
        double x = START + 24 + 6.5 * group.name().length();
        svg.append("<circle cx=\"").append(Svg.number(x)).append("\" cy=\"9\" r=\"5\" fill=\"#ffffff\" stroke=\"")
                .append(Palette.COHORT_MEAN).append("\" stroke-width=\"2\"/><text x=\"").append(Svg.number(x + 9))
                .append("\" y=\"13\" font-size=\"11\" fill=\"#374151\">whole cohort</text>");
        x += 100;
        svg.append("<circle cx=\"").append(Svg.number(x)).append("\" cy=\"9\" r=\"5\" fill=\"").append(Palette.FLAGGED)
                .append("\"/><text x=\"").append(Svg.number(x + 9))
                .append("\" y=\"13\" font-size=\"11\" fill=\"#374151\">⚑ ratings run higher, the evidence does not")
                .append("</text>");
    }

    /** "3.7 against 3.0 · gameDays 0.3 against 1.0". */
    static String describe(Calibration.Competency competency) {
        String ratings = Packet.mean(competency.rating()) + " against " + Packet.mean(competency.cohortRating());
        if (!competency.backed()) {
            return ratings;
        }
        return ratings + " · " + String.join(" + ", competency.backing()) + " " + Packet.mean(competency.evidence())
                + " against " + Packet.mean(competency.cohortEvidence());
    }
}
