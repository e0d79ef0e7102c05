package dev.sreladder.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.sreladder.system.LadderException;

/**
 * The ladder file reader as a maintainer meets it: a good file gives its ladder; a file with
 * mistakes gives every one of them at once, each with its line and the fix.
 */
class LadderFileTest {

    static final String GOOD = """
            ladder: tiny-team
            title: A Tiny Team's Ladder
            levels: [APPRENTICE, JOURNEYER, MASTER]
            scale:
              0: not seen
              1: with help
              2: alone
            competencies:
              operations: keeps things running
              security: keeps things safe
            evidence:
              onCallShifts: {kind: count, meaning: on-call shifts served}
              onCallLoad: {kind: share, meaning: share of the pages answered}
              costSavings: {kind: number, meaning: spend saved in thousands}
            """;

    @Nested
    class AGoodFile {

        final Ladder ladder = LadderFile.read("rules/ladder.yaml", GOOD);

        @Test
        void shouldGiveItsIdTitleAndLevelsLowestFirst() {
            assertThat(ladder.id()).isEqualTo("tiny-team");
            assertThat(ladder.title()).isEqualTo("A Tiny Team's Ladder");
            assertThat(ladder.levelNames()).containsExactly("APPRENTICE", "JOURNEYER", "MASTER");
            assertThat(ladder.top().name()).isEqualTo("MASTER");
        }

        @Test
        void shouldGiveTheScaleWithTheMeaningOfEachRating() {
            assertThat(ladder.scale()).containsExactly("not seen", "with help", "alone");
            assertThat(ladder.competencies()).allSatisfy(key -> assertThat(key.scale().max()).isEqualTo(2));
        }

        @Test
        void shouldGiveEachEvidenceKeyItsKindAndMeaning() {
            assertThat(ladder.evidence()).extracting(ProfileKey::name, key -> key.scale().kind(), ProfileKey::meaning)
                    .containsExactly(
                            tuple("onCallShifts", "count", "on-call shifts served"),
                            tuple("onCallLoad", "share", "share of the pages answered"),
                            tuple("costSavings", "number", "spend saved in thousands"));
        }

        @Test
        void shouldReadTheDefaultRulesLadderAsTheArticlesLadder() throws IOException {
            Ladder defaults = LadderFile.read("rules/ladder.yaml", Files.readString(Path.of("rules/ladder.yaml")));

            assertThat(defaults).isEqualTo(Ladder.article());
        }

        @Test
        void shouldReadThePlatformExampleWithFiveLevels() throws IOException {
            Path file = Path.of("samples/ladders/platform/rules/ladder.yaml");
            Ladder platform = LadderFile.read(file.toString(), Files.readString(file));

            assertThat(platform.levelNames()).containsExactly("ASSOCIATE", "ENGINEER", "SENIOR", "STAFF", "PRINCIPAL");
            assertThat(platform.key("security")).isPresent();
            assertThat(platform.key("onCallLoad")).isPresent();
        }
    }

    @Nested
    class AFileWithEveryMistake {

        /** One mistake a line, each at the line written beside it in the comment. */
        static final String BROKEN = """
                ladder: Tiny_Team
                title: A Tiny Team's Ladder
                levles: [A, B]
                levels: [APPRENTICE, journeyer, APPRENTICE, MASTER]
                scale:
                  0: not seen
                  2: alone
                competencies:
                  operations: keeps things running
                  notes: what the engineer writes
                evidence:
                  operations: {kind: count, meaning: twice declared}
                  onCallLoad: {kind: shares, meaning: share of the pages answered}
                """;

        final LadderFile.Parsed parsed = LadderFile.parse("rules/ladder.yaml", BROKEN);

        @Test
        void shouldGiveNoLadder() {
            assertThat(parsed.ladder()).isNull();
        }

        @Test
        void shouldReportAnUnknownTopKeyWithDidYouMean() {
            assertThat(parsed.problems()).contains(new LadderProblem("rules/ladder.yaml", 3,
                    "unknown key 'levles' — did you mean 'levels'?"));
        }

        @Test
        void shouldReportABadId() {
            assertThat(problemAt(1)).contains("the ladder id 'Tiny_Team' must use only a-z, 0-9 and '-'");
        }

        @Test
        void shouldReportALowerCaseLevel() {
            assertThat(problemsAt(4)).anySatisfy(message -> assertThat(message)
                    .contains("the level name 'journeyer' must be upper case"));
        }

        @Test
        void shouldReportADuplicateLevel() {
            assertThat(problemsAt(4)).anySatisfy(message -> assertThat(message)
                    .contains("the level APPRENTICE is listed twice; list each level once"));
        }

        @Test
        void shouldReportAScaleThatIsNotZeroToN() {
            assertThat(problemAt(7)).contains("scale ratings must be the whole numbers 0, 1, 2, … in order;"
                    + " expected 1 here, not '2'");
        }

        @Test
        void shouldReportAKeyNamedLikeAProfileField() {
            assertThat(problemAt(10)).contains("'notes' is one of the profile's own fields");
        }

        @Test
        void shouldReportAKeyThatIsBothACompetencyAndAnEvidenceKey() {
            assertThat(problemAt(12)).contains("the key 'operations' is already declared at line 9");
        }

        @Test
        void shouldReportAnUnknownKindWithDidYouMean() {
            assertThat(problemAt(13)).contains("unknown kind 'shares' for 'onCallLoad' — did you mean 'share'?");
        }

        @Test
        void shouldReportEveryMistakeInOnePass() {
            assertThat(parsed.problems()).extracting(LadderProblem::line).containsExactlyInAnyOrder(1, 3, 4, 4, 7, 10,
                    12, 13);
        }

        @Test
        void shouldRefuseTheFileNamingEachProblemAsPathLineMessage() {
            assertThatThrownBy(() -> LadderFile.read("rules/ladder.yaml", BROKEN))
                    .isInstanceOf(LadderException.class)
                    .hasMessageContaining("the ladder file rules/ladder.yaml is not valid:")
                    .hasMessageContaining("rules/ladder.yaml:3: unknown key 'levles'")
                    .hasMessageContaining("rules/ladder.yaml:13: unknown kind 'shares'");
        }

        private String problemAt(int line) {
            List<String> messages = problemsAt(line);
            assertThat(messages).as("problems at line " + line + " of " + parsed.problems()).hasSize(1);
            return messages.get(0);
        }

        private List<String> problemsAt(int line) {
            return parsed.problems().stream().filter(problem -> problem.line() == line).map(LadderProblem::message)
                    .toList();
        }
    }
}
