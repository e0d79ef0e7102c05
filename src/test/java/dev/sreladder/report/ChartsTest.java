package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Requirement;
import dev.sreladder.testing.Levels;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.FindingKind;

/** The SVG renderers draw what they are given, where it belongs, and escape their labels. */
class ChartsTest {

    @Test
    void radarShouldPutTheFirstSpokeUpAndScaleRatingsToTheRadius() {
        String svg = RadarChart.render(List.of(new RadarChart.Axis("incidentResponse", 4, 2),
                new RadarChart.Axis("writing", 2, 3), new RadarChart.Axis("slos", 0, 0),
                new RadarChart.Axis("<b>", 1, 0)), 4, "Maya <Chen>");

        String rating = points(svg, "rating");
        // Up: full rating at the top; right: half of the radius; down: the centre; left: a quarter.
        assertThat(rating).isEqualTo("280,47 339,165 280,165 250.5,165");
        assertThat(expected(svg)).isEqualTo("M280,106 L368.5,165");
        assertThat(svg).contains("stroke=\"" + RadarChart.RATING_COLOUR + "\"").contains("stroke-dasharray")
                .contains("aria-label=\"Maya &lt;Chen&gt;\"").contains("&lt;b&gt; 1<").doesNotContain("<b>")
                .contains("class=\"short\" fill=\"#9f1239\" font-weight=\"700\">writing 2/3<")
                .contains(">incidentResponse 4/2<").contains(">slos 0<");
        assertThat(ReportRenderersTest.count(svg, "<circle")).isEqualTo(4);
    }

    @Test
    void radarShouldCloseTheExpectationWhenEveryCompetencyExpectsSomething() {
        String svg = RadarChart.render(List.of(new RadarChart.Axis("a", 1, 2), new RadarChart.Axis("b", 1, 4),
                new RadarChart.Axis("c", 1, 2), new RadarChart.Axis("d", 1, 4)), 4, "all");

        assertThat(points(svg, "expected")).isEqualTo("280,106 398,165 280,224 162,165");
    }

    @Test
    void radarShouldDrawNoExpectationWhereNothingIsExpectedNotEvenAtTheCentre() {
        // Up and right expect 2 and 4, down expects nothing, left expects 4 next to up.
        String svg = RadarChart.render(List.of(new RadarChart.Axis("up", 1, 2), new RadarChart.Axis("right", 1, 4),
                new RadarChart.Axis("down", 3, 0), new RadarChart.Axis("left", 1, 4)), 4, "some");

        assertThat(svg).doesNotContain("<polygon class=\"expected\"");
        // Left to up, up to right: nothing goes down to "down", and nothing to the centre.
        assertThat(expected(svg)).isEqualTo("M280,106 L398,165 M162,165 L280,106").doesNotContain("280,165")
                .doesNotContain("280,224");
        assertThat(svg).contains(">down 3<").contains(">right 1/4<");
    }

    @Test
    void radarShouldMarkALoneExpectationWithADashAcrossItsSpoke() {
        String svg = RadarChart.render(List.of(new RadarChart.Axis("up", 1, 2), new RadarChart.Axis("right", 1, 0),
                new RadarChart.Axis("down", 1, 0), new RadarChart.Axis("left", 1, 0)), 4, "alone");

        // Across the spoke straight up, at 2 of 4: a level dash, the centre nowhere.
        assertThat(expected(svg)).isEqualTo("M274,106 L286,106");
    }

