package dev.sreladder.report;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.sreladder.evaluation.Requirement;

/**
 * A radar (spider) chart of one person's competency ratings (solid, filled) against what the
 * rules expect at the target (dashed), as inline SVG. Axes where the rating falls short of the
 * expectation have their label marked; where nothing is expected the dashed line does not go.
 */
final class RadarChart {

    /** The colour of the person's ratings; the browser test looks for it. */
    static final String RATING_COLOUR = "#1d4ed8";
    static final String EXPECTED_COLOUR = "#ea580c";
    static final int WIDTH = 560;
    static final int HEIGHT = 330;
    static final double CENTRE_X = WIDTH / 2.0;
    static final double CENTRE_Y = HEIGHT / 2.0;
    static final double RADIUS = 118;
    /** How far left of the first spoke the ring numbers end, clear of a rating's point on it. */
    private static final double TICK_GAP = 6;
    /** Half the length of the dash that marks a lone expectation across its spoke. */
    private static final double DASH = 6;

    /** One spoke: a competency, the person's rating and the rating expected. */
    record Axis(String label, double value, double expected) {
    }

    private RadarChart() {
    }

    static String render(List<Axis> axes, double max, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Svg.escape(title)).append("\">")
                .append("<title>").append(Svg.escape(title)).append("</title>");
        for (int ring = 1; ring <= max; ring++) {
            double fraction = ring / max;
            svg.append("<polygon points=\"").append(points(axes.size(), index -> fraction))
                    .append("\" fill=\"none\" stroke=\"#d1d5db\" stroke-width=\"").append(ring == max ? "1.2" : "0.7")
                    .append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, axes.size(), 1);
            svg.append("<line x1=\"").append(Svg.number(CENTRE_X)).append("\" y1=\"").append(Svg.number(CENTRE_Y))
                    .append("\" x2=\"").append(Svg.number(end[0])).append("\" y2=\"").append(Svg.number(end[1]))
                    .append("\" stroke=\"#e5e7eb\" stroke-width=\"0.7\"/>");
        }
        // The expectation is drawn over the filled ratings, so it stays visible where they exceed it.
        svg.append("<polygon class=\"rating\" points=\"").append(points(axes.size(), i -> axes.get(i).value() / max))
                .append("\" fill=\"").append(RATING_COLOUR).append("\" fill-opacity=\"0.16\" stroke=\"")
                .append(RATING_COLOUR).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        svg.append(expected(axes, max));
        for (int i = 0; i < axes.size(); i++) {
            double[] dot = point(i, axes.size(), axes.get(i).value() / max);
            svg.append("<circle cx=\"").append(Svg.number(dot[0])).append("\" cy=\"").append(Svg.number(dot[1]))
                    .append("\" r=\"3\" fill=\"").append(RATING_COLOUR).append("\"/>");
        }
        // The ring numbers go over the data, left of the first spoke, on a white halo: no point or line hides them.
        for (int ring = 1; ring <= max; ring++) {
            svg.append("<text class=\"tick\" x=\"").append(Svg.number(CENTRE_X - TICK_GAP)).append("\" y=\"")
                    .append(Svg.number(CENTRE_Y - RADIUS * ring / max + 3.5))
                    .append("\" text-anchor=\"end\" font-size=\"9\" fill=\"#6b7280\" stroke=\"#ffffff\"")
                    .append(" stroke-width=\"3\" paint-order=\"stroke\">").append(ring).append("</text>");
        }
        for (int i = 0; i < axes.size(); i++) {
            svg.append(label(axes.get(i), i, axes.size()));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The expectation, dashed: a closed polygon when every competency expects something; otherwise
     * lines only between neighbouring spokes that both expect something, and a short dash across a
     * spoke whose neighbours expect nothing. A spoke that expects nothing gets no point: drawn at the
     * centre, it would read as "expects 0".
     */
    private static String expected(List<Axis> axes, double max) {
        int count = axes.size();
        String style = "fill=\"none\" stroke=\"" + EXPECTED_COLOUR + "\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"";
        if (axes.stream().allMatch(RadarChart::expects)) {
            return "<polygon class=\"expected\" points=\"" + points(count, i -> axes.get(i).expected() / max) + "\" "
                    + style + "/>";
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Axis axis = axes.get(i);
            if (!expects(axis)) {
                continue;
            }
            double[] at = point(i, count, axis.expected() / max);
            int next = (i + 1) % count;
            if (expects(axes.get(next))) {
                double[] to = point(next, count, axes.get(next).expected() / max);
                path.append(move(at)).append(" L").append(xy(to)).append(' ');
            } else if (!expects(axes.get((i + count - 1) % count))) {
                // Alone between spokes that expect nothing: a dash across its spoke, at the level expected.
                double angle = 2 * Math.PI * i / count;
                double dx = DASH * Math.cos(angle);
                double dy = DASH * Math.sin(angle);
                path.append(move(new double[] {at[0] - dx, at[1] - dy})).append(" L")
                        .append(xy(new double[] {at[0] + dx, at[1] + dy})).append(' ');
            }
        }
        return path.isEmpty() ? "" : "<path class=\"expected\" d=\"" + path.toString().strip() + "\" " + style + "/>";
    }

    private static boolean expects(Axis axis) {
        return axis.expected() > 0;
    }

    private static String move(double[] at) {
        return "M" + xy(at);
    }

    private static String xy(double[] at) {
        return Svg.number(at[0]) + "," + Svg.number(at[1]);
    }

    private static String label(Axis axis, int index, int count) {
        double[] at = point(index, count, 1 + 16 / RADIUS);
        double cos = at[0] - CENTRE_X;
        String anchor = Math.abs(cos) < 12 ? "middle" : cos > 0 ? "start" : "end";
        boolean fallsShort = axis.value() < axis.expected();
        return "<text x=\"" + Svg.number(at[0]) + "\" y=\"" + Svg.number(at[1] + 4) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"11\"" + (fallsShort ? " class=\"short\" fill=\"#9f1239\" font-weight=\"700\""
                        : " fill=\"#374151\"")
                + ">" + Svg.escape(axis.label()) + " " + rating(axis.value())
                + (axis.expected() > 0 ? "/" + rating(axis.expected()) : "")
                + "</text>";
    }

    private static String rating(double value) {
        return Requirement.format(value);
    }

    private static String points(int count, IntToDoubleFunction fraction) {
        return IntStream.range(0, count).mapToObj(i -> {
            return xy(point(i, count, fraction.applyAsDouble(i)));
        }).collect(Collectors.joining(" "));
    }

    /** Spoke {@code index} of {@code count}, the first straight up, clockwise, at a fraction of the radius. */
    static double[] point(int index, int count, double fraction) {
        double angle = -Math.PI / 2 + 2 * Math.PI * index / count;
        return new double[] {CENTRE_X + RADIUS * fraction * Math.cos(angle),
                CENTRE_Y + RADIUS * fraction * Math.sin(angle)};
    }
}
