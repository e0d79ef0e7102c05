package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Tab completion of commands, options, level names and profile paths in the shell. */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class CompletionTest {

    @Autowired
    ArgumentAwareCompleter completer;

    private List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void shouldCompleteCommandNames() {
        assertThat(complete("eva")).contains("evaluate");
    }

    @Test
    void shouldCompleteProfilePathsWhileTheArgumentIsTyped() {
        assertThat(complete("evaluate samples/maya")).containsExactly("samples/maya-chen.yaml");
    }

    @Test
    void shouldCompleteOptionsAfterTheArgument() {
        assertThat(complete("evaluate samples/maya-chen.yaml --")).containsExactlyInAnyOrder("--target", "--format", "--replay");
    }

    @Test
    void shouldCompleteLevelNamesAndFormats() {
        assertThat(complete("evaluate samples/maya-chen.yaml --target ")).containsExactly("JUNIOR", "MID", "SENIOR",
                "STAFF");
        assertThat(complete("evaluate samples/maya-chen.yaml --format=")).containsExactly("--format=text",
                "--format=json");
    }
}
