package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.maintenance.SampleCheck;
import dev.sreladder.maintenance.SampleTests;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.profile.Review;
import dev.sreladder.profile.Values;
import dev.sreladder.report.Calibration.Competency;
import dev.sreladder.report.Calibration.Group;
import dev.sreladder.report.Calibration.Kind;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/** Calibration across managers: who is broken out, who joins "others", and which competencies are flagged. */
class CalibrationTest {

    static Cohort samples;

    @BeforeAll
    static void cohort() {
        samples = ReportFixtures.calibration();
    }

    @Nested
    class OnTheCalibrationSamples {

        @Test
        void shouldMeetEveryExpectedOutcomeAndTellEachStory() throws IOException {
            List<SampleCheck> checks = new SampleTests(new CurrentRules(() -> RuleSources.fromDirectory(
                    Path.of("rules")), "rules", new RuleCompiler()), new ProfileLoader(new ProfileReader()))
                    .test("samples/calibration");

            assertThat(checks).hasSize(14).allSatisfy(check -> assertThat(check.passed())
                    .as(check.source() + ": " + check.differences() + check.error().orElse("")).isTrue());
            for (Path sample : ProfileFiles.inFolder(Path.of("samples/calibration"))) {
                assertThat(Files.readString(sample)).as(sample.toString()).startsWith("# ").contains("\nmanager: ")
                        .contains("\nteam: ");
            }
        }

        @Test
        void shouldFlagDanaWuWhereHerRatingsRunHighAndTheEvidenceDoesNot() {
            Group dana = group(Calibration.byManager(samples.candidates()), "Dana Wu");

            assertThat(dana.kind()).isEqualTo(Kind.NAMED);
            assertThat(dana.size()).isEqualTo(6);
            assertThat(dana.flagged()).extracting(Competency::name)
                    .containsExactly("resilienceTesting", "crossTeamInfluence", "mentoring");
            Competency mentoring = competency(dana, "mentoring");
            // Dana rates 3, 3, 4, 4, 4, 3; the cohort of fourteen sums to 41; one mentee among her six, twelve in all.
            assertThat(mentoring.rating()).isCloseTo(21 / 6.0, within(1e-9));
            assertThat(mentoring.cohortRating()).isCloseTo(41 / 14.0, within(1e-9));
            assertThat(mentoring.evidence()).isCloseTo(1 / 6.0, within(1e-9));
            assertThat(mentoring.cohortEvidence()).isCloseTo(12 / 14.0, within(1e-9));
            assertThat(mentoring.backing()).containsExactly("mentees");
            assertThat(dana.verdicts()).containsExactlyInAnyOrderEntriesOf(Map.of(Verdict.READY, 1, Verdict.ALMOST, 3,
                    Verdict.NOT_YET, 2));
            assertThat(dana.candidates()).containsExactlyInAnyOrder("Aaron Brooks", "Beatriz Santos",
                    "Camille Laurent", "Dmitri Volkov", "Elif Demir", "Farah Qureshi");
        }

        @Test
        void shouldNotFlagLeeParkWhoseHigherRatingsTheEvidenceBacks() {
            Group lee = group(Calibration.byManager(samples.candidates()), "Lee Park");

            assertThat(lee.size()).isEqualTo(5);
            assertThat(lee.flagged()).isEmpty();
            Competency slos = competency(lee, "slos");
            assertThat(slos.ratingsRunHigher()).as("Lee rates SLOs higher than the cohort").isTrue();
            assertThat(slos.evidenceRunsHigher()).as("and the SLOs defined back it").isTrue();
        }

        @Test
        void shouldCountManagersWithFewerThanFiveOnlyAsOthers() {
            Calibration calibration = Calibration.byManager(samples.candidates());

            assertThat(calibration.groups()).extracting(Group::name).containsExactly("Dana Wu", "Lee Park", "others");
            Group others = group(calibration, "others");
            assertThat(others.kind()).isEqualTo(Kind.OTHERS);
            assertThat(others.size()).isEqualTo(3);
            assertThat(others.joined()).as("Priya Raman and Marco Bianchi").isEqualTo(2);
            assertThat(others.shown()).isFalse();
            assertThat(others.candidates()).isEmpty();
            assertThat(others.verdicts()).isEmpty();
            assertThat(others.competencies()).isEmpty();
            assertThat(calibration.given()).isEqualTo(14);
            assertThat(calibration.flagged()).extracting(Group::name).containsExactly("Dana Wu");
        }

