package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.cycle.CycleScore;
import dev.sreladder.cycle.RuleOverride;
import dev.sreladder.cycle.SinceLastCycle;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileReader;

/**
 * A cycle's packet, built in memory: Maya returns, with a change that is part hers and part the
 * rules'; Hannah returns with nothing changed; Priya is new. What the committee reads, in each format.
 */
class CyclePacketTest {

    static final String FINGERPRINT = "sha256:5f1c0e9a2b7d4c3e8f6a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e";
    static final SinceLastCycle MAYA_SINCE = new SinceLastCycle("2026-H1", Verdict.NOT_YET, 62, Optional.of("defer"),
            List.of("mentoring"), List.of("clear-writing"), List.of(), List.of("staying-current", "capacity-and-cost"));
    static final SinceLastCycle HANNAH_SINCE = new SinceLastCycle("2026-H1", Verdict.NOT_YET, 93, Optional.empty(),
            List.of(), List.of(), List.of(), List.of());
    static final List<RuleOverride> OVERRIDES = List.of(
            new RuleOverride("mid-level-plateau", "A mid-level SRE who stays too long stops growing", "MID", 2,
                    List.of("2026-H2"), List.of("leads the on-call guild", "<script>alert(5)</script>")),
            new RuleOverride("READY", "READY when nothing stands in the way", "MID", 1, List.of("2026-H2"),
                    List.of()));

    static Cohort plain;
    static Cohort cycle;

    @BeforeAll
    static void cohorts() {
        Candidate maya = candidate("maya-chen").returning(MAYA_SINCE,
                List.of(new CycleScore("2025-H2", 50), new CycleScore("2026-H1", 62), new CycleScore("2026-H2", 75)));
        Candidate hannah = candidate("hannah-okafor-mid-plateau-one-gap").returning(HANNAH_SINCE,
                List.of(new CycleScore("2026-H1", 93), new CycleScore("2026-H2", 93)));
        plain = new Cohort("cycle 2026-H2", ReportFixtures.GENERATED, List.of(maya, hannah,
                candidate("priya-nair-junior-ready")), List.of());
        cycle = plain.inCycle(new CyclePacket("2026-H2", "open", FINGERPRINT, "article-sre", OVERRIDES));
    }

    private static Candidate candidate(String sample) {
        return ReportFixtures.candidate(new ProfileReader().read(Path.of("samples/" + sample + ".yaml"),
                Ladder.article()).profile());
    }

    @Test
    void shouldCarryTheCycleAndTheReturningCandidatesPartsWithoutChangingTheRest() {
        assertThat(plain.cycle()).isEmpty();
        assertThat(cycle.cycle()).get().extracting(CyclePacket::name).isEqualTo("2026-H2");
        assertThat(cycle.candidates()).isEqualTo(plain.candidates());
        Candidate maya = cycle.candidates().stream().filter(candidate -> candidate.id().equals("maya-chen"))
                .findFirst().orElseThrow();
        assertThat(maya.since()).contains(MAYA_SINCE);
        assertThat(maya.scores()).extracting(CycleScore::score).containsExactly(50, 62, 75);
        Candidate priya = candidate("priya-nair-junior-ready");
        assertThat(priya.since()).isEmpty();
        assertThat(priya.scores()).isEmpty();
    }

    @Nested
    class Markdown {

        private final String md = MarkdownReport.render(cycle);

        @Test
        void shouldNameTheCycleAndItsPinnedRulesNearTheTop() {
            assertThat(md).contains("\n\nCycle 2026-H2 (open) · judged under the rules pinned for it, " + FINGERPRINT
                    + " · ladder article-sre\n\n");
            assertThat(md.indexOf("Cycle 2026-H2 (open)")).isLessThan(md.indexOf("## Summary"));
        }

        @Test
        void shouldTellAReturningCandidatesProgressFromTheRulesChange() {
            assertThat(section(md, "maya-chen")).contains("#### Since last cycle (2026-H1)\n\n"
                    + "In 2026-H1: NOT_YET, 62% · decision: defer\n\n"
                    + "- cleared by the engineer: mentoring\n"
                    + "- cleared by the rules: clear-writing\n"
                    + "- new by the rules: staying-current, capacity-and-cost\n\n"
                    + "Score across cycles: 2025-H2 50% → 2026-H1 62% → 2026-H2 75%\n\n")
                    .doesNotContain("new by the engineer:", "no change in what stands in the way");
        }

