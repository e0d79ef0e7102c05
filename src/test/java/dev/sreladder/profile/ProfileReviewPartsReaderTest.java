package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;

/**
 * The optional parts of a profile for the committee (PRODUCT.md, "Evidence items, waivers, two
 * raters") as an engineer writes them, and each mistake in them with its line and the fix.
 */
class ProfileReviewPartsReaderTest {

    @TempDir
    Path folder;

    private final Ladder ladder = Ladder.article();

    private Profile read(String yaml) throws IOException {
        return new ProfileReader().read(Files.writeString(folder.resolve("mine.yaml"), yaml), ladder).profile();
    }

    private List<String> problems(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("mine.yaml"), yaml);
        LadderException error = org.junit.jupiter.api.Assertions.assertThrows(LadderException.class,
                () -> new ProfileReader().read(file, ladder));
        return error.getMessage().lines().toList();
    }

    private String at(int line) {
        return " at " + folder.resolve("mine.yaml") + ":" + line + " — ";
    }

    @Test
    void shouldCountTheItemsOfAnEvidenceListAndKeepWhatLinkAndDate() throws IOException {
        Profile profile = read("""
                name: Noor Hassan
                level: MID
                manager: Dana Wu
                team: Payments SRE
                evidence:
                  gameDays:
                    - what: Q3 region failover game day
                      link: https://wiki.example.com/gd/2026-q3
                      when: 2026-08-14
                    - Kafka broker loss drill
                  mentees: 1
                selfRatings:
                  resilienceTesting: 4
                waived:
                  mentoring: the team has not hired anyone in the review period
                """);

        assertThat(profile.value("gameDays")).isEqualTo(2);
        assertThat(profile.value("mentees")).isEqualTo(1);
        Review review = profile.review();
        assertThat(review.items(ladder.requireKey("gameDays"))).containsExactly(
                new EvidenceItem("Q3 region failover game day", URI.create("https://wiki.example.com/gd/2026-q3"),
                        LocalDate.of(2026, 8, 14)),
                new EvidenceItem("Kafka broker loss drill", null, null));
        assertThat(review.items(ladder.requireKey("mentees"))).isEmpty();
        assertThat(review.manager()).isEqualTo("Dana Wu");
        assertThat(review.team()).isEqualTo("Payments SRE");
        assertThat(review.selfRating(ladder.requireKey("resilienceTesting"))).contains(4);
        assertThat(review.selfRating(ladder.requireKey("mentoring"))).isEmpty();
        assertThat(review.waivers()).singleElement().satisfies(waiver -> {
            assertThat(waiver.code()).isEqualTo("mentoring");
            assertThat(waiver.reason()).isEqualTo("the team has not hired anyone in the review period");
            assertThat(waiver.line()).isEqualTo(15);
        });
    }

    @Test
    void shouldSayNothingBesideTheValuesOfAProfileThatUsesNoneOfIt() throws IOException {
        assertThat(read("name: Sam\nlevel: MID\nevidence:\n  gameDays: 2\n").review()).isEqualTo(Review.NONE);
    }

    @Test
    void shouldReportEveryMistakeInItemsWaiversAndSelfRatingsWithItsLine() throws IOException {
        List<String> problems = problems("""
                name: Sam
                level: MID
                evidence:
                  gameDays:
                    - what: Failover drill
                      link: http://wiki.example.com/gd
                    - what: Broker loss
                      when: last spring
                    - link: https://wiki.example.com/x
                    - 3
                  handsOnIncidentShare:
                    - what: half of them
                selfRatings:
                  mentoring: 7
                  gameDays: 2
                waived:
                  mentoring:
                  Not A Code: because
                """);

        assertThat(problems).containsExactly(
                "evidence.gameDays[1].link is not an https link" + at(6)
                        + "give the full address, as in 'link: https://wiki.example.com/postmortems/123'",
                "evidence.gameDays[2].when is not a date" + at(8)
                        + "write it as an ISO date, as in 'when: 2026-08-14'",
                "evidence.gameDays[3] has no 'what:'" + at(9)
                        + "say what the evidence is, as in 'what: Q3 region failover game day'",
                "evidence.gameDays[4] must be an item with 'what:' (and optionally 'link:' and 'when:'), not a whole"
                        + " number" + at(10) + "write it as '- what: Q3 failover game day'",
                "evidence.handsOnIncidentShare must be a number from 0 to 1, not a list" + at(12)
                        + "write it as a plain number",
                "selfRatings.mentoring must be a whole number from 0 to 4, got 7" + at(14)
                        + "give a value in that range",
                "'gameDays' is an evidence key" + at(15) + "put it under 'evidence:'",
                "the waiver of 'mentoring' gives no reason" + at(17)
                        + "say why it does not apply, as in 'mentoring: the team has not hired this year'",
                "'Not A Code' in waived is not an expectation code" + at(18)
                        + "codes use only a-z, 0-9 and '-', as 'rules list' shows them");
    }
}
