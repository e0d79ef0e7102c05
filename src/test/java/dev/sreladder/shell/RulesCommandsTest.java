package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.ExitCode;

/**
 * The maintainer's commands as a user runs them: {@code rules validate, reload, list, test,
 * coverage, impact}, through the real parser, with stdout, stderr and exit code.
 */
class RulesCommandsTest extends CommandTest {

    @TempDir
    Path temp;


    /** A copy of the default rules in a temporary folder, to break or edit. */
    Path copyOfRules() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Nested
    class Validate {

        static final String HEADER = """
                package rules;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.note;
                rule "A maintainer's new rule"
                    @code("new-rule") @section("Final Thoughts")
                when
                """;

        /** A rule file with one mistake, the line it is reported at, and what the message says. */
        static Stream<Arguments> brokenRules() {
            return Stream.of(
                    Arguments.of("a syntax error", HEADER + """
                                $profile : Profile(yearsInLevel >= 4
                            then
                                insert(note(drools, $profile, "long tenure", "advice"));
                            end
                            """, 8, "mismatched input 'then'"),
                    Arguments.of("an unknown fact type", HEADER + """
                                $profile : Profil(yearsInLevel >= 4)
                            then
                            end
                            """, 7, "Unable to resolve ObjectType 'Profil'"),
                    Arguments.of("an unknown field", HEADER + """
                                $profile : Profile(yearsInLevl >= 4)
                            then
                            end
                            """, 7, "yearsInLevl"),
                    Arguments.of("a Java error after then", HEADER + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                                insert(note(drools, 42));
                            end
                            """, 9, "note(...) takes (drools, Profile, String, String), not (drools, int)"
                            + " (in the 'then' part of rule \"A maintainer's new rule\")"),
                    Arguments.of("a call to System.exit", HEADER + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                                System.exit(1);
                            end
                            """, 9,
                            "forbidden in a rule: uses System.exit: System is neither a variable of the rule"),
                    Arguments.of("file I/O by a qualified name", HEADER + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("samples"));
                            end
                            """, 9,
                            "forbidden in a rule: uses java.nio.file.Files.deleteIfExists: java is neither"),
                    Arguments.of("reflection", HEADER + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                                $profile.getClass().getDeclaredFields();
                            end
                            """, 9,
                            "forbidden in a rule: calls .getClass(...), which is not a method of the fact types"),
                    Arguments.of("a process", HEADER + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                                Runtime.getRuntime().exec("rm -rf /");
                            end
                            """, 9, "forbidden in a rule: uses Runtime.getRuntime: Runtime is neither a variable"),
                    Arguments.of("an import outside the fact model", HEADER.replace(
                            "import dev.sreladder.profile.Profile;",
                            "import dev.sreladder.profile.Profile;\nimport dev.sreladder.profile.ProfileReader;") + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                            end
                            """, 3, "forbidden import: dev.sreladder.profile.ProfileReader is outside the fact model"),
                    Arguments.of("a rule without @section", HEADER.replace(" @section(\"Final Thoughts\")", "") + """
                                $profile : Profile(yearsInLevel >= 4)
                            then
                            end
                            """, 4, "has no @section(...) metadata"),
                    Arguments.of("an expectation that depends on the engineer", HEADER.replace(
                            "import function dev.sreladder.evaluation.RuleApi.note;", """
                            import dev.sreladder.evaluation.Checking;
                            import function dev.sreladder.evaluation.RuleApi.atLeast;
                            import function dev.sreladder.evaluation.RuleApi.expectation;""") + """
                                Checking(level == "SENIOR")
                                Profile(yearsInLevel >= 4)
                            then
                                insert(expectation(drools, "advice", atLeast("gameDays", 2)));
                            end
                            """, 10, "declares an expectation, so its conditions may match only Checking(level == "
                            + "\"X\"), not Profile"),
                    Arguments.of("a note on the levels checked", HEADER.replace(
                            "import function dev.sreladder.evaluation.RuleApi.note;", """
                            import function dev.sreladder.evaluation.RuleApi.note;
                            import dev.sreladder.evaluation.Checking;""") + """
                                Checking()
                                $profile : Profile(yearsInLevel >= 4)
                            then
                                insert(note(drools, $profile, "long tenure", "advice"));
                            end
                            """, 8, "matches Checking, which only rules that declare an expectation"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("brokenRules")
        void shouldNameFileAndLineOfEachKindOfMistakeAndExitOne(String mistake, String drl, int line, String message)
                throws IOException {
            Path rules = copyOfRules();
            Path file = rules.resolve("zz-new-rule.drl");
            Files.writeString(file, drl);

            CommandRun run = run("rules", "validate", rules.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("the rules in " + rules + " do not compile")
                    .contains(file + ":" + line + ": ")
                    .doesNotContain("Parser returned a null Package");
            assertThat(run.err().lines().filter(error -> error.startsWith(file + ":" + line + ": ")))
                    .anySatisfy(error -> assertThat(error).contains(message));
        }

        @Test
        void shouldAcceptTheDefaultRulesAndSayWhatItCompiled() {
            CommandRun run = run("rules", "validate");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Valid: the rules in rules (7 files, ")
                    .contains(" rules, ladder article-sre, sha256:");
        }

        @Test
        void shouldIgnoreForbiddenWordsInCommentsAndMessages() throws IOException {
            Path rules = copyOfRules();
            Files.writeString(rules.resolve("zz-new-rule.drl"), HEADER + """
                        // Not Runtime, not System.exit: this comment only talks about them.
                        $profile : Profile(yearsInLevel >= 40)
                    then
                        insert(note(drools, $profile, "no java.io.File or Runtime here", "System.exit(1)"));
                    end
                    """);

            assertThat(run("rules", "validate", rules.toString()).exitCode()).isEqualTo(ExitCode.OK);
        }
    }

    @Nested
    class Reload {

        @Test
        void shouldReloadTheRulesInUseAndSayWhetherTheyChanged() {
            CommandRun run = run("rules", "reload");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).startsWith("Reloaded the rules from rules: 7 files, ").contains("(unchanged)");
        }
    }

    @Nested
    class ListRules {

        @Test
        void shouldListEveryRuleWithCodeKindLevelFileLineAndSection() throws IOException {
            CommandRun run = run("rules", "list");
            int plateau = lineOf(Path.of("rules/traps.drl"), "rule \"A mid-level SRE who has mastered");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out().lines()).anySatisfy(line -> assertThat(line).matches(
                    "mid-level-plateau +trap +MID +rules/traps\\.drl:" + plateau
                            + " +Mid-Level: Owning Systems, Not Just Tasks"));
            assertThat(run.out()).containsPattern("resilience-testing +expectation +SENIOR +rules/senior\\.drl:\\d+")
                    .containsPattern("fast-track +note +- +rules/notes\\.drl:\\d+")
                    .containsPattern("verdict-ready +verdict +- +rules/verdict\\.drl:\\d+")
                    .doesNotContain(" other ");
        }
    }

    @Nested
    class TestSamples {

        @Test
        void shouldPassEverySampleThatShips() {
            CommandRun run = run("rules", "test");
            int samples = ProfileFiles.inFolder(Path.of("samples")).size();

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("PASS  samples/maya-chen.yaml")
                    .contains(samples + " tested: " + samples + " passed, 0 failed");
        }

        @Test
        void shouldFailWithTheDifferenceWhenASampleExpectsTheWrongOutcome() throws IOException {
            Path folder = Files.createDirectories(temp.resolve("samples"));
            Files.copy(Path.of("samples/priya-nair-junior-ready.yaml"), folder.resolve("priya.yaml"));
            String hannah = Files.readString(Path.of("samples/hannah-okafor-mid-plateau-one-gap.yaml"));
            Files.writeString(folder.resolve("wrong.yaml"), hannah.substring(0, hannah.indexOf("expected:"))
                    + "expected:\n  verdict: ALMOST\n  traps: []\n  gaps: [cross-team-influence, mentoring]\n");

            CommandRun run = run("rules", "test", "--profiles", folder.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).contains("PASS  " + folder.resolve("priya.yaml"))
                    .contains("FAIL  " + folder.resolve("wrong.yaml"))
                    .contains("verdict: expected ALMOST, got NOT_YET")
                    .contains("traps: expected [], got [mid-level-plateau]; unexpected mid-level-plateau")
                    .contains("gaps: expected [cross-team-influence, mentoring], got [cross-team-influence]; "
                            + "missing mentoring")
                    .contains("2 tested: 1 passed, 1 failed");
            assertThat(run.err()).contains("1 of 2 samples do not get the outcome they expect");
        }

        @Test
        void shouldSayHowToAddAnExpectedBlockWhenNoProfileHasOne() throws IOException {
            Path folder = Files.createDirectories(temp.resolve("unexpected"));
            String maya = Files.readString(Path.of("samples/maya-chen.yaml"));
            Files.writeString(folder.resolve("maya.yaml"), maya.substring(0, maya.indexOf("expected:")));

            CommandRun run = run("rules", "test", "--profiles", folder.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).contains("SKIP  " + folder.resolve("maya.yaml") + " (no expected: block)")
                    .contains("0 tested: 0 passed, 0 failed");
            assertThat(run.err()).contains("no profile in " + folder + " has an expected: block, so nothing was"
                    + " tested.\nAdd an expected: block at the end of a profile, with the outcome the rules should"
                    + " give it").contains("\n  expected:\n    verdict: ALMOST\n");
        }

        @Test
        void shouldTestTheRulesOfAFolderOnTheSamplesBesideIt() throws IOException {
            Path rules = copyOfRules();
            Files.copy(Path.of("rules/ladder.yaml"), rules.resolve("ladder.yaml"));
            Path traps = rules.resolve("traps.drl");
            Files.writeString(traps, Files.readString(traps).replace("@code(\"mid-level-plateau\")",
                    "@code(\"plateau-renamed\")"));
            Path samples = Files.createDirectories(temp.resolve("samples"));
            Files.copy(Path.of("samples/priya-nair-junior-ready.yaml"), samples.resolve("priya.yaml"));
            Files.copy(Path.of("samples/hannah-okafor-mid-plateau-one-gap.yaml"), samples.resolve("hannah.yaml"));

            CommandRun run = run("rules", "test", rules.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).contains("PASS  " + samples.resolve("priya.yaml"))
                    .contains("FAIL  " + samples.resolve("hannah.yaml"))
                    .contains("traps: expected [mid-level-plateau], got [plateau-renamed]")
                    .contains("2 tested: 1 passed, 1 failed")
                    .doesNotContain("ladder.yaml");
            assertThat(run("rules", "coverage", rules.toString()).out())
                    .contains("Rules fired for the 2 profiles in " + samples).contains("plateau-renamed");
        }

        @Test
        void shouldNameProfilesGivenAsTheRulesFolderAndTheOptionThatTakesThem() {
            CommandRun run = run("rules", "test", "samples");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("rules test: samples is a folder of profiles, not a rules folder: rules"
                    + " test DIR takes a folder of rules (*.drl), as rules validate and rules impact do. For these"
                    + " profiles: rules test --profiles samples");
            assertThat(run("rules", "coverage", "samples/maya-chen.yaml").err()).contains("samples/maya-chen.yaml"
                    + " is a file, not a rules folder").contains("rules coverage --profiles samples/maya-chen.yaml");
        }

        @Test
        void shouldNameARulesFolderGivenAsProfiles() {
            for (String[] command : List.of(new String[] {"rules", "test"}, new String[] {"rules", "coverage"},
                    new String[] {"rules", "impact", "rules"})) {
                String name = command[0] + " " + command[1];
                List<String> words = new java.util.ArrayList<>(List.of(command));
                words.addAll(List.of("--profiles", "rules"));

                CommandRun run = run(words.toArray(String[]::new));

                assertThat(run.exitCode()).as(name).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(run.err()).as(name).contains(name + ": rules is a rules folder, not a folder of profiles:"
                        + " give it as DIR (" + name + " rules)").doesNotContain("ladder.yaml");
            }
        }

        @Test
        void shouldSayOnTheirPagesThatTestAndCoverageReadTheSamplesBesideTheRules() {
            assertThat(List.of(run("rules", "test", "--help").out(), run("rules", "coverage", "--help").out()))
                    .allSatisfy(page -> assertThat(page.replace('\n', ' ')).contains("Without DIR it reads the"
                            + " samples/ folder beside the rules folder in use"));
        }
    }

    @Nested
    class Coverage {

        @Test
        void shouldCountTheProfilesEachRuleFiredFor() {
            CommandRun run = run("rules", "coverage");

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains("Rules fired for the " + ProfileFiles.inFolder(Path.of("samples")).size()
                    + " profiles in samples")
                    .containsPattern(" +1 +wont-let-go +trap +SENIOR +rules/traps\\.drl:\\d+")
                    .contains("Every rule fired for at least one profile.");
        }
    }

    @Nested
    class Impact {

        @Test
        void shouldListExactlyTheProfilesAChangedThresholdChanges() throws IOException {
            Path rules = copyOfRules();
            Path senior = rules.resolve("senior.drl");
            Files.writeString(senior, Files.readString(senior).replace("atLeast(\"gameDays\", 1)",
                    "atLeast(\"gameDays\", 3)"));
            // The profiles whose SENIOR game-day expectation held and no longer does: checked at
            // SENIOR, resilienceTesting already 3 or more, and 1 or 2 game days.
            List<String> changing = ProfileFiles.inFolder(Path.of("samples")).stream()
                    .map(file -> new ProfileReader().read(file, Ladder.article())).map(document -> document.profile())
                    .filter(profile -> !profile.level().isAbove(Levels.SENIOR)
                            && !dev.sreladder.evaluation.Evaluator.targetOf(profile, null).isBelow(Levels.SENIOR))
                    .filter(profile -> profile.value("resilienceTesting") >= 3)
                    .filter(profile -> profile.value("gameDays") >= 1 && profile.value("gameDays") < 3)
                    .map(profile -> profile.id()).toList();

            CommandRun run = run("rules", "impact", rules.toString());

            assertThat(changing).isNotEmpty();
            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            List<String> listed = run.out().lines().filter(line -> line.matches("[a-z0-9-]+  .*"))
                    .map(line -> line.substring(0, line.indexOf("  "))).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(changing);
            assertThat(run.out()).contains("- MET resilience-testing [SENIOR]")
                    .contains(changing.size() + " of " + ProfileFiles.inFolder(Path.of("samples")).size()
                            + " profiles would change; nothing was swapped in.");
            assertThat(run("rules", "impact", Path.of("rules").toString()).out())
                    .as("the rules in use did not change").contains("No profile would change");
        }

        @Test
        void shouldSayWhichProfilesItComparedAndHowToCompareOthersWhenNothingWouldChange() throws IOException {
            Path rules = copyOfRules();

            CommandRun run = run("rules", "impact", rules.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).endsWith("No profile would change; nothing was swapped in.\nCompared: the samples"
                    + " in samples, as no profile is stored. To compare others: rules impact " + rules
                    + " --profiles FOLDER (a folder or a profile file).\n");
            assertThat(run("rules", "impact", "rules").out()).contains("The rules in rules are the rules in use (the"
                    + " same files), so nothing can change.");
        }

        @Test
        void shouldNameEachBadProfileOnceOnStandardErrorWithItsFurtherLinesIndented() throws IOException {
            Path rules = copyOfRules();
            Path profiles = Files.createDirectories(temp.resolve("profiles"));
            Files.copy(Path.of("samples/maya-chen.yaml"), profiles.resolve("maya.yaml"));
            Files.writeString(profiles.resolve("bad.yaml"), Files.readString(Path.of("samples/maya-chen.yaml"))
                    .replaceFirst("(?m)^level: .*", "level: SENOIR").replaceFirst("gameDays: \\d+", "gameDays: lots"));
            Path bad = profiles.resolve("bad.yaml");

            CommandRun run = run("rules", "impact", rules.toString(), "--profiles", profiles.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.out()).doesNotContain(bad.toString()).contains("on 2 profiles in " + profiles);
            String gameDays = bad + ":" + lineOf(bad, "gameDays: lots");
            assertThat(run.err()).containsOnlyOnce(bad + ":" + lineOf(bad, "level: SENOIR"))
                    .containsOnlyOnce(gameDays)
                    .containsPattern("\n    .*" + java.util.regex.Pattern.quote(gameDays))
                    .contains("\n1 of 2 profiles could not be evaluated");
        }

        @Test
        void shouldRefuseRulesThatDoNotCompileWithTheirErrors() throws IOException {
            Path rules = copyOfRules();
            Files.writeString(rules.resolve("notes.drl"), Files.readString(rules.resolve("notes.drl"))
                    .replace("Profile(yearsInLevel >= 4)", "Profil(yearsInLevel >= 4)"));

            CommandRun run = run("rules", "impact", rules.toString(), "--profiles", "samples/maya-chen.yaml");

            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains(rules.resolve("notes.drl") + ":");
        }
    }

    @Test
    void shouldShowTheUsageOfEachCommand() {
        assertThat(run("rules", "validate", "--help").out()).contains("rules validate [DIR]");
        assertThat(run("rules", "impact", "--help").out()).contains("rules impact DIR [--profiles FOLDER]");
        assertThat(run("help").out()).contains("rules coverage").contains("rules reload");
    }
}
