package dev.sreladder.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;

/** The one closeness rule behind every "did you mean": a likely typo is suggested, anything else is not. */
class SuggestionsTest {

    private static final List<String> NUMBERED = List.of("RE1", "RE2", "RE3", "RE4", "RE5");

    @Test
    void shouldSuggestAWordOneTypoAwayInAnyCase() {
        assertThat(Suggestions.closest("mentorng", Ladder.article().keyNames())).contains("mentoring");
        assertThat(Suggestions.closest("senoir", Ladder.article().levelNames())).contains("SENIOR");
        assertThat(Suggestions.closest("MDI", Ladder.article().levelNames())).contains("MID");
        assertThat(Suggestions.closest("gamedays", Ladder.article().keyNames())).contains("gameDays");
    }

    @Test
    void shouldSuggestTwoTyposOnlyInALongerWord() {
        assertThat(Suggestions.closest("incidentRespnse", Ladder.article().keyNames())).contains("incidentResponse");
        assertThat(Suggestions.closest("mntrng", Ladder.article().keyNames())).isEmpty();
    }

    @Test
    void shouldNotSuggestALevelThatDiffersOnlyInItsNumber() {
        assertThat(Suggestions.closest("RE6", NUMBERED)).isEmpty();
        assertThat(Suggestions.closest("re0", NUMBERED)).isEmpty();
        assertThat(Suggestions.closest("RE", NUMBERED)).isEmpty();
    }

    @Test
    void shouldStillSuggestALetterTypoInANumberedLevel() {
        assertThat(Suggestions.closest("RF3", NUMBERED)).contains("RE3");
    }

    @Test
    void shouldNotSuggestAnythingForAShortWordThatIsCloseToNothing() {
        assertThat(Suggestions.closest("foo", Ladder.article().keyNames())).isEmpty();
        assertThat(Suggestions.closest("cnt", List.of("count", "share", "number"))).isEmpty();
        assertThat(Suggestions.didYouMean("foo", Ladder.article().keyNames(), "no such key")).isEqualTo("no such key");
    }
}
