package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code what-if} and {@code plan} from the packaged jar, one command per process. */
class PlanningJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();

    @TempDir
    Path workDir;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout");
        Path err = workDir.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void shouldExitOneForAnOutOfRangeSetWithTheReasonOnStderr() throws Exception {
        Result result = run("what-if", "samples/maya-chen.yaml", "--set", "gameDays=2,mentoring=7");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("what-if: mentoring must be a whole number from 0 to 4, got 7");
    }

    @Test
    void shouldPrintThePlanAsJsonAloneAndExitZero() throws Exception {
        Result result = run("plan", "samples/maya-chen.yaml", "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode plan = JsonMapper.builder().build().readTree(result.out());
        assertThat(plan.get("reachable").asBoolean()).isTrue();
        assertThat(plan.get("after").get("verdict").asString()).isEqualTo("READY");
    }
}
