package dev.sreladder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.testing.Processes;

/**
 * {@code java -jar target/sre-ladder.jar} as a user runs it: the command runs in the tuned JVM the
 * build prepared (class-data archive in use), with the same output, exit code, input and signals
 * as if it ran in the JVM the user started.
 */
class TunedLaunchJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path work;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(List<String> jvmOptions, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path in = Files.writeString(work.resolve("stdin"), input);
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** One class-loading log per JVM: -Xlog's %p is the process id. */
    private List<String> classLoadLogs() throws Exception {
        try (Stream<Path> logs = Files.list(work).filter(path -> path.getFileName().toString().startsWith("load-"))) {
            List<String> texts = new ArrayList<>();
            for (Path log : logs.toList()) {
                texts.add(Files.readString(log, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

    private String logOption() {
        return "-Xlog:class+load=info:file=" + work.resolve("load-%p.log");
    }

    @Test
    void shouldBuildTheTunedLayoutBesideTheJar() {
        TunedLayout layout = TunedLayout.besides(JAR);

        assertThat(layout.applicationJar()).isRegularFile();
        assertThat(layout.archive()).as("class-data archive").isRegularFile();
        assertThat(layout.isReadyFor(JAR)).isTrue();
    }

    @Test
    void shouldRunTheCommandInTheTunedJvmWithTheArchive() throws Exception {
        Run tuned = run(List.of(logOption()), "", "evaluate", "samples/maya-chen.yaml", "--format", "json");

        assertThat(tuned.exitCode()).isZero();
        assertThat(tuned.err()).isEmpty();
        List<String> logs = classLoadLogs();
        assertThat(logs).as("the JVM started, and the tuned one").hasSize(2);
        assertThat(logs)
                .anyMatch(log -> log.contains("dev.sreladder.SreLadderApplication source: shared objects file"));

        Files.delete(work.resolve("stdout"));
        Run direct = run(List.of("-Dladder.launch=direct"), "", "evaluate", "samples/maya-chen.yaml", "--format",
                "json");
        assertThat(direct.out()).as("the same document either way").isEqualTo(tuned.out());
    }

    @Test
    void shouldPassOnTheExitCodeAndKeepErrorsOffStdout() throws Exception {
        Run missing = run(List.of(), "", "evaluate", "samples/no-such-profile.yaml");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("samples/no-such-profile.yaml");
    }

    @Test
    void shouldGiveTheShellItsInput() throws Exception {
        Run shell = run(List.of("-Dorg.jline.terminal.dumb=true"), "rules list\nexit\n");

        assertThat(shell.exitCode()).isZero();
        assertThat(shell.out()).contains("resilience-testing");
    }

    /** A command that runs for a while: a large folder. */
    private Process startLongCommand() throws Exception {
        Path cohort = Files.createDirectories(work.resolve("cohort"));
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < 20_000; i++) {
            Files.writeString(cohort.resolve(String.format("engineer-%05d.yaml", i)), maya);
        }
        return new ProcessBuilder(JAVA, "-jar", JAR.toString(), "evaluate", cohort.toString(), "--format", "json")
                .redirectOutput(work.resolve("cohort.jsonl").toFile())
                .redirectError(work.resolve("cohort.err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static ProcessHandle tunedJvmOf(Process launcher) throws InterruptedException {
        Optional<ProcessHandle> tuned = Optional.empty();
        for (int i = 0; i < 200 && tuned.isEmpty(); i++) {
            tuned = launcher.children().findFirst();
            Thread.sleep(50);
        }
        assertThat(tuned).as("the tuned JVM").isPresent();
        return tuned.get();
    }

    @Test
    void shouldStopTheTunedJvmWhenStopped() throws Exception {
        Process launcher = startLongCommand();
        ProcessHandle tuned = tunedJvmOf(launcher);

        launcher.destroy();

        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Processes.exitsWithin(tuned, Duration.ofSeconds(30))).as("no JVM left behind").isTrue();
        assertThat(launcher.exitValue()).as("128 + SIGTERM").isEqualTo(143);
    }

    @Test
    void shouldStopTheTunedJvmWhenTheLauncherIsKilledOutright() throws Exception {
        Process launcher = startLongCommand();
        ProcessHandle tuned = tunedJvmOf(launcher);

        launcher.destroyForcibly();

        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Processes.exitsWithin(tuned, Duration.ofSeconds(2))).as("the tuned JVM went down with it").isTrue();
    }
}
