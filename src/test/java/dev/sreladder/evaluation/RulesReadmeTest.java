package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.planning.Change;
import dev.sreladder.planning.Plan;
import dev.sreladder.planning.Planner;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.rules.RulesFolder;
import dev.sreladder.testing.Levels;
import dev.sreladder.testing.Profiles;
import dev.sreladder.testing.TestRules;

/**
 * {@code rules/README.md} stays true: its fact model is complete, and each worked example, copied
 * verbatim into a copy of the rules, compiles and fires as the guide says.
 */
class RulesReadmeTest {

    private static final Path README = Path.of("rules/README.md");

    @TempDir
    Path rulesDir;

    @Test
    void shouldNameEveryFactTypeAndEveryProfileKey() throws IOException {
        String readme = Files.readString(README);

        assertThat(FactModel.CURRENT.types()).allSatisfy(type -> assertThat(readme).contains("`"
                + type.substring(type.lastIndexOf('.') + 1) + "`"));
        assertThat(FactModel.CURRENT.functions()).allSatisfy(function -> assertThat(readme).contains("`"
                + function.substring(function.lastIndexOf('.') + 1) + "`"));
        assertThat(Ladder.article().keys()).map(ProfileKey::name)
                .allSatisfy(key -> assertThat(readme).contains("`" + key + "`"));
    }

    @Test
    void shouldFireTheNoteAddedVerbatimToACopyOfTheRules() throws IOException {
        Profile firefighter = Profiles.exemplary().level(Levels.MID).with("incidentsAsPrimary", 25)
                .with("postmortemsLed", 0).build();

        try (RuleSet rules = withExample("adding a note")) {
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

    @Test
    void shouldFireTheTrapAddedVerbatimAsTheGuideShowsIt() throws IOException {
        Profile responder = Profiles.exemplary().level(Levels.MID).with("yearsInLevel", 3)
                .with("incidentsCommanded", 0).with("postmortemsLed", 0).build();
        String readme = Files.readString(README);

        try (RuleSet rules = withExample("a trap on a rating, a count and the years in level")) {
            Evaluation evaluation = new Evaluator().evaluate(rules, responder, null);

            assertThat(evaluation.findings(FindingKind.TRAP)).singleElement().satisfies(trap -> {
                assertThat(trap.code()).isEqualTo("responder-not-lead");
                assertThat(trap.level()).isEqualTo(Levels.MID);
                assertThat(readme).contains("✗ responder-not-lead [MID] " + trap.message() + "\n")
                        .contains("clears when: any of (incidentsCommanded ≥ 1, postmortemsLed ≥ 1)\n");
            });
            assertThat(new Evaluator().evaluate(rules, responder.with("incidentsCommanded", 1), null)
                    .findings(FindingKind.TRAP)).as("either half of the way out clears it").isEmpty();
            assertThat(new Evaluator().evaluate(rules, responder.with("yearsInLevel", 1), null)
                    .findings(FindingKind.TRAP)).isEmpty();
            assertThat(rules.rule("A mid-level SRE who has answered pages for years but never led the response"
                    + " stays a responder")).hasValueSatisfying(rule -> {
                        assertThat(rule.kind()).isEqualTo(RuleKind.TRAP);
                        assertThat(rule.level()).isEqualTo(Levels.MID);
                    });
            Plan plan = new Planner(new Evaluator()).plan(rules, responder, null);
            assertThat(plan.changes()).as("the senior gap's postmortems clear the trap too")
                    .extracting(Change::key).contains("postmortemsLed").doesNotContain("incidentsCommanded");
            assertThat(plan.steps()).filteredOn(step -> step.change().key().equals("postmortemsLed"))
                    .singleElement().satisfies(step -> assertThat(step.closes()).extracting(Finding::label)
                            .containsExactly("TRAP responder-not-lead [MID]",
                                    "GAP design-docs-and-postmortems [SENIOR]"));
        }
    }

    @Test
    void shouldGiveTheGapWithAlternativesTheGuideShowsForMaya() throws IOException {
        Profile maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();
        String readme = Files.readString(README);

        try (RuleSet rules = withExample("an expectation with \"at least 2 of\"")) {
            Evaluation evaluation = new Evaluator().evaluate(rules, maya, null);

            assertThat(evaluation.findings(FindingKind.GAP)).filteredOn(gap -> gap.code().equals("spreads-knowledge"))
                    .singleElement().satisfies(gap -> assertThat(readme)
                            .contains("△ spreads-knowledge [SENIOR] " + gap.message() + "\n")
                            .contains("clears when: at least 2 of (designDocs ≥ 2, leadershipPresentations ≥ 1, "
                                    + "mentees ≥ 1, postmortemsLed ≥ 3)\n"));
            assertThat(evaluation.expectationsChecked())
                    .isEqualTo(new Evaluator().evaluate(TestRules.defaults(), maya, null).expectationsChecked() + 1);
            assertThat(new Evaluator().evaluate(rules, maya.with("mentees", 1).with("designDocs", 2), null)
                    .findings(FindingKind.MET)).extracting(Finding::code).contains("spreads-knowledge");
        }
    }

    /** The guide with each run of spaces and line breaks as one space, for sentences that wrap. */
    private static String flowing() throws IOException {
        return Files.readString(README).replaceAll("\\s+", " ");
    }

    @Test
    void shouldSayHowToPointTheToolAtAnotherRulesFolderAsVersionSaysIt() throws IOException {
        String guide = flowing();

        assertThat(guide).contains("`--" + RulesFolder.PROPERTY + "=DIR`").contains("`" + RulesFolder.ENVIRONMENT + "`")
                .contains("sha256:…; " + new RulesFolder("ladders/ours/rules").chosenBecause() + ")`");
        assertThat(new RulesFolder("").chosenBecause()).isNotEqualTo(new RulesFolder("x").chosenBecause());
    }

    @Test
    void shouldSayTestAndCoverageReadTheSamplesBesideTheRulesFolder() throws IOException {
        assertThat(flowing()).contains("`rules test` and `rules coverage` without a folder read that `samples/`"
                + " (for `--ladder.rules-dir=ladders/ours/rules`, `ladders/ours/samples`)");
        assertThat(new RulesFolder("samples/ladders/platform/rules").samples())
                .isEqualTo(Path.of("samples/ladders/platform/samples").toAbsolutePath());
    }

    @Test
    void shouldServeAnotherLadderWithACopyOfTheDefaultVerdictRulesAsTheGuideSays() throws IOException {
        assertThat(flowing()).contains("The default `rules/verdict.drl` names no level and no key")
                .contains("cp rules/verdict.drl ladders/ours/rules/");
        Path platform = Path.of("samples/ladders/platform");
        try (Stream<Path> files = Files.list(platform.resolve("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("rules/verdict.drl"), rulesDir.resolve("verdict.drl"),
                StandardCopyOption.REPLACE_EXISTING);

        try (RuleSet copied = new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString());
                RuleSet own = new RuleCompiler().compile(RuleSources.fromDirectory(platform.resolve("rules")),
                        "platform")) {
            assertThat(copied.rules()).filteredOn(rule -> rule.kind() == RuleKind.VERDICT).hasSize(4)
                    .allSatisfy(rule -> {
                        assertThat(rule.level()).as(rule.name()).isNull();
                        assertThat(rule.reads()).as(rule.name()).isEmpty();
                    });
            for (Path sample : ProfileFiles.inFolder(platform.resolve("samples"))) {
                Profile profile = new ProfileReader().read(sample, own.ladder()).profile();
                assertThat(new Evaluator().evaluate(copied, profile, null).verdict()).as(sample.toString())
                        .isEqualTo(new Evaluator().evaluate(own, profile, null).verdict());
            }
        }
    }

    @Test
    void shouldRoundTheScoreDownAsTheGuideSays() throws IOException {
        assertThat(flowing()).contains("as a whole percentage rounded down: 14 met of 15 is 93, 2 of 3 is 66");

        assertThat(Evaluator.score(findings(14, 1))).isEqualTo(93);
        assertThat(Evaluator.score(findings(2, 1))).isEqualTo(66);
        assertThat(Evaluator.score(findings(99, 1))).as("100 only when every expectation is met").isEqualTo(99);
    }

    private static List<Finding> findings(int met, int gaps) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < met + gaps; i++) {
            findings.add(new Finding("code-" + i, i < met ? FindingKind.MET : FindingKind.GAP, Levels.SENIOR, "rule",
                    "message", "advice", "section", List.of()));
        }
        return findings;
    }

    @Test
    void shouldAcceptAnySectionThatIsNotBlankAsTheGuideSays() throws IOException {
        assertThat(flowing()).contains("Any text that is not blank is accepted");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path rule : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(rule, rulesDir.resolve(rule.getFileName()));
            }
        }
        Path verdict = rulesDir.resolve("verdict.drl");
        String text = Files.readString(verdict);
        String heading = "@section(\"Building a Career in SRE: The Real Path from Junior to Staff Engineer\")";
        assertThat(text).contains(heading);

