package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.profile.Profile;

/** The three formats on the samples: what they say, in which order, and that profile text stays text. */
class ReportRenderersTest {

    static Cohort samples;
    static Cohort hostile;

    @BeforeAll
    static void cohorts() {
        samples = ReportFixtures.samples();
        hostile = ReportFixtures.withHostileText();
    }

    /** The ids in the order the packet lists the candidates. */
    static List<String> readingOrder() {
        return samples.candidates().stream().map(Candidate::id).toList();
    }

    @Test
    void shouldOrderReadyThenAlmostThenNotYetEachByScore() {
        List<Evaluation> evaluations = samples.candidates().stream().map(Candidate::evaluation).toList();
        for (int i = 1; i < evaluations.size(); i++) {
            Evaluation before = evaluations.get(i - 1);
            Evaluation after = evaluations.get(i);
            assertThat(before.verdict().compareTo(after.verdict()) < 0
                    || before.verdict() == after.verdict() && before.score() >= after.score())
                    .as("%s (%s %s) before %s (%s %s)", before.profile().id(), before.verdict(), before.score(),
                            after.profile().id(), after.verdict(), after.score())
                    .isTrue();
        }
        assertThat(evaluations.get(0).verdict().name()).isEqualTo("READY");
        assertThat(evaluations.get(evaluations.size() - 1).verdict().name()).isEqualTo("NOT_YET");
    }

    @Nested
    class Markdown {

        @Test
        void shouldSummariseVerdictsTransitionsAndWhatHoldsPeopleBack() {
            String md = MarkdownReport.render(samples);
            Summary summary = new Summary(samples);

            assertThat(md)
                    .startsWith("# Promotion committee packet\n\n17 candidates from samples · generated 2026-11-29 "
                            + "15:00 UTC");
            summary.verdicts().forEach((verdict, count) -> assertThat(md).contains("| " + verdict + " | " + count
                    + " |"));
            assertThat(md).contains("| **total** | **17** |");
            Summary.Transition midToSenior = summary.transitions().stream()
                    .filter(transition -> transition.label().equals("MID → SENIOR")).findFirst().orElseThrow();
            assertThat(md).contains("| MID → SENIOR | " + midToSenior.verdicts()
                    .get(dev.sreladder.evaluation.Verdict.READY)
                    + " | " + midToSenior.verdicts().get(dev.sreladder.evaluation.Verdict.ALMOST) + " | "
                    + midToSenior.verdicts().get(dev.sreladder.evaluation.Verdict.NOT_YET) + " | "
                    + midToSenior.total() + " |");
            assertThat(md).contains("**Most common traps:**\n\n- `mid-level-plateau` [MID] — 2 candidates: ");
            Summary.Common topGap = summary.mostCommon(FindingKind.GAP, 1).get(0);
            assertThat(md).contains("**Most common gaps:**\n\n- `" + topGap.code() + "` [" + topGap.level() + "] — "
                    + topGap.count() + " candidates");
            assertThat(md).contains("No decisions recorded.");
        }

        @Test
        void shouldGiveOneSectionPerCandidateInReadingOrder() {
            String md = MarkdownReport.render(samples);
            Matcher heading = Pattern.compile("(?m)^### (\\d+)\\. .*\\(`([a-z0-9-]+)`\\) — (READY|ALMOST|NOT_YET), "
                    + "(\\d+)%$")
                    .matcher(md);
            List<String> ids = new ArrayList<>();
            while (heading.find()) {
                ids.add(heading.group(2));
                assertThat(heading.group(1)).isEqualTo(Integer.toString(ids.size()));
            }
            assertThat(ids).containsExactlyElementsOf(readingOrder());
        }

