package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Review;

/**
 * What the packet shows of the committee's judgement, on the calibration samples: evidence items
 * under the findings they support, waivers with their reasons, self-ratings beside the manager's,
 * notes apart from the verdict, and calibration across managers, in the three formats.
 */
class CommitteeJudgementReportTest {

    static final String HOSTILE_WHAT = "<script>alert(5)</script> *bold* | cell `code` [x](javascript:alert(6))";

    static Cohort cohort;
    static String md;
    static String html;

    @BeforeAll
    static void render() {
        cohort = ReportFixtures.calibration();
        md = MarkdownReport.render(cohort);
        html = HtmlReport.render(cohort);
    }

    @Nested
    class EvidenceItems {

        @Test
        void shouldListTheItemsOfAMetExpectationUnderItWithTheirDateAndLink() {
            String gustavo = ReportRenderersTest.section(md, "gustavo-lima");

            assertThat(gustavo).contains("**Met, with evidence (")
                    .contains("- `resilience-testing` [SENIOR] resilienceTesting is 3, needs ≥ 3; gameDays is 3, "
                            + "needs ≥ 1  \n  *Evidence:*\n"
                            + "  - gameDays: Zone loss game day for the service mesh · 2026-02-11 · "
                            + "<https://wiki.example.com/core/gamedays/mesh-zone-loss>\n"
                            + "  - gameDays: etcd quorum loss drill · 2026-05-06 · "
                            + "<https://wiki.example.com/core/gamedays/etcd-quorum>\n")
                    .contains("  - mentees: Mentored Noor through her first on-call rotation · 2026-04-01\n");
        }

        @Test
        void shouldListTheItemsOfAGapUnderTheGap() {
            String hana = ReportRenderersTest.section(md, "hana-kobayashi");

            assertThat(hana).contains("*Clears when:* resilienceTesting ≥ 3  \n  *Article:* Senior: Designing for "
                    + "Reliability at Scale  \n  *Evidence:*\n  - gameDays: Prometheus federation failover drill\n");
        }

        @Test
        void shouldMakeEveryAcceptedLinkClickableInHtmlAndNothingElse() {
            Matcher anchor = Pattern.compile("<a href=\"(https://[^\"]+)\"([^>]*)>([^<]*)</a>").matcher(html);
            int links = 0;
            while (anchor.find()) {
                links++;
                assertThat(anchor.group(2)).isEqualTo(" target=\"_blank\" rel=\"noopener noreferrer\"");
                assertThat(anchor.group(3)).as("the address is shown as it is").isEqualTo(anchor.group(1));
            }
            // Beatriz links four items, Gustavo three, Isaac two.
            assertThat(links).isEqualTo(9);
            assertThat(ReportRenderersTest.count(html, "https://")).isEqualTo(2 * links);
            assertThat(html).contains("<li><span class=\"item-key\">gameDays</span> Zone loss game day for the service"
                    + " mesh <span class=\"when\">2026-02-11</span> <a href=\"https://wiki.example.com/core/gamedays/"
                    + "mesh-zone-loss\"")
                    .doesNotContain("<script").doesNotContain("src=");
        }

        @Test
        void shouldEscapeWhatAnItemSaysInEveryFormat() {
            Cohort hostile = new Cohort("x", ReportFixtures.GENERATED, List.of(withItem(new EvidenceItem(HOSTILE_WHAT,
                    URI.create("https://wiki.example.com/gd?q=1&it's=2"), LocalDate.parse("2026-08-14")))), List.of());

            String markdown = MarkdownReport.render(hostile);
            String page = HtmlReport.render(hostile);

            assertThat(markdown).doesNotContainPattern("(?<!\\\\)<script")
                    .doesNotContainPattern("(?<!\\\\)\\]\\(javascript")
                    .contains("  - gameDays: \\<script\\>alert(5)\\</script\\> \\*bold\\* \\| cell \\`code\\` "
                            + "\\[x\\](javascript:alert(6)) · 2026-08-14 · <https://wiki.example.com/gd?q=1&it's=2>");
            assertThat(page).doesNotContain("<script").doesNotContain("href=\"javascript")
                    .contains("&lt;script&gt;alert(5)&lt;/script&gt; *bold* | cell `code` [x](javascript:alert(6))")
                    .contains("<a href=\"https://wiki.example.com/gd?q=1&amp;it&#39;s=2\" target=\"_blank\" "
                            + "rel=\"noopener noreferrer\">");
        }