        @Test
        void shouldGroupByTeamWithTheSameRules() {
            Calibration teams = Calibration.byTeam(samples.candidates());

            assertThat(teams.groups()).extracting(Group::name).containsExactly("Payments SRE", "others");
            assertThat(group(teams, "Payments SRE").flagged()).extracting(Competency::name)
                    .containsExactly("resilienceTesting", "crossTeamInfluence", "mentoring");
            Group others = group(teams, "others");
            assertThat(others.size()).isEqualTo(8);
            assertThat(others.joined()).isEqualTo(4);
            assertThat(others.shown()).isTrue();
            assertThat(others.flagged()).as("several teams' habits, not one").isEmpty();
        }
    }

    @Nested
    class Boundaries {

        @Test
        void shouldBreakOutFiveCandidatesButNotFour() {
            List<Candidate> candidates = new ArrayList<>();
            candidates.addAll(team("five", "Ana Ruiz", 5, 3, 1));
            candidates.addAll(team("four", "Ben Cole", 4, 3, 1));

            Calibration calibration = Calibration.byManager(candidates);

            assertThat(calibration.groups()).extracting(Group::name, Group::kind, Group::size)
                    .containsExactly(tuple("Ana Ruiz", Kind.NAMED, 5),
                            tuple("others", Kind.OTHERS, 4));
            assertThat(group(calibration, "others").shown()).isFalse();
        }

        @Test
        void shouldCallHalfAPointAboveTheCohortRunningHigherAndFlagItWithoutMoreEvidence() {
            List<Candidate> candidates = new ArrayList<>();
            candidates.addAll(team("high", "Ana Ruiz", 5, 3, 0));
            candidates.addAll(team("level", "Ben Cole", 5, 2, 1));

            Calibration calibration = Calibration.byManager(candidates);

            Competency ana = competency(group(calibration, "Ana Ruiz"), "mentoring");
            assertThat(ana.difference()).isCloseTo(Calibration.RUNS_HIGHER, within(1e-9));
            assertThat(group(calibration, "Ana Ruiz").flagged()).extracting(Competency::name)
                    .containsExactly("mentoring");
            assertThat(group(calibration, "Ben Cole").flagged()).isEmpty();
        }

        @Test
        void shouldNotFlagRatingsJustUnderHalfAPointHigher() {
            List<Candidate> candidates = new ArrayList<>();
            candidates.addAll(team("high", "Ana Ruiz", 4, 3, 0));
            candidates.add(candidate("high-4", "Ana Ruiz", 2, 0));
            candidates.addAll(team("level", "Ben Cole", 5, 2, 1));

            Competency ana = competency(group(Calibration.byManager(candidates), "Ana Ruiz"), "mentoring");

            assertThat(ana.difference()).isCloseTo(0.4, within(1e-9));
            assertThat(ana.ratingsRunHigher()).isFalse();
        }

        @Test
        void shouldNotFlagHigherRatingsWhenTheEvidenceRunsHigherToo() {
            List<Candidate> candidates = new ArrayList<>();
            candidates.addAll(team("high", "Ana Ruiz", 5, 4, 3));
            candidates.addAll(team("level", "Ben Cole", 5, 2, 1));

            assertThat(group(Calibration.byManager(candidates), "Ana Ruiz").flagged()).isEmpty();
        }

        @Test
        void shouldShowOthersInFullFromFiveButNeverFlagThem() {
            List<Candidate> candidates = new ArrayList<>();
            candidates.addAll(team("a", "Ana Ruiz", 3, 4, 0));
            candidates.addAll(team("b", "Ben Cole", 2, 4, 0));
            candidates.addAll(team("c", "Cai Wen", 5, 1, 2));

            Group others = group(Calibration.byManager(candidates), "others");

            assertThat(others.shown()).isTrue();
            assertThat(others.candidates()).hasSize(5);
            assertThat(competency(others, "mentoring").ratingsRunHigher()).isTrue();
            assertThat(others.flagged()).isEmpty();
        }

        @Test
        void shouldPutCandidatesWithoutAManagerInNoManagerGiven() {
            List<Candidate> candidates = new ArrayList<>(team("a", "Ana Ruiz", 5, 3, 1));
            candidates.addAll(team("n", null, 2, 3, 1));

            Calibration calibration = Calibration.byManager(candidates);

            assertThat(calibration.groups()).extracting(Group::name).containsExactly("Ana Ruiz", "no manager given");
            assertThat(group(calibration, "no manager given").kind()).isEqualTo(Kind.NOT_GIVEN);
            assertThat(group(calibration, "no manager given").shown()).isFalse();
            assertThat(calibration.given()).isEqualTo(5);
        }