        @Test
        void shouldShowEachFindingWithAdviceWhatClearsItAndTheProfileNotes() {
            String hannah = section(MarkdownReport.render(samples), "hannah-okafor");
            Finding trap = finding("hannah-okafor", FindingKind.TRAP);

            assertThat(hannah).contains("— NOT_YET, 93%")
                    .contains("MID → SENIOR · 3 years at MID · evaluated now · "
                    + "samples/hannah-okafor-mid-plateau-one-gap.yaml")
                    .contains("**Trap (1)**\n\n- `mid-level-plateau` [MID] " + trap.message())
                    .contains("*Advice:* " + trap.advice())
                    .contains("*Clears when:* crossTeamInfluence ≥ 2 and crossTeamInitiatives ≥ 1")
                    .contains("**Gap (1)**\n\n- `cross-team-influence` [SENIOR]")
                    .contains("**Ratings below the SENIOR expectation:** crossTeamInfluence 1 of ")
                    .contains("**Profile notes:**\n\n> ");
            assertThat(section(MarkdownReport.render(samples), "grace-liu")).contains("Nothing holds Grace Liu back.")
                    .contains("**Note (1)**\n\n- `fast-track` [MID]");
        }

        @Test
        void shouldMarkOverridesWithTheirReason() {
            String md = MarkdownReport.render(hostile);

            assertThat(md).contains("1 decision recorded, 1 against the rules' verdict.")
                    .contains("- **OVERRIDE** **\\<script\\>alert(1)\\</script\\>** (`maya-chen`): promote — "
                    + "override: the rules said NOT_YET")
                    .contains("**Decision:** **OVERRIDE** promote");
        }

        @Test
        void shouldShowControlCharactersInANameOrAReasonEscapedAndNeverForgeALine() {
            Candidate maya = hostile.candidates().stream().filter(candidate -> candidate.id().equals("maya-chen"))
                    .findFirst().orElseThrow();
            Profile profile = maya.evaluation().profile();
            Evaluation renamed = new Evaluation(new Profile(profile.id(), "\u001b[2J\u001b]0;x\u0007Maya",
                    profile.level(), profile.target(), profile.yearsInLevel(), profile.values(),
                    "first\u001b[31m\nsecond"), maya.evaluation().target(),
                    maya.evaluation().verdict(), maya.evaluation().verdictRule(), maya.evaluation().score(),
                    maya.evaluation().findings(), maya.evaluation().fingerprint(), maya.evaluation().ruleFiles(),
                    List.of());
            Cohort cohort = new Cohort("x", ReportFixtures.GENERATED, List.of(new Candidate(renamed, "x", "now",
                    Optional.of(new Decision("PROMOTE", "fine\n- **OVERRIDE** forged line", true, 1,
                            ReportFixtures.GENERATED)), Map.of())), List.of());

            String md = MarkdownReport.render(cohort);
            String csv = CsvReport.render(cohort);

            assertThat(md + csv).doesNotContain("\u001b").doesNotContain("\u0007");
            assertThat(md).contains("\\\\u001b\\[2J\\\\u001b\\]0;x\\\\u0007Maya")
                    .contains("fine\\\\u000a- \\*\\*OVERRIDE\\*\\* forged line")
                    .contains("> first\\\\u001b\\[31m\n> second\n");
            assertThat(md.lines().filter(line -> line.contains("forged line"))).hasSize(2)
                    .allMatch(line -> !line.startsWith("- **OVERRIDE** forged"));
            assertThat(csv).contains(",\\u001b[2J\\u001b]0;x\\u0007Maya,");
        }

        @Test
        void shouldKeepMarkupInProfilesAsText() {
            String md = MarkdownReport.render(hostile);

            // Every '<' is escaped, so a Markdown viewer shows it rather than running it as HTML.
            assertThat(md).doesNotContainPattern("(?<!\\\\)<")
                    .contains("\\<script\\>alert(1)\\</script\\>")
                    .contains("> Ran \\<b\\>two\\</b\\> game days \\<img src=x onerror=alert(2)\\> \\& \"more\"")
                    .contains("## Not included\n\n1 profile could not be evaluated:\n\n- samples/bad.yaml:3: "
                    + "\\<script\\>");
        }
    }

    @Nested
    class Html {

        @Test
        void shouldBeOneSelfContainedPageWithAChartPerCandidateAndTheCohortCharts() {
            String html = HtmlReport.render(samples);

            assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                    .contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"")
                    .contains("@media print");
            assertThat(count(html, "<svg class=\"radar\"")).isEqualTo(17);
            assertThat(count(html, "<svg class=\"bars\"")).isEqualTo(2);
            assertThat(html).contains("id=\"chart-transitions\"").contains("id=\"chart-gaps\"");
            // Nothing to fetch and nothing to run: the only URL is the SVG namespace.
            assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:")
                    .doesNotContain("https:").doesNotContain("<script").doesNotContain("url(")
                    .doesNotContain("@import").doesNotContain("<link").doesNotContain("src=");
        }

