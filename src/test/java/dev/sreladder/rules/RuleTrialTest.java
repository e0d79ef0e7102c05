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

import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.LadderFile;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * A rule set is tried before it serves: on the samples beside its folder, an empty and a full
 * profile for every level and target, and the profiles generated to reach every verdict rule and
 * trap. Each way rules can break an evaluation refuses the set at the rule, as path:line, with or
 * without samples, and the set refused is disposed of.
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
        return refusal(rules, RuleTrial.forRulesIn(rules));
    }

    /** The refusal of the rules in the folder, tried on the generated profiles alone: no samples anywhere. */
    private static String refusalWithoutSamples(Path rules) {
        return refusal(rules, RuleTrial.generatedOnly());
    }

    private static String refusal(Path rules, RuleTrial trial) {
        RuleSet compiled = compile(rules);
        AtomicReference<String> message = new AtomicReference<>();
        assertThatThrownBy(() -> trial.tried(compiled))
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
        assertThat(trial.run(defaults).tried()).extracting(TriedProfile::name)
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

        assertThat(refusal(file.getParent()))
                .contains("compile but fail when tried on 87 profiles (21 samples and 66 generated from the ladder")
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

        try (RuleSet compiled = compile(rules)) {
            assertThat(RuleTrial.forRulesIn(rules).run(compiled).tried()).extracting(TriedProfile::name)
                    .contains("the sample " + samples.resolve("maya-chen.yaml"))
                    .noneMatch(name -> name.contains("other.yaml"));
        }
    }

    /** A copy of {@code from}'s rule files and ladder file in temp/NAME/rules, with no samples beside. */
    private Path copyWithoutSamples(Path from, String name) throws IOException {
        Path rules = Files.createDirectories(temp.resolve(name).resolve("rules"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }

    private static void replace(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(old);
        Files.writeString(file, text.replace(old, replacement));
    }

    private static final Path PLATFORM = Path.of("samples/ladders/platform/rules");

    @Test
    void shouldReachEveryVerdictRuleAndEveryTrapOfTheDefaultAndThePlatformRulesWithoutSamples() {
        for (Path folder : List.of(Path.of("rules"), PLATFORM)) {
            try (RuleSet rules = compile(folder)) {
                RuleTrial.Outcome outcome = RuleTrial.generatedOnly().run(rules);

                assertThat(outcome.problems()).as(folder.toString()).isEmpty();
                assertThat(outcome.reached()).as(folder + ": every verdict rule and trap reached").containsAll(
                        rules.rules().stream().filter(rule -> rule.kind() == RuleKind.VERDICT
                                || rule.kind() == RuleKind.TRAP).map(RuleInfo::name).toList());
                assertThat(outcome.tried()).extracting(TriedProfile::name).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void shouldRefuseTwoVerdictRulesThatFireForOneProfileWithoutSamples() throws IOException {
        for (Path folder : List.of(Path.of("rules"), PLATFORM)) {
            Path rules = copyWithoutSamples(folder, "overlap-" + folder.getFileName() + folder.getNameCount());
            Path verdicts = rules.resolve("verdict.drl");
            replace(verdicts, "$gaps >= 1, $gaps <= 2", "$gaps >= 1, $gaps <= 3");
            String notYet = lineOf(verdicts, "\"Three or more gaps") + "";
            int almost = lineOf(verdicts, "\"One or two gaps");

            assertThat(refusalWithoutSamples(rules)).as(folder.toString())
                    .containsPattern("compile but fail when tried on (\\d+) profiles \\(no samples beside them; \\1"
                            + " generated from the ladder")
                    .contains(verdicts + ":" + almost + ": rules \"Three or more gaps")
                    .contains("(" + verdicts + ":" + notYet + ") and \"One or two gaps")
                    .contains("(" + verdicts + ":" + almost + ") each reached a verdict for the generated ")
                    .contains("(3 gaps, 0 blockers)");
        }
    }

    @Test
    void shouldNameEachOverlappingVerdictRuleAtItsOwnFileAndLineWhenAnEvaluationReachesTwo() throws IOException {
        Path rules = copyWithoutSamples(PLATFORM, "evaluate-overlap");
        Path verdicts = rules.resolve("verdict.drl");
        replace(verdicts, "$gaps >= 1, $gaps <= 2", "$gaps >= 1, $gaps <= 3");
        String notYet = verdicts + ":" + lineOf(verdicts, "rule \"Three or more gaps");
        String almost = verdicts + ":" + lineOf(verdicts, "rule \"One or two gaps");

        try (RuleSet compiled = compile(rules)) {
            TriedProfile threeGaps = RuleTrial.generatedOnly().run(compiled).tried().stream()
                    .filter(tried -> tried.name().endsWith("(3 gaps, 0 blockers)")).findFirst().orElseThrow();
            Profile profile = threeGaps.profile();
            assertThatThrownBy(() -> new Evaluator().evaluate(compiled, profile, threeGaps.target()))
                    .isInstanceOf(LadderException.class)
                    .hasMessage("the rules in " + rules + " reached 2 verdicts, by \"Three or more gaps mean not yet\""
                            + " (" + notYet + ") and \"One or two gaps mean almost\" (" + almost + "); exactly one"
                            + " verdict rule must fire for any profile: make their conditions exclude each other");
        }
    }

    @Test
    void shouldRefuseOverlappingVerdictRulesOnReloadAndKeepTheRulesInUse() throws IOException {
        Path rules = copyWithoutSamples(Path.of("rules"), "reload");
        CurrentRules current = new CurrentRules(() -> RuleSources.fromDirectory(rules), rules.toString(),
                new RuleCompiler());
        RuleSet inUse = current.get();
        Path verdicts = rules.resolve("verdict.drl");
        replace(verdicts, "$gaps >= 1, $gaps <= 2", "$gaps >= 1, $gaps <= 3");
        int almost = lineOf(verdicts, "\"One or two gaps");

        assertThatThrownBy(current::reload).isInstanceOfSatisfying(LadderException.class, error -> {
            assertThat(error.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(error.getMessage()).contains(verdicts + ":" + almost
                    + ": rules \"Three or more gaps hold the verdict at not yet\"");
        });
        assertThat(current.get()).isSameAs(inUse);
        assertThat(inUse.isDisposed()).isFalse();
        inUse.close();
    }

    @Test
    void shouldRefuseATrapWhoseWayOutNamesAKeyItsConditionsDoNotReadWithoutSamples() throws IOException {
        Path rules = copyWithoutSamples(Path.of("rules"), "unread-way-out");
        Path traps = rules.resolve("traps.drl");
        replace(traps, "atLeast(\"incidentResponse\", 2), atLeast(\"observability\", 2)",
                "atLeast(\"leadershipPresentations\", 1)");

        assertThat(refusalWithoutSamples(rules)).contains(traps + ":" + lineOf(traps, "rule \"A junior who redesigns")
                + ": rule \"A junior who redesigns systems before learning to run them is architecting too early\":"
                + " trap \"architecting-too-early\" still fires for the generated JUNIOR profile")
                .contains("with the trap's way out (leadershipPresentations ≥ 1) taken: its way out does not clear it");
    }

    @Test
    void shouldRefuseATrapWhoseWayOutHasALowerBarThanItsConditionsWithoutSamples() throws IOException {
        Path rules = copyWithoutSamples(Path.of("rules"), "lower-bar");
        Path traps = rules.resolve("traps.drl");
        replace(traps, "atLeast(\"mentees\", 1), atLeast(\"mentoring\", 2)",
                "atLeast(\"mentees\", 1), atLeast(\"mentoring\", 1)");

        assertThat(refusalWithoutSamples(rules)).contains(traps + ":" + lineOf(traps, "rule \"A senior who still fixes")
                + ": rule \"A senior who still fixes most major incidents without mentoring others won't let go\":"
                + " trap \"wont-let-go\" still fires for the generated SENIOR profile towards STAFF with mentoring at"
                + " the bound of trap \"wont-let-go\"'s mentoring ≤ 1 with the trap's way out (mentees ≥ 1) taken");
    }

    @Test
    void shouldRefuseATrapOfThePlatformLadderWhoseWayOutDoesNotClearItWithoutSamples() throws IOException {
        Path rules = copyWithoutSamples(PLATFORM, "platform-way-out");
        Path traps = rules.resolve("traps.drl");
        replace(traps, "atLeast(\"onCallShifts\", 4), atLeast(\"incidentsLed\", 1)", "atLeast(\"incidentsLed\", 1)");

        assertThat(refusalWithoutSamples(rules))
                .contains(traps + ":" + lineOf(traps, "rule \"A staff engineer who plans")
                + ": rule \"A staff engineer who plans the platform but never runs it has lost touch\": trap"
                + " \"out-of-touch\" still fires for the generated STAFF profile towards PRINCIPAL")
                .contains("with the trap's way out (incidentsLed ≥ 1) taken: its way out does not clear it");
    }

    private static final String TRAP_HEADER = """
            package rules;
            import dev.sreladder.evaluation.Finding;
            import dev.sreladder.evaluation.FindingKind;
            import dev.sreladder.evaluation.Promotion;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.atLeast;
            import function dev.sreladder.evaluation.RuleApi.trap;
            """;

    @Test
    void shouldSpringATrapThatNamesOnlyItsTargetEverywhereAndRefuseItsWayOut() throws IOException {
        Path rules = copyWithoutSamples(Path.of("rules"), "target-only");
        Path file = rules.resolve("zz-trap.drl");
        Files.writeString(file, TRAP_HEADER + """
                rule "Anyone aiming for staff without game days is stuck"
                    @code("no-game-days-staff") @section("Final Thoughts")
                when
                    Promotion(to == "STAFF")
                    $profile : Profile(value("gameDays") == 0)
                then
                    insert(trap(drools, $profile, "gameDays is {gameDays}", "Run game days.",
                        atLeast("leadershipPresentations", 1)));
                end
                """);

        assertThat(refusalWithoutSamples(rules)).contains(file + ":" + lineOf(file, "rule \"Anyone")
                + ": rule \"Anyone aiming for staff without game days is stuck\": trap \"no-game-days-staff\"");
    }

    @Test
    void shouldProbeATrapWhoseConditionsCannotAllBeReadAndRefuseItsWayOut() throws IOException {
        Path rules = copyWithoutSamples(Path.of("rules"), "unread-trigger");
        Path file = rules.resolve("zz-trap.drl");
        Files.writeString(file, TRAP_HEADER + """
                rule "A senior with gaps and no game days is stuck"
                    @code("gaps-no-game-days") @section("Final Thoughts")
                when
                    Promotion(from == "SENIOR")
                    exists Finding(kind == FindingKind.GAP)
                    $profile : Profile(value("gameDays") == 0, value("mentees") >= 1)
                then
                    insert(trap(drools, $profile, "gameDays is {gameDays}", "Run game days.",
                        atLeast("leadershipPresentations", 1)));
                end
                """);

        assertThat(refusalWithoutSamples(rules)).contains(file + ":" + lineOf(file, "rule \"A senior with gaps")
                + ": rule \"A senior with gaps and no game days is stuck\": trap \"gaps-no-game-days\" still fires"
                + " for the generated SENIOR profile towards STAFF probing trap \"gaps-no-game-days\"");
    }

    @Test
    void shouldRefuseAFolderWithoutAVerdictRuleNamingTheFolderAndWhatToCopy() throws IOException {
        Path rules = copyWithoutSamples(Path.of("rules"), "no-verdict");
        Files.delete(rules.resolve("verdict.drl"));

        assertThat(refusalWithoutSamples(rules)).isEqualTo("no rule in " + rules + " reaches a verdict: copy"
                + " rules/verdict.drl,"
                + " which draws the verdict from the findings (insert(verdictReached(drools, Verdict.NOT_YET)) and"
                + " the like, one rule for each case, exactly one firing for any profile), into " + rules
                + " and adapt it to your ladder");
    }

    @Test
    void shouldRefuseALevelThatNoRuleExpectsAnythingOfAtTheLadderFilesLine() throws IOException {
        Path rules = copyWithoutSamples(PLATFORM, "empty-level");
        Files.writeString(rules.resolve("staff.drl"), "package rules;\n");
        Path ladder = rules.resolve(Ladder.FILE_NAME);

        assertThat(refusalWithoutSamples(rules)).contains(ladder + ":" + lineOf(ladder, "levels:")
                + ": the ladder lists level"
                + " STAFF but no rule in " + rules + " expects anything of it (no rule with Checking(level =="
                + " \"STAFF\") inserts an expectation(...)): write its expectations, as the other levels' files do,"
                + " or take STAFF out of the ladder's levels");
    }

    @Test
    void shouldFindTheLineThatNamesALevelInEitherWayOfListingLevels() {
        assertThat(LadderFile.lineOfLevel("ladder: x\nlevels: [JUNIOR, MID]\nscale:\n", "MID")).isEqualTo(2);
        assertThat(LadderFile.lineOfLevel("ladder: x\nlevels:\n  - JUNIOR\n  - MID # middle\nscale:\n", "MID"))
                .isEqualTo(4);
        assertThat(LadderFile.lineOfLevel("ladder: x\nlevels:\n  - JUNIOR\nscale:\n  MID: x\n", "MID")).isEqualTo(2);
    }
}
