package dev.sreladder.report;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG: one bar per row, each bar made of coloured segments
 * (one segment for a plain bar; several for verdicts per transition), with the total at its end.
 */
final class BarChart {

    static final int WIDTH = 580;
    static final int LABEL_WIDTH = 270;
    static final int ROW = 26;
    static final int BAR = 16;
    private static final int TOTAL_ROOM = 34;
    private static final int LEGEND = 24;

    /** A part of a bar: how much, in which colour, called what (for the legend and the tooltip). */
    record Segment(int value, String colour, String label) {
    }

    record Bar(String label, List<Segment> segments) {

        int total() {
            return segments.stream().mapToInt(Segment::value).sum();
        }
    }

    private BarChart() {
    }

    /** The chart; {@code legend} (may be empty) names the colours above the bars. */
    static String render(List<Bar> bars, List<Segment> legend, String title) {
        int top = legend.isEmpty() ? 4 : LEGEND;
        int height = top + bars.size() * ROW + 4;
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        double scale = (WIDTH - LABEL_WIDTH - TOTAL_ROOM) / (double) max;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\">")
                .append("<title>").append(Svg.escape(title)).append("</title>");
        double x = LABEL_WIDTH;
        for (Segment key : legend) {
            svg.append("<rect x=\"").append(Svg.number(x)).append("\" y=\"5\" width=\"10\" height=\"10\" fill=\"")
                    .append(key.colour()).append("\"/><text x=\"").append(Svg.number(x + 14))
                    .append("\" y=\"14\" font-size=\"11\" fill=\"#374151\">").append(Svg.escape(key.label()))
                    .append("</text>");
            x += 24 + 7 * key.label().length();
        }
        for (int row = 0; row < bars.size(); row++) {
            Bar bar = bars.get(row);
            double y = top + row * ROW;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(Svg.number(y + BAR - 3))
                    .append("\" text-anchor=\"end\" font-size=\"11.5\" fill=\"#1f2937\">")
                    .append(Svg.escape(bar.label()))
                    .append("</text>");
            double at = LABEL_WIDTH;
            for (Segment segment : bar.segments()) {
                if (segment.value() <= 0) {
                    continue;
                }
                double width = segment.value() * scale;
                svg.append("<rect x=\"").append(Svg.number(at)).append("\" y=\"").append(Svg.number(y))
                        .append("\" width=\"").append(Svg.number(width)).append("\" height=\"").append(BAR)
                        .append("\" fill=\"").append(segment.colour()).append("\"><title>")
                        .append(Svg.escape(bar.label() + ": " + segment.value() + " " + segment.label()))
                        .append("</title></rect>");
                if (bar.segments().size() > 1 && width >= 16) {
                    svg.append("<text x=\"").append(Svg.number(at + width / 2)).append("\" y=\"")
                            .append(Svg.number(y + BAR - 4)).append("\" text-anchor=\"middle\" font-size=\"10\"")
                            .append(" fill=\"#ffffff\">").append(segment.value()).append("</text>");
                }
                at += width;
            }
            svg.append("<text x=\"").append(Svg.number(at + 6)).append("\" y=\"").append(Svg.number(y + BAR - 3))
                    .append("\" font-size=\"12\" font-weight=\"600\" fill=\"#1f2937\">").append(bar.total())
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
