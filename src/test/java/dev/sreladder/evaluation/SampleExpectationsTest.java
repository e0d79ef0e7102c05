package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ExpectedOutcome;
import dev.sreladder.profile.ProfileDocument;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.testing.TestRules;

/** Every sample's {@code expected:} block holds under the default rules. */
class SampleExpectationsTest {

    static Stream<Path> samples() {
        return ProfileFiles.inFolder(Path.of("samples")).stream();
    }

    @Test
    void shouldShipAtLeastTwelveSamplesThatAllCarryAnExpectedOutcome() {
        List<ProfileDocument> documents = samples().map(sample -> new ProfileReader().read(sample, Ladder.article()))
                .toList();

        assertThat(documents).hasSizeGreaterThanOrEqualTo(12);
        assertThat(documents).allSatisfy(document -> assertThat(document.expected()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldEvaluateAsTheSampleExpects(Path sample) throws IOException {
        ProfileDocument document = new ProfileReader().read(sample, Ladder.article());
        ExpectedOutcome expected = document.expected();
        Evaluation evaluation = TestRules.evaluate(document.profile());

        if (expected.verdict() != null) {
            assertThat(evaluation.verdict().name()).as("verdict").isEqualTo(expected.verdict());
        }
        if (expected.score() != null) {
            assertThat(evaluation.score()).as("score").isEqualTo(expected.score());
        }
        checkCodes(evaluation, FindingKind.TRAP, expected.traps());
        checkCodes(evaluation, FindingKind.GAP, expected.gaps());
        checkCodes(evaluation, FindingKind.BLOCKER, expected.blockers());
        checkCodes(evaluation, FindingKind.NOTE, expected.notes());
        assertThat(Files.readString(sample)).as("a sample tells its story in a comment").startsWith("#");
    }

    private static void checkCodes(Evaluation evaluation, FindingKind kind, Set<String> expected) {
        if (expected == null) {
            return;
        }
        Set<String> actual = evaluation.findings(kind).stream().map(Finding::code).collect(Collectors.toSet());
        assertThat(actual).as(kind + " codes").containsExactlyInAnyOrderElementsOf(expected);
    }
}
