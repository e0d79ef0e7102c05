package dev.sreladder.report;

import java.util.List;

import dev.sreladder.cycle.CycleScore;

/**
 * A returning candidate's score across cycles as a small inline SVG: one point per cycle, oldest
 * on the left, on a scale from 0 to 100 %, joined by a line, each labelled with its score and its
 * cycle. The title and label say the same in words, for a screen reader.
 */
final class ScoreChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 130;
    private static final int LEFT = 40;
    private static final int RIGHT = 36;
    private static final int TOP = 18;
    private static final int PLOT_HEIGHT = 76;
    private static final int PERCENT = 100;

    private ScoreChart() {
    }

    static String render(List<CycleScore> scores, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"scores\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\"><title>")
                .append(Svg.escape(title)).append("</title>");
        for (int percent = 0; percent <= PERCENT; percent += PERCENT / 2) {
            String y = Svg.number(y(percent));
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(WIDTH - RIGHT / 2).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#e5e7eb\" stroke-width=\"1\"/><text x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(Svg.number(y(percent) + 4)).append("\" text-anchor=\"end\" font-size=\"10\"")
                    .append(" fill=\"#9ca3af\">").append(percent).append("%</text>");
        }
        if (scores.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(Palette.SCORE).append("\" stroke-width=\"2.5\"")
                    .append(" points=\"");
            for (int i = 0; i < scores.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(Svg.number(x(i, scores.size()))).append(',')
                        .append(Svg.number(y(scores.get(i).score())));
            }
            svg.append("\"/>");
        }
        for (int i = 0; i < scores.size(); i++) {
            CycleScore score = scores.get(i);
            String x = Svg.number(x(i, scores.size()));
            double y = y(score.score());
            svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(Svg.number(y))
                    .append("\" r=\"4.5\" fill=\"").append(Palette.SCORE).append("\"/><text x=\"").append(x)
                    .append("\" y=\"").append(Svg.number(y - 8)).append("\" text-anchor=\"middle\"")
                    .append(" font-size=\"11\" font-weight=\"700\" fill=\"#1f2937\">").append(score.score())
                    .append("%</text><text x=\"").append(x)
                    .append("\" y=\"").append(HEIGHT - 8).append("\" text-anchor=\"middle\" font-size=\"11\"")
                    .append(" fill=\"#374151\">").append(Svg.escape(score.cycle())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The point of the {@code index}-th of {@code count} cycles: spread over the width, one alone in the middle. */
    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + width / 2 : LEFT + index * width / (count - 1);
    }

    private static double y(int percent) {
        int clamped = Math.max(0, Math.min(PERCENT, percent));
        return TOP + (PERCENT - clamped) * PLOT_HEIGHT / (double) PERCENT;
    }
}