        @Test
        void shouldDrawNoManagerGivenNowhereAgainstTheCohortAndSayWhy() {
            List<Candidate> candidates = new ArrayList<>(team("a", "Ana Ruiz", 5, 3, 1));
            candidates.addAll(team("n", null, 5, 2, 1));
            Calibration calibration = Calibration.byManager(candidates);

            String md = markdown(calibration);
            String html = html(calibration);

            assertThat(md).contains("### Ana Ruiz: mean ratings against the cohort")
                    .doesNotContain("### no manager given: mean ratings")
                    .contains("“no manager given” is not set against the cohort: nothing ties its candidates "
                            + "together, so their means say nothing of a manager.\n");
            assertThat(html).contains("<figcaption>Ana Ruiz: mean rating against the cohort's</figcaption>")
                    .doesNotContain("<figcaption>no manager given")
                    .contains("<p class=\"none\">“no manager given” is not set against the cohort: nothing ties");
            assertThat(ReportRenderersTest.count(html, "<svg class=\"dots\"")).isEqualTo(1);
            assertThat(md + html).as("its row in the table stays").contains("no manager given");
        }

        @Test
        void shouldDrawNoChartOfOthersWhichMixesSeveralManagers() {
            List<Candidate> candidates = new ArrayList<>(team("a", "Ana Ruiz", 5, 3, 1));
            candidates.addAll(team("b", "Ben Cole", 3, 2, 1));
            candidates.addAll(team("c", "Cai Wen", 2, 2, 1));
            Calibration calibration = Calibration.byManager(candidates);

            String html = html(calibration);

            assertThat(group(calibration, "others").shown()).isTrue();
            assertThat(markdown(calibration)).doesNotContain("### others").contains("“others” is not set against the "
                    + "cohort: it mixes several managers' candidates, so their means say nothing of one manager.\n");
            assertThat(html).doesNotContain("<figcaption>others")
                    .contains("“others” is not set against the cohort: it mixes");
            assertThat(ReportRenderersTest.count(html, "<svg class=\"dots\"")).isEqualTo(1);
        }

        @Test
        void shouldDrawNoChartOfAGroupThatIsTheWholeCohort() {
            Calibration calibration = Calibration.byManager(team("a", "Ana Ruiz", 6, 3, 1));

            String md = markdown(calibration);
            String html = html(calibration);

            assertThat(md).doesNotContain("### Ana Ruiz: mean ratings")
                    .contains("“Ana Ruiz” is not set against the cohort: every candidate is in it, so it is the cohort "
                            + "itself.\n");
            assertThat(html).doesNotContain("<svg class=\"dots\"")
                    .contains("<p class=\"none\">“Ana Ruiz” is not set against the cohort: every candidate is in it");
        }

        @Test
        void shouldHaveNothingToCalibrateWhenNoProfileNamesAManager() {
            Calibration calibration = Calibration.byManager(ReportFixtures.samples().candidates());

            assertThat(calibration.given()).isZero();
            assertThat(calibration.groups()).extracting(Group::name).containsExactly("no manager given");
            assertThat(calibration.flagged()).isEmpty();
        }
    }

    /** {@code size} MID → SENIOR candidates of one manager, all rated {@code mentoring} with {@code mentees}. */
    static List<Candidate> team(String prefix, String manager, int size, int mentoring, int mentees) {
        List<Candidate> team = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            team.add(candidate(prefix + "-" + i, manager, mentoring, mentees));
        }
        return team;
    }

    static Candidate candidate(String id, String manager, int mentoring, int mentees) {
        Ladder ladder = ReportFixtures.evaluations().ladder();
        Values values = Values.of(ladder, Map.of("mentoring", (double) mentoring, "mentees", (double) mentees));
        Review review = new Review(manager, null, Map.of(), Map.of(), List.of());
        return ReportFixtures.candidate(new Profile(id, "Engineer " + id, ladder.requireLevel("MID", "level"),
                ladder.requireLevel("SENIOR", "target"), 2, values, null, review));
    }

    static String markdown(Calibration calibration) {
        StringBuilder md = new StringBuilder();
        CalibrationSection.markdown(md, calibration, true);
        return md.toString();
    }

    static String html(Calibration calibration) {
        StringBuilder html = new StringBuilder();
        CalibrationSection.html(html, calibration, true);
        return html.toString();
    }

    static Group group(Calibration calibration, String name) {
        return calibration.groups().stream().filter(group -> group.name().equals(name)).findFirst().orElseThrow();
    }

    static Competency competency(Group group, String name) {
        return group.competencies().stream().filter(competency -> competency.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
