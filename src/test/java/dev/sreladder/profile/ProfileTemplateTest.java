package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.rules.RuleSources;

/**
 * The template names every key of its ladder with what it means, and reads back as a profile; a
 * profile written in its layout (what profile new writes) reads back as the very same profile.
 */
class ProfileTemplateTest {

    private final ProfileReader reader = new ProfileReader();

    @Test
    void shouldListEveryKeyOfTheArticlesLadderWithItsMeaning() {
        String template = ProfileTemplate.of(Ladder.article());

        for (ProfileKey key : Ladder.article().competencies()) {
            assertThat(template).contains("  " + key.name() + ": 0").contains(key.meaning());
        }
        for (ProfileKey key : Ladder.article().evidence()) {
            assertThat(template).contains("  " + key.name() + ": 0").contains(key.meaning());
        }
        assertThat(template).contains("#   4  leading, teaches others, sets the standard")
                .contains("handsOnIncidentShare: 0").contains("a number from 0 to 1: share of the team's");
    }

    @Test
    void shouldShowTheOptionalPartsForTheCommitteeCommentedOut() {
        String template = ProfileTemplate.of(Ladder.article());

        assertThat(template).contains("#   incidentsAsPrimary:\n#     - what: what it was\n")
                .contains("\n# manager: ").contains("\n# team: ").contains("\n# selfRatings: ")
                .contains("\n#   incidentResponse: 0\n").contains("\n# waived: ")
                .doesNotContain("\nmanager:").doesNotContain("\nwaived:");
    }

    @Test
    void shouldReadBackAsAValidProfileOfItsLadder() {
        Ladder platform = RuleFile.ladderIn(RuleSources.fromDirectory(Path.of("samples/ladders/platform/rules")));

        for (Ladder ladder : java.util.List.of(Ladder.article(), platform)) {
            Profile profile = reader.read("template.yaml", ProfileTemplate.of(ladder).getBytes(StandardCharsets.UTF_8),
                    "template", ladder).profile();
            assertThat(profile.level()).isEqualTo(ladder.lowest());
            assertThat(profile.ladder()).isEqualTo(ladder);
            assertThat(ladder.keys()).allSatisfy(key -> assertThat(profile.value(key)).isZero());
        }
    }

    @Test
    void shouldWriteAFilledInProfileThatReadsBackAsTheSameProfile() {
        Ladder ladder = Ladder.article();
        Map<String, Double> values = new HashMap<>();
        ladder.competencies().forEach(key -> values.put(key.name(), (double) (key.index() % 5)));
        ladder.evidence().forEach(key -> values.put(key.name(), (double) key.index()));
        values.put("handsOnIncidentShare", 0.35);
        // A name YAML would misread unquoted: a colon, a '#', quotes, a backslash, an emoji.
        String name = "Siobhán \"Shiv\" O'Brien: SRE #1 \\ 🚀";
        Profile written = new Profile("o-brien", name, ladder.level("MID").orElseThrow(),
                ladder.level("STAFF").orElseThrow(), 2.5, Values.of(ladder, values), "");

        String yaml = ProfileTemplate.of(written);
        Profile read = reader.read("o-brien.yaml", yaml.getBytes(StandardCharsets.UTF_8), "o-brien", ladder)
                .profile();

        assertThat(read).isEqualTo(written);
        assertThat(yaml).contains("target: STAFF", "yearsInLevel: 2.5", "  handsOnIncidentShare: 0.35",
                "# a number from 0 to 1: share of the team's", "#   3  proficient, independently and consistently");
    }

    @Test
    void shouldWriteNoTargetAsNullAndReadItBackAsNone() {
        Ladder platform = RuleFile.ladderIn(RuleSources.fromDirectory(Path.of("samples/ladders/platform/rules")));
        Profile written = new Profile("sam", "Sam", platform.lowest(), null, 0, Values.zero(platform), "");

        String yaml = ProfileTemplate.of(written);

        assertThat(yaml).contains("target: null");
        assertThat(reader.read("sam.yaml", yaml.getBytes(StandardCharsets.UTF_8), "sam", platform).profile())
                .isEqualTo(written);
    }
}
