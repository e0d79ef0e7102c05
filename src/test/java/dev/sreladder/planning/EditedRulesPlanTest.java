package dev.sreladder.planning;

import static dev.sreladder.planning.PlanAssertions.assertReadyAndMinimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.testing.TestRules;

/** A maintainer's edit to a copy of {@code rules/} changes the plan, with no change to any Java. */
class EditedRulesPlanTest {

    @TempDir
    Path rulesDir;

    private final Planner planner = new Planner(new Evaluator());
    private final Profile maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article())
            .profile();

    @BeforeEach
    void copyDefaultRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = rulesDir.resolve(file);
        String rules = Files.readString(path);
        assertThat(rules).contains(from);
        Files.writeString(path, rules.replace(from, to));
    }

    private RuleSet edited() {
        return new RuleCompiler().compile(RuleSources.fromDirectory(rulesDir), rulesDir.toString());
    }

    private static double to(Plan plan, String key) {
        return plan.changes().stream().filter(change -> change.key().equals(key)).findFirst().orElseThrow().to();
    }

    @Test
    void shouldAskForTwoGameDaysWhenTheSeniorRuleDoes() throws IOException {
        edit("senior.drl", "atLeast(\"gameDays\", 1)", "atLeast(\"gameDays\", 2)");

        try (RuleSet rules = edited()) {
            Plan before = planner.plan(TestRules.defaults(), maya, null);
            Plan after = planner.plan(rules, maya, null);

            assertThat(to(before, "gameDays")).isEqualTo(1);
            assertThat(to(after, "gameDays")).isEqualTo(2);
            assertReadyAndMinimal(rules, after);
        }
    }

    @Test
    void shouldSayWhatBlocksItWhenARuleAsksForMoreThanTheScaleHas() throws IOException {
        edit("senior.drl", "atLeast(\"mentoring\", 3)", "atLeast(\"mentoring\", 5)");

        try (RuleSet rules = edited()) {
            Plan plan = planner.plan(rules, maya, null);

            assertThat(plan.reachable()).isFalse();
            assertThat(plan.after().verdict()).isEqualTo(Verdict.ALMOST);
            assertThat(plan.after().findings(FindingKind.GAP)).extracting(finding -> finding.code())
                    .containsExactly("mentoring");
            assertThat(plan.obstacles()).containsExactly("GAP mentoring [SENIOR]: mentoring ≥ 5 cannot be met: "
                    + "mentoring is a whole number from 0 to 4");
            assertThat(plan.changes()).extracting(Change::key).contains("gameDays", "mentees");
        }
    }

    @Test
    void shouldFollowATrapThatTheFirstChangesSpringAndPutItsWayOutFirst() throws IOException {
        Files.writeString(rulesDir.resolve("follow-up.drl"), """
                package rules;

                import dev.sreladder.evaluation.Promotion;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.atLeast;
                import function dev.sreladder.evaluation.RuleApi.trap;

                rule "A mid-level SRE who runs game days but leads few postmortems does not follow up"
                    @code("no-follow-up")
                    @section("Mid-Level: Owning Systems, Not Just Tasks")
                when
                    Promotion(from == "MID")
                    $profile : Profile(value("gameDays") >= 1, value("postmortemsLed") < 3)
                then
                    insert(trap(drools, $profile, "{gameDays} game days, {postmortemsLed} postmortems led",
                        "Turn what the game days find into postmortems.", atLeast("postmortemsLed", 3)));
                end
                """);

        try (RuleSet rules = edited()) {
            Plan plan = planner.plan(rules, maya, null);

            assertThat(plan.before().findings(FindingKind.TRAP)).as("not sprung yet").isEmpty();
            assertReadyAndMinimal(rules, plan);
            assertThat(plan.steps().get(0)).satisfies(step -> {
                assertThat(step.change()).isEqualTo(new Change("postmortemsLed", 1, 3));
                assertThat(step.closes()).extracting(finding -> finding.kind(), finding -> finding.code())
                        .containsExactly(tuple(FindingKind.TRAP, "no-follow-up"),
                                tuple(FindingKind.GAP, "design-docs-and-postmortems"));
                assertThat(step.reason().advice()).isEqualTo("Turn what the game days find into postmortems.");
            });
        }
    }

    @Test
    void shouldSayWhatBlocksItWhenATrapGivesNoWayOut() throws IOException {
        Files.writeString(rulesDir.resolve("no-way-out.drl"), """
                package rules;

                import dev.sreladder.evaluation.Promotion;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.trap;

                rule "A mid-level SRE aiming higher meets a trap with no way out"
                    @code("no-way-out")
                    @section("Mid-Level: Owning Systems, Not Just Tasks")
                when
                    Promotion(from == "MID")
                    $profile : Profile()
                then
                    insert(trap(drools, $profile, "always", "None."));
                end
                """);

        try (RuleSet rules = edited()) {
            Plan plan = planner.plan(rules, maya, null);

            assertThat(plan.reachable()).isFalse();
            assertThat(plan.after().verdict()).isEqualTo(Verdict.NOT_YET);
            assertThat(plan.after().findings(FindingKind.GAP)).isEmpty();
            assertThat(plan.obstacles()).containsExactly(
                    "TRAP no-way-out [MID] still holds, and its rule names no condition that would clear it");
        }
    }
}