        @Test
        void shouldListCandidatesInReadingOrderWithTheSameContentAsTheMarkdown() {
            String html = HtmlReport.render(samples);
            Matcher section = Pattern.compile("<section class=\"candidate [a-z-]+\" id=\"c-([a-z0-9-]+)\">")
                    .matcher(html);
            List<String> ids = new ArrayList<>();
            while (section.find()) {
                ids.add(section.group(1));
            }
            Finding trap = finding("hannah-okafor", FindingKind.TRAP);

            assertThat(ids).containsExactlyElementsOf(readingOrder());
            assertThat(html).contains("<code>mid-level-plateau</code> <span class=\"level\">MID</span> "
                    + Svg.escape(trap.message())).contains(Svg.escape(trap.advice()))
                    .contains("Clears when crossTeamInfluence ≥ 2 and crossTeamInitiatives ≥ 1")
                    .contains("<h2>Summary</h2>").contains("Most common gaps").contains("Most common traps");
        }

        @Test
        void shouldEscapeEverythingAProfileOrADecisionSays() {
            String html = HtmlReport.render(hostile);

            assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                    .doesNotContain("</blockquote><script")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("Ran &lt;b&gt;two&lt;/b&gt; game days &lt;img src=x onerror=alert(2)&gt; &amp; "
                    + "&quot;more&quot;")
                    .contains("&lt;/blockquote&gt;&lt;script&gt;alert(3)&lt;/script&gt;")
                    .contains("samples/bad.yaml:3: &lt;script&gt;alert(4)&lt;/script&gt;")
                    .contains("<span class=\"flag\">override</span>");
        }
    }

    /** Alice promotes Grace Liu, READY; Bob defers her on the same evaluation: an override in conflict. */
    @Nested
    class Conflict {

        static final java.time.Instant LATER = ReportFixtures.GENERATED.plusSeconds(60);

        Cohort conflicted() {
            List<Candidate> candidates = new ArrayList<>(samples.candidates());
            Candidate grace = candidates.stream().filter(candidate -> candidate.id().equals("grace-liu")).findFirst()
                    .orElseThrow();
            candidates.set(candidates.indexOf(grace), new Candidate(grace.evaluation(), grace.source(),
                    grace.provenance(), List.of(
                            new Decision("PROMOTE", null, false, 1, ReportFixtures.GENERATED, "alice", false),
                            new Decision("DEFER", "wait for the next game day", true, 1, LATER, "bob", true)),
                    grace.expectedRatings()));
            return new Cohort("samples", ReportFixtures.GENERATED, candidates, List.of());
        }

        @Test
        void shouldShowEveryMembersDecisionWithTheConflictAndWhoTookItInTheHtmlCandidatesTable() {
            String html = HtmlReport.render(conflicted());
            String glance = html.substring(html.indexOf("<section class=\"glance\">"));
            String grace = glance.substring(glance.indexOf("#c-grace-liu"), glance.indexOf("</tr>",
                    glance.indexOf("#c-grace-liu")));

            assertThat(grace).contains("<td class=\"decided\">promote <span class=\"by\">by alice</span><br>defer "
                    + "<span class=\"flag\">override</span> <span class=\"flag\">conflict</span> "
                    + "<span class=\"by\">by bob</span></td>");
        }

        @Test
        void shouldSayWhoTookEachDecisionAndWhichConflictsInTheMarkdown() {
            String md = MarkdownReport.render(conflicted());

            assertThat(md).contains("- **Grace Liu** (`grace-liu`): promote (on evaluation 1, 2026-11-29 15:00 UTC, "
                    + "by alice)\n")
                    .contains("- **CONFLICT** **OVERRIDE** **Grace Liu** (`grace-liu`): defer — override: the rules "
                    + "said READY (on evaluation 1, 2026-11-29 15:01 UTC, by bob) — conflict: differs from another "
                    + "member's decision — “wait for the next game day”\n");
            assertThat(section(md, "grace-liu")).contains("**Decision:** promote (on evaluation 1, "
                    + "2026-11-29 15:00 UTC, by alice)\n")
                    .contains("**Decision:** **CONFLICT** **OVERRIDE** defer — override: the rules said READY");
        }
    }

    @Nested
    class Csv {

        @Test
        void shouldGiveAHeaderAndOneRowPerCandidateInReadingOrder() {
            List<List<String>> rows = CsvParsing.parse(CsvReport.render(samples));

            assertThat(rows.get(0)).containsExactly("id", "name", "level", "target", "verdict", "score", "blockers",
                    "traps", "gaps", "decision", "override", "decided by", "decided at", "conflict", "all decisions",
                    "waived", "evidence items", "manager", "team", "audit head");
            assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                    .containsExactlyElementsOf(readingOrder());
            List<String> hannah = rows.stream().filter(row -> row.get(0).equals("hannah-okafor")).findFirst()
                    .orElseThrow();
            assertThat(hannah).containsExactly("hannah-okafor", "Hannah Okafor", "MID", "SENIOR", "NOT_YET", "93", "",
                    "mid-level-plateau", "cross-team-influence", "", "", "", "", "", "", "", "0", "", "", "");
            assertThat(CsvReport.render(samples)).contains("\r\n").doesNotContain("\"");
            List<String> sofia = rows.stream().filter(row -> row.get(0).equals("sofia-rossi")).findFirst()
                    .orElseThrow();
            assertThat(sofia.get(8).split("; ")).doesNotHaveDuplicates().contains("clear-writing");
        }

        @Test
        void shouldQuoteCommasQuotesAndLineBreaksAndDefuseFormulas() {
            assertThat(CsvReport.field("Okafor, Hannah")).isEqualTo("\"Okafor, Hannah\"");
            assertThat(CsvReport.field("Hannah \"Han\" Okafor")).isEqualTo("\"Hannah \"\"Han\"\" Okafor\"");
            // Stored text holds no line breaks (refused at input); one that reaches a report anyway is shown.
            assertThat(CsvReport.field("two\nlines")).isEqualTo("two\\u000alines");
            assertThat(CsvReport.field("cr\r\nlf")).isEqualTo("cr\\u000d\\u000alf");
            assertThat(CsvReport.field("plain")).isEqualTo("plain");
            assertThat(CsvReport.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
            assertThat(CsvReport.field("93")).isEqualTo("93");
        }

        @Test
        void shouldReadBackExactlyWhatWasWritten() {
            String awkward = "Okafor, \"Han\" =1+1";
            Candidate maya = samples.candidates().stream().filter(candidate -> candidate.id().equals("maya-chen"))
                    .findFirst().orElseThrow();
            Profile profile = maya.evaluation().profile();
            Evaluation renamed = new Evaluation(new Profile(profile.id(), awkward, profile.level(), profile.target(),
                    profile.yearsInLevel(), profile.values(), profile.notes()),
                    maya.evaluation().target(), maya.evaluation().verdict(), maya.evaluation().verdictRule(),
                    maya.evaluation().score(), maya.evaluation().findings(), maya.evaluation().fingerprint(),
                    maya.evaluation().ruleFiles(), List.of());
            Cohort cohort = new Cohort("x", ReportFixtures.GENERATED, List.of(new Candidate(renamed, "x", "now",
                    Optional.of(new Decision("DEFER", null, false, 2, ReportFixtures.GENERATED)), Map.of())),
                    List.of());

            List<List<String>> rows = CsvParsing.parse(CsvReport.render(cohort));

            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).get(1)).isEqualTo(awkward);
            assertThat(rows.get(1).subList(9, 11)).containsExactly("defer", "no");
        }
    }

    static String section(String md, String id) {
        int start = md.indexOf("(`" + id + "`) — ");
        int end = md.indexOf("\n### ", start);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    static Finding finding(String id, FindingKind kind) {
        return samples.candidates().stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElseThrow()
                .evaluation().findings(kind).get(0);
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
