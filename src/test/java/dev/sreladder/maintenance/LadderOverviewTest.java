package dev.sreladder.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Level;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * What {@code ladder show} reads from the rules: each level's expectations as its rules declare
 * them, and each trap's levels, advice and way out as it says them when generated profiles spring
 * it. On the platform example, with two traps added: one that names only its target, one that no
 * profile can spring.
 */
public class LadderOverviewTest {

    /** Two traps beside the platform example's: one names only its target; no profile springs the other. */
    public static final String EXTRA_TRAPS = """
            package rules;

            import dev.sreladder.evaluation.Promotion;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.atLeast;
            import function dev.sreladder.evaluation.RuleApi.trap;

            rule "Anyone aiming for principal without any strategy is not ready to set direction"
                @code("no-direction-yet")
                @section("Platform Ladder: Principal")
            when
                Promotion(to == "PRINCIPAL")
                $profile : Profile(value("strategy") == 0)
            then
                insert(trap(drools, $profile, "strategy is {strategy}", "Write down where your area should go.",
                    atLeast("strategy", 1)));
            end

            rule "An engineer who answers more than every page cannot exist"
                @code("impossible-load")
                @section("Platform Ladder: Engineer")
            when
                Promotion(from == "ENGINEER")
                $profile : Profile(value("onCallLoad") > 1)
            then
                insert(trap(drools, $profile, "load {onCallLoad}", "Share the pages.", atLeast("mentees", 1)));
            end
            """;

    static RuleSet rules;
    static LadderOverview overview;

    @BeforeAll
    static void compile(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("samples/ladders/platform/rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("extra.drl"), EXTRA_TRAPS);
        rules = new RuleCompiler().compile(RuleSources.fromDirectory(folder), folder.toString());
        overview = LadderOverview.of(rules);
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    static LadderOverview.Trap trap(String code) {
        return overview.traps().stream().filter(trap -> trap.rule().code().equals(code)).findFirst().orElseThrow();
    }

    static List<String> names(List<Level> levels) {
        return levels.stream().map(Level::name).toList();
    }

    @Test
    void shouldListEveryLevelLowestFirstWithTheCodesItsRulesDeclare() {
        assertThat(overview.levels()).extracting(level -> level.level().name())
                .containsExactly("ASSOCIATE", "ENGINEER", "SENIOR", "STAFF", "PRINCIPAL");
        assertThat(overview.levels().get(1).expectations()).extracting(Expectation::code)
                .containsExactly("clear-communication", "owns-on-call", "removes-toil", "secure-by-default",
                        "serves-product-teams");
    }

    @Test
    void shouldKeepAnExpectationsAlternativesAsTheRuleWroteThem() {
        Expectation servesProductTeams = overview.levels().get(1).expectations().get(4);

        assertThat(servesProductTeams.requirements()).hasSize(1).first().isInstanceOf(AnyOf.class);
        assertThat(servesProductTeams.requirements().get(0).condition())
                .isEqualTo("any of (developerExperience ≥ 2, selfServiceTools ≥ 1)");
    }

    @Test
    void shouldGiveATrapItsWholeWayOutEvenWhenPartOfItIsWhatSpringsIt() {
        LadderOverview.Trap hero = trap("platform-hero");

        assertThat(names(hero.levels())).containsExactly("SENIOR");
        assertThat(names(hero.targets())).containsExactly("STAFF", "PRINCIPAL");
        assertThat(hero.wayOut()).extracting(Condition::condition)
                .containsExactly("mentees ≥ 1", "selfServiceTools ≥ 2");
        assertThat(hero.advice()).startsWith("Hand the pages on");
    }

    @Test
    void shouldFindATrapThatNamesOnlyItsTargetAtEveryLevelBelowIt() {
        LadderOverview.Trap noDirection = trap("no-direction-yet");

        assertThat(names(noDirection.levels())).containsExactly("ASSOCIATE", "ENGINEER", "SENIOR", "STAFF");
        assertThat(names(noDirection.targets())).containsExactly("PRINCIPAL");
        assertThat(noDirection.wayOut()).extracting(Condition::condition).containsExactly("strategy ≥ 1");
    }

    @Test
    void shouldListATrapThatNoProfileSpringsWithItsRuleAlone() {
        LadderOverview.Trap impossible = trap("impossible-load");

        assertThat(impossible.sprung()).isFalse();
        assertThat(impossible.levels()).isEmpty();
        assertThat(impossible.rule().level().name()).isEqualTo("ENGINEER");
    }
}
