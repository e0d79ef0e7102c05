package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sreladder.system.ExitCode;

/**
 * What a user reads, byte for byte, for every sample: evaluate, what-if, plan and explain in text
 * and JSON, and the packet of the samples folder in Markdown, CSV and HTML. Captured once (run with
 * {@code -Dgolden.write=true}) before a change that must not alter output, such as moving code
 * between packages, and compared after it. A difference names the command and the file to diff.
 */
class GoldenOutputsTest extends CommandTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean WRITE = Boolean.getBoolean("golden.write");
    /** The one part of an output that is the clock's, not the code's: when a packet was made. */
    private static final Pattern MADE_AT = Pattern.compile("generated \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");

    static Stream<Arguments> commands() throws IOException {
        List<Arguments> commands = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path sample : files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList()) {
                String name = sample.getFileName().toString().replaceFirst("\\.yaml$", "");
                String ref = sample.toString();
                for (String format : List.of("text", "json")) {
                    String extension = format.equals("text") ? "txt" : "json";
                    commands.add(command("evaluate/" + name + "." + extension, "evaluate", ref, "--format", format));
                    commands.add(command("explain/" + name + "." + extension, "explain", ref, "--format", format));
                    commands.add(command("plan/" + name + "." + extension, "plan", ref, "--format", format));
                    commands.add(command("what-if/" + name + "." + extension, "what-if", ref, "--set",
                            "crossTeamInfluence=3,postmortemsLed=4", "--format", format));
                }
            }
        }
        for (String format : List.of("md", "csv", "html")) {
            commands.add(command("report/samples." + format, "report", SAMPLES.toString(), "--format", format));
        }
        return commands.stream();
    }

    private static Arguments command(String golden, String... words) {
        return Arguments.of(golden, List.of(words));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void shouldPrintWhatWasCaptured(String golden, List<String> words) throws IOException {
        CommandRun run = run(words.toArray(String[]::new));
        String shown = MADE_AT.matcher("exit " + run.exitCode().code() + "\n--- stdout\n" + run.out() + "--- stderr\n"
                + run.err()).replaceAll("generated (the time the packet was made)");
        Path file = GOLDEN.resolve(golden);
        if (WRITE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, shown, StandardCharsets.UTF_8);
        }

        assertThat(file).as("captured output of '%s'", String.join(" ", words)).exists();
        assertThat(shown).as("'%s' against %s", String.join(" ", words), file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(run.exitCode()).as("'%s' ran", String.join(" ", words)).isNotEqualTo(ExitCode.INTERNAL_ERROR);
    }
}