        @Test
        void shouldShowALinkThatIsNotHttpsAsTextOnly() {
            assertThat(HtmlReport.link(URI.create("javascript:alert(1)")))
                    .isEqualTo("<span class=\"link\">javascript:alert(1)</span>");
            assertThat(MarkdownReport.link(URI.create("javascript:alert(1)"))).isEqualTo("javascript:alert(1)");
            assertThat(MarkdownReport.link(URI.create("https://wiki.example.com/r%C3%A9sum%C3%A9")))
                    .isEqualTo("<https://wiki.example.com/r%C3%A9sum%C3%A9>");
        }
    }

    @Nested
    class Waivers {

        @Test
        void shouldListEveryWaiverOfTheCohortForTheCommittee() {
            assertThat(md).contains("## Waivers\n\n1 waiver in this cohort: a waived expectation is not checked and not"
                    + " counted in the score")
                    .contains("| candidate | code | level | reason |\n| --- | --- | --- | --- |\n"
                            + "| Beatriz Santos (`beatriz-santos`) | `mentoring` | SENIOR | Payments SRE has not hired"
                            + " anyone in the review period, so there was no one new to mentor |\n");
            assertThat(html).contains("<section class=\"waivers\" id=\"waivers\"><h2>Waivers</h2>")
                    .contains("<td><a href=\"#c-beatriz-santos\">Beatriz Santos</a></td><td><code>mentoring</code>"
                            + "</td><td>SENIOR</td><td>Payments SRE has not hired anyone");
        }

        @Test
        void shouldShowTheWaivedExpectationWithItsReasonForTheCandidate() {
            assertThat(ReportRenderersTest.section(md, "beatriz-santos"))
                    .contains("**Waived (1) — not checked, not counted in the score**\n\n"
                            + "- `mentoring` [SENIOR] waived: “Payments SRE has not hired anyone in the review "
                            + "period, so there was no one new to mentor”\n");
            assertThat(html).contains("<h3>Waived (1) — not checked, not counted in the score</h3>")
                    .contains("<code>mentoring</code> <span class=\"level\">SENIOR</span> waived: “Payments SRE");
        }

        @Test
        void shouldSaySoWhenNobodyWaivesAnything() {
            assertThat(MarkdownReport.render(ReportFixtures.samples())).contains("## Waivers\n\nNo waivers in this "
                    + "cohort.\n\n");
        }
    }

    @Nested
    class TwoRaters {

        @Test
        void shouldShowTheEngineersRatingsBesideTheManagers() {
            assertThat(ReportRenderersTest.section(md, "hana-kobayashi"))
                    .contains("**Self-ratings beside the manager's** (the rules judge the manager's):\n\n"
                            + "| competency | manager | self | self − manager |\n| --- | ---: | ---: | ---: |\n"
                            + "| slos | 4 | 4 | 0 |\n| capacityPlanning | 2 | 4 | +2 |\n"
                            + "| resilienceTesting | 2 | 4 | +2 |\n");
            assertThat(html).contains("<h3>Self-ratings beside the manager's</h3>")
                    .contains("<tr><td>capacityPlanning</td><td class=\"num\">2</td><td class=\"num\">4</td>"
                            + "<td class=\"num\">+2</td></tr>");
            assertThat(ReportRenderersTest.section(md, "gustavo-lima")).doesNotContain("Self-ratings");
        }

        @Test
        void shouldListNotesAfterTheFindingsUnderAHeadingThatSaysTheyDoNotChangeTheVerdict() {
            String beatriz = ReportRenderersTest.section(md, "beatriz-santos");

            assertThat(beatriz).contains("#### Notes — for the committee to weigh; notes do not change the verdict\n\n"
                            + "**Note (1)**\n\n- `evidence-to-check` [MID] evidence to check:");
            assertThat(beatriz.indexOf("#### Notes")).isGreaterThan(beatriz.indexOf("mentoring"));
            assertThat(html).contains("<h3>Note (1) — for the committee to weigh; notes do not change the verdict"
                    + "</h3>");
        }
    }

    @Nested
    class CalibrationSection {

