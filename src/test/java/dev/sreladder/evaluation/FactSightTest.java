package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * Fact model 4's Backing facts go into a session only when a rule can see them (FactSight): what
 * a rule matches, counts or collects is the same as if every one were inserted.
 */
class FactSightTest {

    private static final String HEADER = """
            package rules;
            import dev.sreladder.evaluation.Backing;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.note;
            import function dev.sreladder.evaluation.RuleApi.listed;
            """;

    /** Every Backing, whatever its values: a pattern with no condition of its own. */
    private static final String COUNTS_EVERY_BACKING = HEADER + """
            rule "Every backing is counted"
                @code("every-backing")
                @section("Final Thoughts")
            when
                $profile : Profile()
                accumulate(Backing(); $all : count(); $all > 0)
            then
                insert(note(drools, $profile, "backings: " + $all, "None."));
            end
            """;

    /** The Backings with some evidence, a condition the default rules never write. */
    private static final String LISTS_BACKED_RATINGS = HEADER + """
            rule "Ratings with evidence are listed"
                @code("backed-ratings")
                @section("Final Thoughts")
            when
                $profile : Profile()
                accumulate($backing : Backing(evidence > 0); $backed : collectList($backing); $backed.size() > 0)
            then
                insert(note(drools, $profile, "backed: " + listed($backed), "None."));
            end
            """;

    @TempDir
    static Path folders;

    private static RuleSet defaults;
    private static Profile maya;

    @BeforeAll
    static void compileTheDefaults() {
        defaults = new RuleCompiler().compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile();
    }

    /** The default rules plus {@code drl}, or without notes.drl (the only file that matches Backing). */
    private static RuleSet defaultsWith(String name, String drl, boolean withNotes) throws IOException {
        Path folder = Files.createDirectories(folders.resolve(name));
        try (var files = Files.newDirectoryStream(Path.of("rules"))) {
            for (Path file : files) {
                if (withNotes || !file.getFileName().toString().equals("notes.drl")) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        }
        if (drl != null) {
            Files.writeString(folder.resolve(name + ".drl"), drl);
        }
        return new RuleCompiler().compile(RuleSources.fromDirectory(folder), folder.toString());
    }

    private static boolean sees(RuleSet rules, Backing backing) {
        KieSession session = rules.newSession();
        try {
            return rules.sees(backing, session);
        } finally {
            session.dispose();
        }
    }

    private static Finding note(Evaluation evaluation, String code) {
        return evaluation.findings(FindingKind.NOTE).stream().filter(note -> note.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void shouldSeeUnderTheDefaultRulesOnlyAStrongRatingWithNoEvidence() {
        assertThat(sees(defaults, new Backing("mentoring", 4, List.of("mentees"), 0))).isTrue();
        assertThat(sees(defaults, new Backing("mentoring", 3, List.of("mentees"), 0))).isTrue();
        assertThat(sees(defaults, new Backing("mentoring", 2, List.of("mentees"), 0)))
                .as("fails the first condition, rating >= 3").isFalse();
        assertThat(sees(defaults, new Backing("automation", 3, List.of("toilAutomated"), 5)))
                .as("meets the first, fails the second, evidence == 0").isFalse();
    }

    @Test
    void shouldSeeEveryBackingWhenARulePatternHasNoConditionAndCountThemAll() throws IOException {
        RuleSet rules = defaultsWith("every", COUNTS_EVERY_BACKING, true);

        assertThat(sees(rules, new Backing("automation", 0, List.of("toilAutomated"), 5))).isTrue();
        int tied = defaults.backing().backings(maya).size();
        assertThat(tied).as("the ladder ties evidence to ten competencies").isEqualTo(10);
        assertThat(note(new Evaluator().evaluate(rules, maya, null), "every-backing").message())
                .isEqualTo("backings: " + tied);
    }

    @Test
    void shouldInsertExactlyTheBackingsARuleOfItsOwnConditionsCanSee() throws IOException {
        RuleSet rules = defaultsWith("backed", LISTS_BACKED_RATINGS, true);

        List<Backing> backed = defaults.backing().backings(maya).stream().filter(b -> b.evidence() > 0).toList();
        assertThat(backed).isNotEmpty();
        assertThat(note(new Evaluator().evaluate(rules, maya, null), "backed-ratings").message())
                .isEqualTo("backed: " + RuleApi.listed(backed));
        assertThat(sees(rules, new Backing("mentoring", 1, List.of("mentees"), 0)))
                .as("no evidence, and too weak for the default note").isFalse();
    }

    @Test
    void shouldSeeNoBackingWhenNoRuleMatchesOne() throws IOException {
        RuleSet rules = defaultsWith("none", null, false);

        assertThat(sees(rules, new Backing("mentoring", 4, List.of("mentees"), 0))).isFalse();
        assertThat(new Evaluator().evaluate(rules, maya, null).verdict())
                .isEqualTo(new Evaluator().evaluate(defaults, maya, null).verdict());
    }
}
