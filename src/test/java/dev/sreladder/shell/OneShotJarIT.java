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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar run as a user runs it, one command per process: exit codes, pure JSON on
 * stdout, errors on stderr only, and arguments passed through untouched.
 */
class OneShotJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path workDir;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout");
        Path err = workDir.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintTheJsonDocumentAloneAndExitZero() throws Exception {
        Result result = run(PROJECT, "evaluate", "samples/maya-chen.yaml", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = JsonMapper.builder().build().readTree(result.out());
        assertThat(document.get("verdict").asString()).isEqualTo("NOT_YET");
        assertThat(document.get("score").asInt()).isEqualTo(62);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void shouldExitOneWithTheReasonOnStderrAndNothingOnStdout() throws Exception {
        Path bad = workDir.resolve("bad profile.yaml");
        Files.writeString(bad, "name: B\nlevel: MID\ncompetencies:\n  mentorng: 2\n");

        Result result = run(PROJECT, "evaluate", bad.toString(), "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("evaluate: unknown competency 'mentorng' at " + bad
                + ":4 — did you mean 'mentoring'?");
    }

    @Test
    void shouldExitOneForAnUnknownCommandOrOption() throws Exception {
        Result command = run(PROJECT, "evaluat", "samples/maya-chen.yaml");
        Result option = run(PROJECT, "evaluate", "samples/maya-chen.yaml", "--verbose");

        assertThat(command.exitCode()).isEqualTo(1);
        assertThat(command.err()).contains("unknown command 'evaluat'").doesNotContain("Exception");
        assertThat(option.exitCode()).isEqualTo(1);
        assertThat(option.err()).contains("unknown option '--verbose' for evaluate").doesNotContain("Exception");
        assertThat(command.out() + option.out()).isEmpty();
    }

    @Test
    void shouldUseThePackagedRulesWhereThereIsNoRulesFolder() throws Exception {
        Files.copy(PROJECT.resolve("samples/grace-liu-mid-fast-track.yaml"), workDir.resolve("grace.yaml"));

        Result result = run(workDir, "evaluate", "grace.yaml", "--format", "json");

        long packaged;
        try (Stream<Path> files = Files.list(PROJECT.resolve("rules"))) {
            packaged = files.filter(file -> file.toString().endsWith(".drl")).count();
        }
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"verdict\" : \"READY\"").contains("\"files\" : " + packaged);
    }

    @Test
    void shouldRefuseRulesThatDoNotCompileWithPathAndLine() throws Exception {
        Path rules = Files.createDirectory(workDir.resolve("rules"));
        for (File file : PROJECT.resolve("rules").toFile().listFiles((dir, name) -> name.endsWith(".drl"))) {
            Files.copy(file.toPath(), rules.resolve(file.getName()));
        }
        Path verdict = rules.resolve("verdict.drl");
        Files.writeString(verdict, Files.readString(verdict).replaceFirst("\\bend\\b", ""));

        Result result = run(PROJECT, "evaluate", "samples/maya-chen.yaml", "--ladder.rules-dir=" + rules);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("do not compile").contains(verdict + ":");
    }
}