        @Test
        void shouldSayWhenNothingThatStandsInTheWayChanged() {
            assertThat(section(md, "hannah-okafor")).contains("#### Since last cycle (2026-H1)\n\n"
                    + "In 2026-H1: NOT_YET, 93% · no decision recorded\n\n"
                    + "Since then: no change in what stands in the way.\n\n")
                    .doesNotContain("cleared by the", "new by the");
        }

        @Test
        void shouldShowNoSinceLastCyclePartForAFirstTimeCandidate() {
            assertThat(section(md, "priya-nair")).doesNotContain("Since last cycle", "Score across cycles");
        }

        @Test
        void shouldEndWithTheCyclesOverridesMostOverriddenFirst() {
            String end = md.substring(md.lastIndexOf("\n## "));

            assertThat(end).startsWith("\n## Overrides in this cycle\n\n");
            assertThat(end).contains("| code | rule | level | overrides | reasons |");
            assertThat(end.indexOf("| `mid-level-plateau` | A mid-level SRE who stays too long stops growing | MID | 2 "
                    + "| “leads the on-call guild”; “\\<script\\>alert(5)\\</script\\>” |"))
                    .isPositive()
                    .isLessThan(end.indexOf("| `READY` | READY when nothing stands in the way | MID | 1 |  |\n"));
        }

        @Test
        void shouldSaySoWhenNoDecisionWentAgainstTheRules() {
            String none = MarkdownReport.render(plain.inCycle(new CyclePacket("2026-H2", "closed", FINGERPRINT,
                    "article-sre", List.of())));

            assertThat(none).endsWith("\n## Overrides in this cycle\n\n"
                    + "No overrides in this cycle: every decision followed the rules' verdict.\n");
            assertThat(none).contains("Cycle 2026-H2 (closed)");
        }

        @Test
        void shouldLeaveAPacketOutsideAnyCycleWithoutACyclesParts() {
            String outside = MarkdownReport.render(new Cohort("samples", ReportFixtures.GENERATED,
                    List.of(candidate("maya-chen")), List.of()));

            assertThat(outside).doesNotContain("Cycle ", "Since last cycle", "Overrides in this cycle");
        }
    }

    @Nested
    class Html {

        private final String html = HtmlReport.render(cycle);

        @Test
        void shouldNameTheCycleInTheHeader() {
            assertThat(html).contains("<p class=\"cycle\">Cycle 2026-H2 (open) · judged under the rules pinned for"
                    + " it, " + FINGERPRINT + " · ladder article-sre</p></header>");
        }

        @Test
        void shouldTellAReturningCandidatesProgressFromTheRulesChange() {
            String maya = section(html, "maya-chen");

            assertThat(maya).contains("<div class=\"since\"><h3>Since last cycle (2026-H1)</h3>"
                    + "<p>In 2026-H1: NOT_YET, 62% · decision: defer</p><ul class=\"changes\">"
                    + "<li>cleared by the engineer: mentoring</li><li>cleared by the rules: clear-writing</li>"
                    + "<li>new by the rules: staying-current, capacity-and-cost</li></ul>")
                    .doesNotContain("new by the engineer:");
            assertThat(section(html, "hannah-okafor"))
                    .contains("<p class=\"none\">Since then: no change in what stands in the way.</p>");
            assertThat(section(html, "priya-nair")).doesNotContain("Since last cycle", "<svg class=\"scores\"");
        }

        @Test
        void shouldDrawTheScoreAcrossCyclesHigherForAHigherScore() {
            String chart = chart(section(html, "maya-chen"));

            assertThat(chart).contains("role=\"img\" aria-label=\"Maya Chen&#39;s score across cycles: "
                    + "2025-H2 50% → 2026-H1 62% → 2026-H2 75%\"", "<title>Maya Chen&#39;s score across cycles",
                    "<polyline", Palette.SCORE, ">2025-H2</text>", ">75%</text>");
            List<Double> heights = new java.util.ArrayList<>();
            Matcher circle = Pattern.compile("<circle cx=\"[\\d.]+\" cy=\"([\\d.]+)\"").matcher(chart);
            while (circle.find()) {
                heights.add(Double.parseDouble(circle.group(1)));
            }
            assertThat(heights).as("SVG y grows downwards: each later, higher score is drawn above").hasSize(3)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
            assertThat(section(html, "maya-chen")).contains("<figcaption>Score across cycles: 2025-H2 50% → "
                    + "2026-H1 62% → 2026-H2 75%</figcaption>");
        }