        Files.writeString(verdict, text.replace(heading, "@section(\"Our handbook, page 3\")"));
        try (RuleSet rules = new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), "ours")) {
            assertThat(rules.rules()).filteredOn(rule -> rule.kind() == RuleKind.VERDICT)
                    .extracting(RuleInfo::section).containsOnly("Our handbook, page 3");
        }
        Files.writeString(verdict, text.replace(heading, "@section(\" \")"));
        assertThatThrownBy(() -> new RuleCompiler()
                .compile(RuleSources.fromDirectory(rulesDir), "ours")).hasMessageContaining("has no @section(...)");
    }

    /** The rules, their ladder and the worked example under {@code ## Worked example: <title>}, compiled. */
    private RuleSet withExample(String title) throws IOException {
        String readme = Files.readString(README);
        String heading = "## Worked example: " + title + "\n";
        assertThat(readme).contains(heading);
        String example = readme.substring(readme.indexOf(heading) + heading.length());
        int next = example.indexOf("\n## ");
        example = next < 0 ? example : example.substring(0, next);
        Matcher file = Pattern.compile("Save\\s+it\\s+as\\s+`rules/([a-z0-9-]+\\.drl)`").matcher(example);
        Matcher drl = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(example);
        assertThat(file.find()).as("a file to save in %s", title).isTrue();
        assertThat(drl.find()).as("a DRL block in %s", title).isTrue();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path rule : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(rule, rulesDir.resolve(rule.getFileName()));
            }
        }
        assertThat(rulesDir.resolve(file.group(1))).as("a new file, not one of the rules").doesNotExist();
        Files.writeString(rulesDir.resolve(file.group(1)), drl.group(1));
        return new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString());
    }
}
