package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.profile.Review;
import dev.sreladder.shell.render.EvaluationText;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.system.ExitCode;
import dev.sreladder.testing.TestRules;

/**
 * What {@code evaluate} and {@code what-if} show of what a profile says for the committee: the
 * evidence items under the findings they support, waived expectations, the engineer's own ratings
 * beside the manager's, manager and team; and the bad input of those parts, refused with its line.
 */
class CommitteeOutputTest extends CommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AMELIA = "samples/amelia-brooks-senior-linked-evidence.yaml";
    private static final String LUCAS = "samples/lucas-moreau-mid-mentoring-waived.yaml";
    private static final String RAVI = "samples/ravi-kapoor-mid-self-rating-apart.yaml";
    private static final String HANA = "samples/hana-kowalski-senior-rating-without-evidence.yaml";

    @Nested
    class EvaluateText {

        @Test
        void shouldListTheItemsOfAGapUnderItAndTheItemsOfMetExpectationsAfterThem() {
            String out = run("evaluate", AMELIA).out();

            assertThat(out).contains("manager Dana Wu · team Payments SRE")
                    .contains("Verdict: ALMOST   score 91%")
                    .contains("  △ technical-vision [STAFF] leadershipPresentations is 1, needs ≥ 2\n"
                            + "      advice: Articulate why reliability investments matter")
                    .contains("      clears when: leadershipPresentations ≥ 2\n"
                            + "      evidence leadershipPresentations:\n"
                            + "        · Reliability roadmap 2027 to the engineering leadership (2026-09-30)"
                            + " https://wiki.example.com/presentations/reliability-roadmap-2027\n"
                            + "      rule \"A staff SRE ties the reliability vision to business outcomes\"")
                    .contains("""
                              evidence behind met expectations:
                                postmortemsLed · SENIOR design-docs-and-postmortems
                                  · Card authorisation outage postmortem (2026-03-19) \
                            https://wiki.example.com/postmortems/2026-03-card-auth
                                  · Ledger replication lag postmortem (2026-06-02) \
                            https://wiki.example.com/postmortems/2026-06-ledger-lag
                                  · Settlement batch double-run postmortem
                                gameDays · SENIOR resilience-testing
                                  · Q3 region failover game day (2026-08-14) https://wiki.example.com/gd/2026-q3
                                  · Kafka broker loss drill (2026-05-07)
                            """)
                    .contains("    crossTeamInitiatives · SENIOR cross-team-influence,"
                            + " STAFF organizational-influence\n")
                    .doesNotContain("evidence items no finding reads");
        }

        @Test
        void shouldListAWaivedExpectationWithItsReasonAfterTheNotesAndBeforeMetAndLeaveItOutOfTheScore() {
            String out = run("evaluate", LUCAS).out();

            assertThat(out).contains("Verdict: READY   score 100%")
                    .contains("""
                            WAIVED (1)  not checked and not counted in the score, for the reason given
                              – mentoring [SENIOR] the team has not hired anyone in the review period, so there \
                            was no one to mentor
                                  advice: Mentor mid-level engineers to handle the incidents you used to take""")
                    .contains("rule \"A senior SRE mentors engineers to handle incidents on their own\"")
                    .contains("MET (15 of 15 expectations)")
                    .doesNotContain("SENIOR mentoring").doesNotContain("GAPS");
            assertThat(out.indexOf("WAIVED (1)")).isLessThan(out.indexOf("MET (15"));
        }

        @Test
        void shouldShowTheSelfRatingsBesideTheManagersAndTheNoteApartFromTheGaps() {
            String out = run("evaluate", RAVI).out();

            assertThat(out).contains("""
                    NOTES (1)  context for the committee: notes do not change the verdict
                      • ratings-disconnect [MID] the engineer and the manager rate these two points or more apart: \
                    resilienceTesting: 3 by the engineer, 1 by the manager
                    """)
                    .contains("""
                            SELF-RATINGS beside the manager's (3)  the rules judge the manager's
                              resilienceTesting   manager 1, self 3
                              crossTeamInfluence  manager 3, self 4
                              mentoring           manager 3, self 3
                            rules sha256:""");
            assertThat(out.indexOf("GAPS (1)")).isLessThan(out.indexOf("NOTES (1)"));
        }

        @Test
        void shouldListARatingWithoutItsEvidenceAsANoteOfAReadyVerdict() {
            String out = run("evaluate", HANA).out();

            assertThat(out).contains("Verdict: READY   score 100%")
                    .contains("• evidence-to-check [SENIOR] evidence to check: rated 3 or more with none of the"
                            + " evidence that usually backs it: serviceOwnership 3 with no servicesOwned; slos 4 with"
                            + " no slosDefined")
                    .doesNotContain("SELF-RATINGS").doesNotContain("manager ");
        }

        @Test
        void shouldShowAProfileThatUsesNoneOfItAsBefore() {
            String out = run("evaluate", "samples/maya-chen.yaml").out();

            assertThat(out).doesNotContain("WAIVED").doesNotContain("SELF-RATINGS").doesNotContain("evidence ")
                    .doesNotContain("manager").contains("""
                            SENIOR staying-current
                            rules sha256:""");
        }
    }

    @Nested
    class EvaluateJson {

        @Test
        void shouldAddManagerTeamAndEvidenceItemsAfterTheFindings() {
            JsonNode document = JSON.readTree(run("evaluate", AMELIA, "--format", "json").out());

            assertThat(document.propertyNames()).containsExactly("profile", "name", "level", "target", "verdict",
                    "score", "findings", "manager", "team", "evidenceItems", "ruleset");
            assertThat(document.get("manager").asString()).isEqualTo("Dana Wu");
            assertThat(document.get("team").asString()).isEqualTo("Payments SRE");
            assertThat(document.get("evidenceItems").propertyNames()).containsExactly("postmortemsLed", "gameDays",
                    "designDocs", "crossTeamInitiatives", "leadershipPresentations", "incidentClassesEliminated");
            assertThat(JSON.writeValueAsString(document.get("evidenceItems").get("gameDays"))).isEqualTo(
                    "[{\"what\":\"Q3 region failover game day\",\"link\":\"https://wiki.example.com/gd/2026-q3\","
                            + "\"when\":\"2026-08-14\"},"
                            + "{\"what\":\"Kafka broker loss drill\",\"link\":null,\"when\":\"2026-05-07\"}]");
        }

        @Test
        void shouldGiveAWaivedExpectationAsAFindingWithTheReasonAsItsMessage() {
            JsonNode document = JSON.readTree(run("evaluate", LUCAS, "--format", "json").out());
            JsonNode waived = document.get("findings").get(document.get("findings").size() - 1);

            assertThat(document.get("score").asInt()).isEqualTo(100);
            assertThat(waived.propertyNames()).containsExactly("code", "kind", "level", "rule", "message", "advice",
                    "section", "requires");
            assertThat(waived.get("kind").asString()).isEqualTo("WAIVED");
            assertThat(waived.get("code").asString()).isEqualTo("mentoring");
            assertThat(waived.get("message").asString())
                    .isEqualTo("the team has not hired anyone in the review period, so there was no one to mentor");
            assertThat(waived.get("requires").isEmpty()).isTrue();
        }

        @Test
        void shouldGiveTheSelfRatingsAndTheManagersRatingsOfTheSameCompetencies() {
            JsonNode document = JSON.readTree(run("evaluate", RAVI, "--format", "json").out());

            assertThat(JSON.writeValueAsString(document.get("selfRatings")))
                    .isEqualTo("{\"resilienceTesting\":3,\"crossTeamInfluence\":4,\"mentoring\":3}");
            assertThat(JSON.writeValueAsString(document.get("managerRatings")))
                    .isEqualTo("{\"resilienceTesting\":1,\"crossTeamInfluence\":3,\"mentoring\":3}");
            assertThat(document.has("evidenceItems")).isFalse();
        }
    }

    @Nested
    class WhatIf {

        @Test
        void shouldShowTheManagersRatingBeforeAndAfterBesideTheSelfRating() {
            String out = run("what-if", RAVI, "--set", "resilienceTesting=3,gameDays=1").out();

            assertThat(out).contains("Verdict: ALMOST → READY")
                    .contains("✓ NOTE ratings-disconnect [MID] was:")
                    .contains("""
                            SELF-RATINGS beside the manager's (3)  the rules judge the manager's
                              resilienceTesting   manager 1 → 3, self 3
                              crossTeamInfluence  manager 3, self 4
                            """);
        }

        @Test
        void shouldStillListTheWaivedExpectationWhenNothingChanges() {
            String out = run("what-if", LUCAS, "--set", "incidentsCommanded=5").out();

            assertThat(out).contains("No difference")
                    .contains("""
                            WAIVED (1)  not checked and not counted in the score, for the reason given
                              – mentoring [SENIOR] the team has not hired anyone""")
                    .endsWith("Nothing stands between this profile and READY.\n");
        }

        @Test
        void shouldGiveBothRatingsBeforeAndAfterInJson() {
            JsonNode document = JSON.readTree(run("what-if", RAVI, "--set", "resilienceTesting=3", "--format",
                    "json").out());

            assertThat(document.get("before").get("managerRatings").get("resilienceTesting").asInt()).isEqualTo(1);
            assertThat(document.get("after").get("managerRatings").get("resilienceTesting").asInt()).isEqualTo(3);
            assertThat(document.get("after").get("selfRatings").get("resilienceTesting").asInt()).isEqualTo(3);
        }
    }

    @Nested
    class BadInput {

        private static final String PROFILE = """
                name: Kai Park
                level: MID
                target: SENIOR
                competencies:
                  mentoring: 1
                evidence:
                """;

        @TempDir
        Path folder;

        private CommandRun evaluate(String tail) throws IOException {
            Path file = folder.resolve("kai-park.yaml");
            Files.writeString(file, PROFILE + tail);
            return run("evaluate", file.toString());
        }

        private void assertRefused(CommandRun run, int line, String message) {
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(message).contains(folder.resolve("kai-park.yaml") + ":" + line);
        }

        @Test
        void shouldRefuseALinkThatIsNotHttps() throws IOException {
            assertRefused(evaluate("  gameDays:\n    - what: Q3 failover\n      link: http://wiki.example.com/gd\n"),
                    9, "evidence.gameDays[1].link is not an https link");
        }

        @Test
        void shouldRefuseALinkThatIsNotAnAddress() throws IOException {
            assertRefused(evaluate("  gameDays:\n    - what: Q3 failover\n      link: the wiki, page 12\n"),
                    9, "evidence.gameDays[1].link is not an https link");
        }

        @Test
        void shouldAcceptTheSchemeInCapitals() throws IOException {
            CommandRun run = evaluate("  gameDays:\n    - what: Q3 failover\n"
                    + "      link: HTTPS://wiki.example.com/gd\n");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("· Q3 failover HTTPS://wiki.example.com/gd");
        }

        @Test
        void shouldRefuseADateThatIsNotOne() throws IOException {
            assertRefused(evaluate("  gameDays:\n    - what: Q3 failover\n      when: 2026-13-45\n"),
                    9, "evidence.gameDays[1].when is not a date");
        }

        @Test
        void shouldRefuseAnItemThatDoesNotSayWhatItIs() throws IOException {
            assertRefused(evaluate("  gameDays:\n    - link: https://wiki.example.com/gd\n"),
                    8, "evidence.gameDays[1] has no 'what:'");
        }

        @Test
        void shouldRefuseAWaiverWithoutAReason() throws IOException {
            assertRefused(evaluate("  gameDays: 1\nwaived:\n  mentoring:\n"),
                    9, "the waiver of 'mentoring' gives no reason");
        }

        @Test
        void shouldRefuseTheWaiverOfAnUnknownCodeWithTheClosestOne() throws IOException {
            assertRefused(evaluate("  gameDays: 1\nwaived:\n  mentorng: no one to mentor\n"),
                    9, "'mentorng' in waived is not an expectation of the rules in rules at ");
            assertThat(run("evaluate", folder.resolve("kai-park.yaml").toString()).err())
                    .contains("did you mean 'mentoring'?");
        }

        @Test
        void shouldRefuseTheWaiverOfAnExpectationOfTheEngineersOwnLevel() throws IOException {
            assertRefused(evaluate("  gameDays: 1\nwaived:\n  primary-on-call: we have no on-call rota\n"),
                    9, "'primary-on-call' is an expectation of MID, kai-park's own level");
        }
    }

    /** The reader refuses control characters; the output does not count on it alone. */
    @Test
    void shouldShowAControlCharacterInAnItemEscapedNeverRaw() {
        Profile read = new ProfileReader().read(Path.of(LUCAS), TestRules.defaults().ladder()).profile();
        EvidenceItem item = new EvidenceItem("Q3 \u001b]0;owned\u0007 game day \u202e",
                URI.create("https://x.example/gd"), LocalDate.of(2026, 8, 14));
        Profile profile = new Profile(read.id(), read.name(), read.level(), read.target(), read.yearsInLevel(),
                read.values(), read.notes(), new Review("Dana\u001b[2J Wu", null, Map.of("gameDays", List.of(item)),
                        Map.of(), List.of()));
        Evaluation evaluation = new Evaluator().evaluate(TestRules.defaults(), profile, null);

        String text = EvaluationText.of(evaluation, TestRules.defaults().evidence(),
                new TextStyle(false));

        assertThat(text).contains("· Q3 \\u001b]0;owned\\u0007 game day \\u202e (2026-08-14) https://x.example/gd")
                .contains("manager Dana\\u001b[2J Wu").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("\u202e");
    }
}
