package dev.sreladder.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;
import dev.sreladder.testing.TestRules;

/** What-if: the same rules before and after, and what changed between the two. */
class WhatIfTest {

    private final WhatIf whatIf = new WhatIf(new Evaluator());
    private final Profile maya = new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article())
            .profile();

    private WhatIfResult run(Profile profile, String set) {
        return whatIf.run(TestRules.defaults(), profile, null, Assignment.parseAll(set, Ladder.article()));
    }

    @Test
    void shouldShowNoDifferenceWhenNothingChanges() {
        WhatIfResult result = run(maya, "gameDays=0,mentoring=1,handsOnIncidentShare=0.6");

        assertThat(result.noDifference()).isTrue();
        assertThat(result.appeared()).isEmpty();
        assertThat(result.disappeared()).isEmpty();
        assertThat(result.changed()).isEmpty();
        assertThat(result.after().findings()).isEqualTo(result.before().findings());
        assertThat(result.changes()).extracting(Change::key, Change::from, Change::to)
                .containsExactly(tuple("gameDays", 0.0, 0.0), tuple("mentoring", 1.0, 1.0),
                        tuple("handsOnIncidentShare", 0.6, 0.6));
    }

    @Test
    void shouldShowAGapStillOpenWithFewerConditionsAfterTwoGameDays() {
        WhatIfResult result = run(maya, "gameDays=2");

        assertThat(result.noDifference()).isFalse();
        assertThat(result.after().verdict()).isEqualTo(Verdict.NOT_YET);
        assertThat(result.changed()).extracting(Finding::code, Finding::message)
                .containsExactly(tuple("resilience-testing", "resilienceTesting is 1, needs ≥ 3"));
        assertThat(result.earlier(result.changed().get(0)).message())
                .isEqualTo("resilienceTesting is 1, needs ≥ 3; gameDays is 0, needs ≥ 1");
        assertThat(maya.value("gameDays")).as("the profile itself is not changed").isZero();
    }

    @Test
    void shouldShowTheGapsThatCloseAndTheVerdictAndScoreThatMove() {
        WhatIfResult result = run(maya, "resilienceTesting=3,gameDays=2,capacityPlanning=3,writing=3,designDocs=2,"
                + "postmortemsLed=2");

        assertThat(result.before().score()).isEqualTo(62);
        assertThat(result.after().verdict()).isEqualTo(Verdict.ALMOST);
        assertThat(result.after().score()).isEqualTo(87);
        assertThat(result.disappeared()).filteredOn(finding -> finding.kind() == FindingKind.GAP)
                .extracting(Finding::code).containsExactlyInAnyOrder("resilience-testing", "capacity-and-cost",
                        "clear-writing", "design-docs-and-postmortems");
        assertThat(result.appeared()).extracting(Finding::kind).containsOnly(FindingKind.MET);
    }

    @Test
    void shouldShowAFindingThatAppears() {
        WhatIfResult result = run(maya, "yearsInLevel=3");

        assertThat(result.appeared()).extracting(Finding::kind, Finding::code)
                .containsExactly(tuple(FindingKind.TRAP, "mid-level-plateau"));
        assertThat(result.after().target()).isEqualTo(Levels.SENIOR);
    }

    @Nested
    class BadSet {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "gamedays=2           | unknown key 'gamedays' in --set — did you mean 'gameDays'?",
                "mentorng=3           | unknown key 'mentorng' in --set — did you mean 'mentoring'?",
                "happiness=3          | unknown key 'happiness' in --set — known keys are incidentResponse, ",
                "mentoring=7          | mentoring must be a whole number from 0 to 4, got 7",
                "mentoring=2.5        | mentoring must be a whole number from 0 to 4, got 2.5",
                "gameDays=-1          | gameDays must be a whole number of 0 or more, got -1",
                "gameDays=lots        | gameDays must be a whole number of 0 or more, got 'lots'",
                "gameDays=1e3         | gameDays must be a whole number of 0 or more, got '1e3'",
                "handsOnIncidentShare=1.5 | handsOnIncidentShare must be a number from 0 to 1, got 1.5",
                "gameDays             | malformed --set 'gameDays' — write key=value pairs separated by commas",
                "gameDays=            | malformed --set 'gameDays=' — write key=value pairs",
                "=2                   | malformed --set '=2'",
                "gameDays=2,          | malformed --set ''",
                "gameDays=2,gameDays=3 | gameDays is set twice in --set — keep one",
        })
        void shouldRejectWithTheReason(String set, String reason) {
            assertThatThrownBy(() -> Assignment.parseAll(set, Ladder.article()))
                    .isInstanceOfSatisfying(LadderException.class, e -> {
                        assertThat(e.getMessage()).startsWith(reason);
                        assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    });
        }

        @Test
        void shouldAcceptSpacesAroundPairsAndEveryKindOfKey() {
            assertThat(Assignment.parseAll("gameDays=2, mentoring = 3,handsOnIncidentShare=0.25,yearsInLevel=4.5",
                    Ladder.article()))
                    .isEqualTo(List.of(new Assignment("gameDays", 2), new Assignment("mentoring", 3),
                            new Assignment("handsOnIncidentShare", 0.25), new Assignment("yearsInLevel", 4.5)));
        }
    }
}
