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

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sreladder.ladder.Ladder;

/**
 * Issue 22, attack 1, at start-up: the packaged jar started on a rules folder holding an attack
 * ({@code --ladder.rules-dir=DIR}) refuses to start the command with the attack's file:line, exit
 * 1, and nothing of the attack ran (the exact string would write pwned.txt into the
 * working directory; the escaped System.exit would end the process with 3).
 */
class RuleAttacksJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();

    @TempDir
    Path workDir;

    @ParameterizedTest
    @ValueSource(strings = {"exact-issue-string", "system-exit-via-escapes", "while-in-consequence"})
    void shouldRefuseToStartOnAnAttackFolderWithNothingRun(String attack) throws Exception {
        Path rules = Files.createDirectories(workDir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")
                    || path.getFileName().toString().equals(Ladder.FILE_NAME)).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path attackFile = Files.copy(Path.of("src/test/resources/attacks/rules", attack, "attack.drl"),
                rules.resolve("attack.drl"));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "--ladder.rules-dir=" + rules, "evaluate",
                Path.of("samples/maya-chen.yaml").toAbsolutePath().toString()));
        Path err = workDir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("stdout").toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("SRE_LADDER_HOME", workDir.resolve("home").toString());
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("finished (a loop that ran would not)").isTrue();
        String errors = readString(err);
        assertThat(process.exitValue()).as(errors).isEqualTo(1);
        assertThat(errors).contains(attackFile + ":").contains("forbidden in a rule: ");
        assertThat(workDir.resolve("pwned.txt")).as("nothing of the attack ran").doesNotExist();
        assertThat(readString(workDir.resolve("stdout"))).isEmpty();
    }

    private static String readString(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
