package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * A rule set is tried before it serves: on the samples beside its folder and on an empty and a
 * full profile for every level and target. Each way rules can break an evaluation refuses the
 * set at the rule, as path:line, and the set refused is disposed of.
 */
class RuleTrialTest {

    @TempDir
    Path temp;

    /** A copy of the default rules (with their ladder file) in temp/rules, to break. */
    private Path rules() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                if (!Files.exists(rules.resolve(file.getFileName()))) {
                    Files.copy(file, rules.resolve(file.getFileName()));
                }
            }
        }
        return rules;
    }

    private Path write(String name, String drl) throws IOException {
        Path file = rules().resolve(name);
        Files.writeString(file, drl);
        return file;
    }

    private static RuleSet compile(Path rules) {
        return new RuleCompiler().compile(RuleSources.fromDirectory(rules), rules.toString());
    }

    /** The refusal of the rules in the folder, tried as a reload or validate tries them. */
    private static String refusal(Path rules) {
        RuleSet compiled = compile(rules);
        AtomicReference<String> message = new AtomicReference<>();
        assertThatThrownBy(() -> RuleTrial.forRulesIn(rules).tried(compiled))
                .isInstanceOfSatisfying(LadderException.class, error -> {
                    assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    message.set(error.getMessage());
                });
        assertThat(compiled.isDisposed()).as("a refused set never serves").isTrue();
        return message.get();
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static final String NOTE_HEADER = """
            package rules;
            import dev.sreladder.evaluation.Finding;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.note;
            """;

    @Test
    void shouldLetTheDefaultRulesServeAfterTryingThemOnTheSamplesAndTheGeneratedProfiles() {
        RuleSet defaults = compile(Path.of("rules"));
        RuleTrial trial = RuleTrial.forRulesIn(Path.of("rules"));

        assertThat(trial.tried(defaults)).isSameAs(defaults);
        assertThat(defaults.isDisposed()).isFalse();
        assertThat(trial.profiles(defaults.ladder())).extracting(TriedProfile::name)
                .contains("the sample samples/maya-chen.yaml",
                        "the generated empty JUNIOR profile (meets level) (every value 0)",
                        "the generated full SENIOR profile towards STAFF (every rating at the top, counts 100,"
                                + " shares 1)");
        defaults.close();
    }

    @Test
    void shouldGenerateAnEmptyAndAFullProfileForEveryLevelAndEveryTargetAtOrAboveIt() {
        List<TriedProfile> generated = TrialProfiles.generated(Ladder.article());

        // JUNIOR: 4 targets, MID: 3, SENIOR: 2, STAFF: 1; each empty and full.
        assertThat(generated).hasSize(20);
        assertThat(generated).filteredOn(tried -> tried.name().contains("full STAFF"))
                .singleElement().satisfies(full -> {
                    assertThat(full.profile().value("mentoring")).isEqualTo(4);
                    assertThat(full.profile().value("handsOnIncidentShare")).isEqualTo(1);
                    assertThat(full.profile().value("gameDays")).isEqualTo(100);
                    assertThat(full.profile().yearsInLevel()).isEqualTo(10);
                });
        assertThat(generated).filteredOn(tried -> tried.name().contains("towards MID"))
                .as("the next level is the default target").allSatisfy(tried -> assertThat(tried.target()).isNull());
    }

    @Test
    void shouldRefuseARuleWhoseConsequenceThrowsAtItsLine() throws IOException {
        Path file = write("zz-broken.drl", NOTE_HEADER + """
                rule "A rule that divides by zero fails"
                    @code("broken") @section("Final Thoughts")
                when
                    $profile : Profile()
                then
                    int zero = 0;
                    insert(note(drools, $profile, "share " + (1 / zero), "None."));
                end
                """);

        assertThat(refusal(file.getParent())).contains("compile but fail when tried on 41 profiles")
                .contains(file + ":" + lineOf(file, "rule \"A rule") + ": rule \"A rule that divides by zero fails\""
                        + " throws for the sample samples/aisha-bello-junior-three-gaps.yaml: ArithmeticException:"
                        + " / by zero");
    }

    @Test
    void shouldRefuseAConditionThatFailsAtTheConditionsLine() throws IOException {
        Path file = write("zz-notes.drl", NOTE_HEADER + """
                rule "Long notes deserve a note"
                    @code("long-notes") @section("Final Thoughts")
                when
                    $profile : Profile(
                        notes.length() > 300)
                then
                    insert(note(drools, $profile, "long notes", "Shorten them."));
                end
                """);

        assertThat(refusal(file.getParent())).contains(file + ":" + lineOf(file, "notes.length()")
                + ": rule \"Long notes deserve a note\": the condition notes.length() > 300 cannot be evaluated for "
                + "the generated empty JUNIOR profile (meets level) (every value 0): NullPointerException");
    }

    @Test
    void shouldRefuseARuleThatReachesAVerdictOncePerFinding() throws IOException {
        Path file = write("zz-verdict.drl", """
                package rules;
                import dev.sreladder.evaluation.Finding;
                import dev.sreladder.evaluation.FindingKind;
                import dev.sreladder.evaluation.Verdict;
                import function dev.sreladder.evaluation.RuleApi.verdictReached;
                rule "Each gap holds the verdict at not yet"
                    @code("verdict-each-gap") @section("Final Thoughts")
                when
                    Finding(kind == FindingKind.GAP)
                then
                    insert(verdictReached(drools, Verdict.NOT_YET));
                end
                """);

        assertThat(refusal(file.getParent())).contains(file + ":6: rule \"Each gap holds the verdict at not yet\""
                + " reached a verdict 3 times for the sample samples/aisha-bello-junior-three-gaps.yaml");
    }

    @Test
    void shouldRefuseVerdictRulesThatLeaveAProfileWithoutAVerdict() throws IOException {
        Path verdicts = rules().resolve("verdict.drl");
        Files.writeString(verdicts, Files.readString(verdicts).replace(
                "not Finding(kind == FindingKind.BLOCKER || kind == FindingKind.TRAP || kind == FindingKind.GAP)",
                "not Finding()"));

        int first = lineOf(verdicts, "rule \"A blocker");
        assertThat(refusal(verdicts.getParent())).contains(verdicts + ":" + first
                + ": no verdict rule fired for the sample samples/")
                .contains("(verdict rules: \"A blocker or a trap holds the verdict at not yet\" (" + verdicts + ":"
                        + first + "), ");
    }

    @Test
    void shouldTryTheSamplesBesideTheRulesFolder() throws IOException {
        Path rules = rules();
        Path file = write("zz-seven.drl", NOTE_HEADER + """
                rule "Seven mentees break this rule"
                    @code("seven") @section("Final Thoughts")
                when
                    $profile : Profile(value("mentees") >= 1)
                then
                    long left = 7 - Math.round($profile.value("mentees"));
                    insert(note(drools, $profile, "mentees " + (10 / left), "None."));
                end
                """);
        assertThat(RuleTrial.forRulesIn(rules).tried(compile(rules))).as("no sample has 7 mentees yet").isNotNull();
        Path samples = Files.createDirectories(temp.resolve("samples"));
        Files.writeString(samples.resolve("seven.yaml"), "id: seven\nname: Seven\nlevel: SENIOR\nevidence:\n"
                + "  mentees: 7\n");

        assertThat(refusal(rules)).contains(file + ":" + lineOf(file, "rule \"Seven")
                + ": rule \"Seven mentees break this rule\" throws for the sample " + samples.resolve("seven.yaml")
                + ": ArithmeticException: / by zero");
    }

    @Test
    void shouldLeaveOutSamplesThatAreNotOfTheRulesLadder() throws IOException {
        Path rules = rules();
        Path samples = Files.createDirectories(temp.resolve("samples"));
        Files.writeString(samples.resolve("other.yaml"), "id: other\nname: Other\nlevel: PRINCIPAL\n");
        Files.copy(Path.of("samples/maya-chen.yaml"), samples.resolve("maya-chen.yaml"));

        assertThat(RuleTrial.forRulesIn(rules).profiles(Ladder.article())).extracting(TriedProfile::name)
                .contains("the sample " + samples.resolve("maya-chen.yaml"))
                .noneMatch(name -> name.contains("other.yaml"));
    }
}
