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
        String expected = points(svg, "expected");
        // Up: full rating at the top; right: half of the radius; down: the centre; left: a quarter.
        assertThat(rating).isEqualTo("280,47 339,165 280,165 250.5,165");
        assertThat(expected).isEqualTo("280,106 368.5,165 280,165 280,165");
        assertThat(svg).contains("stroke=\"" + RadarChart.RATING_COLOUR + "\"").contains("stroke-dasharray")
                .contains("aria-label=\"Maya &lt;Chen&gt;\"").contains("&lt;b&gt; 1<").doesNotContain("<b>")
                .contains("class=\"short\" fill=\"#9f1239\" font-weight=\"700\">writing 2/3<")
                .contains(">incidentResponse 4/2<").contains(">slos 0<");
        assertThat(ReportRenderersTest.count(svg, "<circle")).isEqualTo(4);
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

    private static String points(String svg, String polygonClass) {
        Matcher matcher = Pattern.compile("<polygon class=\"" + polygonClass + "\" points=\"([^\"]+)\"").matcher(svg);
        assertThat(matcher.find()).as(polygonClass + " polygon").isTrue();
        return matcher.group(1);
    }
}