        @Test
        void shouldStateTheRuleAndFlagDanaWuButNotLeePark() {
            assertThat(md).contains("## Calibration across managers\n\n")
                    .contains("A manager with fewer than 5 candidates is not broken out: their candidates join "
                            + "“others”, and a group that is itself under 5 is shown only as a count, without "
                            + "means.")
                    .contains("A mean rating runs higher when it is 0.5 or more above the cohort's")
                    .contains("| Dana Wu | 6: ")
                    .contains(" | 1 | 3 | 2 | resilienceTesting, crossTeamInfluence, mentoring |\n")
                    .contains(" | 2 | 2 | 1 | none |\n")
                    .contains("| mentoring | 3.5 | 2.9 | +0.6 | mentees | 0.2 | 0.9 | **⚑ ratings run higher, the "
                            + "evidence does not** |\n")
                    .contains("| slos | 3.8 | 3.3 | +0.5 | slosDefined | 6.0 | 3.7 | ratings run higher, and so does "
                            + "the evidence |\n");
        }

        @Test
        void shouldShowOthersUnderFiveOnlyAsACount() {
            String managers = md.substring(md.indexOf("## Calibration across managers"),
                    md.indexOf("## Calibration across teams"));

            assertThat(managers).contains("| others (2 managers with fewer than 5 candidates each) | 3 candidates: too"
                    + " few to break out |  |  |  |  |\n")
                    .doesNotContain("### others").doesNotContain("Rosa Jimenez").doesNotContain("Priya Raman")
                    .contains("### Dana Wu: mean ratings against the cohort")
                    .contains("### Lee Park: mean ratings against the cohort");
        }

        @Test
        void shouldDrawAChartPerGroupBrokenOutWithTheFlaggedCompetenciesMarked() {
            String managers = html.substring(html.indexOf("id=\"calibration-managers\""),
                    html.indexOf("id=\"calibration-teams\""));

            // Dana Wu and Lee Park; "others" has too few for means.
            assertThat(ReportRenderersTest.count(managers, "<svg class=\"dots\"")).isEqualTo(2);
            assertThat(ReportRenderersTest.count(managers, "<g class=\"flagged\">")).isEqualTo(3);
            assertThat(managers).contains("<tr class=\"flagged\"><td>Dana Wu</td>")
                    .contains("⚑ 3.5 against 2.9 · mentees 0.2 against 0.9")
                    .contains("<td colspan=\"5\" class=\"none\">3 candidates: too few to break out</td>");
        }

        @Test
        void shouldSayThereIsNothingToCalibrateWithoutManagersAndLeaveTeamsOut() {
            String samples = MarkdownReport.render(ReportFixtures.samples());

            assertThat(samples).contains("## Calibration across managers\n\nNo profile names a manager (manager: in the"
                    + " profile), so there is nothing to calibrate.\n\n")
                    .doesNotContain("Calibration across teams");
        }
    }

    @Nested
    class Csv {

        @Test
        void shouldAppendWaivedItemsManagerAndTeamAfterTheExistingColumns() {
            List<List<String>> rows = CsvParsing.parse(CsvReport.render(cohort));

            assertThat(rows.get(0)).containsExactly("id", "name", "level", "target", "verdict", "score", "blockers",
                    "traps", "gaps", "decision", "override", "decided by", "decided at", "conflict", "all decisions",
                    "waived", "evidence items", "manager", "team", "audit head");
            assertThat(row(rows, "beatriz-santos").subList(15, 19))
                    .containsExactly("mentoring", "5", "Dana Wu", "Payments SRE");
            assertThat(row(rows, "gustavo-lima").subList(15, 19))
                    .containsExactly("", "5", "Lee Park", "Core Platform SRE");
            assertThat(row(rows, "tariq-aziz").subList(0, 9)).containsExactly("tariq-aziz", "Tariq Aziz", "MID",
                    "SENIOR", "NOT_YET", "75", "", "mid-level-plateau",
                    "cross-team-influence; design-docs-and-postmortems; mentoring; resilience-testing");
            assertThat(row(rows, "tariq-aziz").subList(15, 19)).containsExactly("", "0", "Marco Bianchi", "Edge SRE");
        }
    }

    /** Gustavo with one game day written as the item given. */
    static Candidate withItem(EvidenceItem item) {
        Candidate gustavo = cohort.candidates().stream().filter(candidate -> candidate.id().equals("gustavo-lima"))
                .findFirst().orElseThrow();
        Profile profile = gustavo.evaluation().profile();
        Review review = new Review("Lee Park", null, Map.of("gameDays", List.of(item)), Map.of(), List.of());
        return ReportFixtures.candidate(new Profile(profile.id(), profile.name(), profile.level(), profile.target(),
                profile.yearsInLevel(), profile.values(), null, review));
    }

    static List<String> row(List<List<String>> rows, String id) {
        return rows.stream().filter(row -> row.get(0).equals(id)).findFirst().orElseThrow();
    }
}
