package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.profile.Profile;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.testing.Profiles;
import dev.sreladder.testing.TestRules;

/** {@code rules/README.md} stays true: its fact model is complete and its worked example works. */
class RulesReadmeTest {

    private static final Path README = Path.of("rules/README.md");

    @TempDir
    Path rulesDir;

    @Test
    void shouldNameEveryFactTypeAndEveryProfileKey() throws IOException {
        String readme = Files.readString(README);

        assertThat(FactModel.CURRENT.types()).allSatisfy(type -> assertThat(readme).contains("`"
                + type.substring(type.lastIndexOf('.') + 1) + "`"));
        assertThat(Ladder.article().keys()).map(ProfileKey::name)
                .allSatisfy(key -> assertThat(readme).contains("`" + key + "`"));
    }

    @Test
    void shouldFireTheWorkedExampleAddedVerbatimToACopyOfTheRules() throws IOException {
        String readme = Files.readString(README);
        String example = readme.substring(readme.indexOf("## Worked example"));
        Matcher file = Pattern.compile("Save it as `rules/([a-z0-9-]+\\.drl)`").matcher(example);
        Matcher drl = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(example);
        assertThat(file.find()).isTrue();
        assertThat(drl.find()).isTrue();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path rule : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(rule, rulesDir.resolve(rule.getFileName()));
            }
        }
        Files.writeString(rulesDir.resolve(file.group(1)), drl.group(1));
        Profile firefighter = Profiles.exemplary().level(Levels.MID).with("incidentsAsPrimary", 25)
                .with("postmortemsLed", 0).build();

        try (RuleSet rules = new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString())) {
            Evaluation evaluation = new Evaluator().evaluate(rules, firefighter, null);
            Evaluation calm = new Evaluator().evaluate(rules, Profiles.exemplary().build(), null);

            assertThat(evaluation.findings(FindingKind.NOTE)).singleElement().satisfies(note -> {
                assertThat(note.code()).isEqualTo("fixing-not-preventing");
                assertThat(note.message()).isEqualTo("25 incidents handled as primary, and 0 postmortems led");
                assertThat(note.section()).isEqualTo("Final Thoughts");
            });
            assertThat(evaluation.verdict()).as("a note never changes the verdict")
                    .isEqualTo(new Evaluator().evaluate(TestRules.defaults(), firefighter, null).verdict());
            assertThat(calm.findings(FindingKind.NOTE)).isEmpty();
            assertThat(rules.rule("Many incidents handled without a postmortem led is fixing, not preventing"))
                    .hasValueSatisfying(rule -> assertThat(rule.kind()).isEqualTo(RuleKind.NOTE));
        }
    }
}