    @Test
    void radarShouldWriteTheRingNumbersOverThePointsAndBesideTheFirstSpoke() {
        String svg = RadarChart.render(List.of(new RadarChart.Axis("up", 4, 4), new RadarChart.Axis("right", 2, 2),
                new RadarChart.Axis("down", 2, 2)), 4, "top");

        Matcher tick = Pattern.compile("<text class=\"tick\" x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"end\"[^>]*"
                + "paint-order=\"stroke\">(\\d)</text>").matcher(svg);
        int ticks = 0;
        while (tick.find()) {
            ticks++;
            assertThat(tick.group(2)).isEqualTo(Integer.toString(ticks));
            // The point on the first spoke has a radius of 3: the number ends left of it.
            assertThat(Double.parseDouble(tick.group(1))).isLessThan(RadarChart.CENTRE_X - 3);
            assertThat(tick.start()).as("drawn after, so over, the last point")
                    .isGreaterThan(svg.lastIndexOf("<circle"));
        }
        assertThat(ticks).isEqualTo(4);
    }

    @Test
    void barsShouldBeAsLongAsTheirShareOfTheLongestAndStackTheirSegments() {
        String svg = BarChart.render(List.of(
                new BarChart.Bar("MID → SENIOR", List.of(new BarChart.Segment(1, "#15803d", "READY"),
                        new BarChart.Segment(3, "#b91c1c", "NOT_YET"))),
                new BarChart.Bar("<i>", List.of(new BarChart.Segment(2, "#7c3aed", "candidates")))),
                List.of(new BarChart.Segment(0, "#15803d", "READY")), "Verdicts & gaps");

        double full = BarChart.WIDTH - BarChart.LABEL_WIDTH - 34;
        assertThat(svg).contains("<rect x=\"270\" y=\"24\" width=\"" + Svg.number(full / 4)
                + "\" height=\"16\" fill=\"#15803d\">")
                .contains("<rect x=\"" + Svg.number(270 + full / 4) + "\" y=\"24\" width=\"" + Svg.number(full * 3 / 4)
                        + "\" height=\"16\" fill=\"#b91c1c\"><title>MID → SENIOR: 3 NOT_YET</title>")
                .contains("width=\"" + Svg.number(full / 2) + "\" height=\"16\" fill=\"#7c3aed\"")
                .contains("&lt;i&gt;").doesNotContain("<i>").contains("aria-label=\"Verdicts &amp; gaps\"");
    }

    @Test
    void expectedRatingsShouldComeFromWhatTheRulesRequire() {
        ExpectedRatings expected = new ExpectedRatings(ReportFixtures.evaluations());
        Evaluation maya = ReportFixtures.evaluate("samples/maya-chen.yaml");

        java.util.Map<String, Integer> midToSenior = expected.of(Levels.MID, Levels.SENIOR);

        // Every rating a gap or blocker asks for is what the chart expects, and nothing less.
        maya.findings().stream().filter(finding -> finding.kind() == FindingKind.GAP
                || finding.kind() == FindingKind.BLOCKER).flatMap(finding -> finding.requires().stream())
                .filter(Requirement.class::isInstance).map(Requirement.class::cast)
                .filter(requirement -> midToSenior.containsKey(requirement.key()))
                .forEach(requirement -> assertThat(midToSenior.get(requirement.key()))
                        .as(requirement.key()).isGreaterThanOrEqualTo(requirement.value().intValue()));
        assertThat(midToSenior).hasSize(17).containsEntry("platformBuilding", 0);
        assertThat(midToSenior.get("resilienceTesting")).isPositive();
        assertThat(expected.of(Levels.STAFF, Levels.STAFF).get("resilienceTesting")).isZero();
    }

    /** The path of a broken expectation line. */
    private static String expected(String svg) {
        Matcher matcher = Pattern.compile("<(?:path|polygon) class=\"expected\" (?:d|points)=\"([^\"]+)\"")
                .matcher(svg);
        assertThat(matcher.find()).as("the expectation").isTrue();
        return matcher.group(1);
    }

    private static String points(String svg, String polygonClass) {
        Matcher matcher = Pattern.compile("<polygon class=\"" + polygonClass + "\" points=\"([^\"]+)\"").matcher(svg);
        assertThat(matcher.find()).as(polygonClass + " polygon").isTrue();
        return matcher.group(1);
    }
}