        @Test
        void shouldDrawOneScoreAloneWithoutALine() {
            String chart = ScoreChart.render(List.of(new CycleScore("2026-H1", 40)), "one");

            assertThat(chart).doesNotContain("<polyline").contains("<circle", ">40%</text>", ">2026-H1</text>");
        }

        @Test
        void shouldEndWithTheCyclesOverridesWithTheReasonsEscaped() {
            String end = html.substring(html.lastIndexOf("<section"));

            assertThat(end).startsWith("<section class=\"cycle-overrides\" id=\"cycle-overrides\">"
                    + "<h2>Overrides in this cycle</h2>");
            assertThat(end).contains("<tr><td><code>mid-level-plateau</code></td><td>A mid-level SRE who stays too "
                    + "long stops growing</td><td>MID</td><td class=\"num\">2</td><td><ul><li>leads the on-call guild"
                    + "</li><li>&lt;script&gt;alert(5)&lt;/script&gt;</li></ul></td></tr>")
                    .doesNotContain("<script>");
            assertThat(end.indexOf("mid-level-plateau")).isLessThan(end.indexOf("<code>READY</code>"));
        }

        @Test
        void shouldSaySoWhenNoDecisionWentAgainstTheRules() {
            String none = HtmlReport.render(plain.inCycle(new CyclePacket("2026-H2", "closed", FINGERPRINT,
                    "article-sre", List.of())));

            assertThat(none).contains("<h2>Overrides in this cycle</h2><p class=\"none\">No overrides in this cycle: "
                    + "every decision followed the rules&#39; verdict.</p></section>\n</main>");
        }

        @Test
        void shouldAddTheCyclesStylesOnlyToACyclesPacket() {
            assertThat(html).contains(".since {");
            assertThat(HtmlReport.render(plain)).doesNotContain(".since {", "class=\"cycle\"", "cycle-overrides");
        }

        private static String section(String html, String id) {
            int start = html.indexOf("id=\"c-" + id + "\"");
            int end = html.indexOf("<section", start);
            return html.substring(start, end);
        }

        private static String chart(String section) {
            return section.substring(section.indexOf("<svg class=\"scores\""), section.indexOf("</svg>",
                    section.indexOf("<svg class=\"scores\"")));
        }
    }

    @Nested
    class Csv {

        private final List<List<String>> rows = CsvParsing.parse(CsvReport.render(cycle));

        private List<String> row(String id) {
            return rows.stream().filter(row -> row.get(0).equals(id)).findFirst().orElseThrow();
        }

        private List<String> since(String id) {
            List<String> row = row(id);
            return row.subList(row.size() - CsvReport.SINCE_LAST_CYCLE.size(), row.size());
        }

        @Test
        void shouldAddTheSinceLastCycleColumnsAtTheEnd() {
            assertThat(rows.get(0)).startsWith(CsvReport.HEADER.toArray(String[]::new)).endsWith("previous_cycle",
                    "previous_verdict", "previous_score", "cleared_by_engineer", "cleared_by_rules",
                    "new_by_engineer", "new_by_rules");
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CsvReport.HEADER.size() + 7));
        }

        @Test
        void shouldFillThemForAReturningCandidateAndLeaveThemEmptyForANewOne() {
            assertThat(since("maya-chen")).containsExactly("2026-H1", "NOT_YET", "62", "mentoring", "clear-writing",
                    "", "staying-current;capacity-and-cost");
            assertThat(since("hannah-okafor")).containsExactly("2026-H1", "NOT_YET", "93", "", "", "", "");
            assertThat(since("priya-nair")).containsOnly("");
        }

        @Test
        void shouldAddNothingOutsideACycle() {
            List<List<String>> outside = CsvParsing.parse(CsvReport.render(plain));

            assertThat(outside.get(0)).isEqualTo(CsvReport.HEADER);
            assertThat(outside).allSatisfy(row -> assertThat(row).hasSize(CsvReport.HEADER.size()));
        }
    }

    static String section(String md, String id) {
        int start = md.indexOf("(`" + id + "`) — ");
        Matcher next = Pattern.compile("\n#{2,3} ").matcher(md);
        int end = next.find(start) ? next.start() : md.length();
        return md.substring(start, end);
    }
}
