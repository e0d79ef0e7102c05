package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a real pseudo-terminal (util-linux {@code script}), through the tuned
 * launcher as a user starts it: Ctrl-C typed at the prompt and during a folder evaluation, text
 * wrapped to the terminal's width, and the data kept in SRE_LADDER_HOME.
 */
class ShellJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Pattern ESCAPES = Pattern.compile("\u001B(\\[[0-9;?]*[A-Za-z]|[=>])");

    @TempDir
    Path home;

    /** The command on a terminal of {@code columns} × 40 of its own, with its data under {@code home}. */
    private Process onTerminal(int columns, String command) throws IOException {
        assumeTrue(new File("/usr/bin/script").canExecute(), "needs util-linux script for a pseudo-terminal");
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec",
                "stty cols " + columns + " rows 40; exec " + command, "/dev/null").redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("SRE_LADDER_HOME", home.resolve("data").toString());
        return builder.start();
    }

    private static String awaitCount(Process process, ByteArrayOutputStream screen, String text, int times)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            String now;
            synchronized (screen) {
                now = ESCAPES.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("");
            }
            if (now.split(Pattern.quote(text), -1).length - 1 >= times) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + times + " × '" + text + "' on the terminal:\n" + screen);
    }

    private static ByteArrayOutputStream collect(Process process) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = process.getInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (screen) {
                        screen.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process has ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return screen;
    }

    @Test
    void shouldKeepTheShellRunningThroughCtrlCAndStopAFolderEvaluation() throws Exception {
        Path cohort = Files.createDirectory(home.resolve("cohort"));
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < 4000; i++) {
            Files.writeString(cohort.resolve(String.format("p%04d.yaml", i)), maya);
        }
        Process shell = onTerminal(120, JAVA + " -jar " + JAR + " --ladder.pager=false");
        ByteArrayOutputStream screen = collect(shell);
        OutputStream keys = shell.getOutputStream();

        awaitCount(shell, screen, "sre-ladder:> ", 1);
        keys.write("evaluate samples/maya".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        awaitCount(shell, screen, "evaluate samples/maya", 1);
        keys.write(3);
        keys.flush();
        awaitCount(shell, screen, "sre-ladder:> ", 2);
        keys.write(("evaluate " + cohort + " --format json\r").getBytes(StandardCharsets.UTF_8));
        keys.flush();
        awaitCount(shell, screen, "\"profile\"", 1);
        keys.write(3);
        keys.flush();
        String afterStop = awaitCount(shell, screen, "sre-ladder:> ", 3);
        keys.write("exit\r".getBytes(StandardCharsets.UTF_8));
        keys.flush();

        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).as("left on exit").isTrue();
        assertThat(shell.exitValue()).isZero();
        assertThat(afterStop).containsPattern("evaluate: interrupted: \\d+ of 4000 profiles evaluated, the rest not; "
                + "nothing stored");
    }

    @Test
    void shouldWrapOneShotTextToTheTerminalButNotThroughAPipe() throws Exception {
        String evaluate = JAVA + " -jar " + JAR + " evaluate samples/hannah-okafor-mid-plateau-one-gap.yaml";
        Process narrow = onTerminal(60, evaluate);
        ByteArrayOutputStream screen = collect(narrow);
        assertThat(narrow.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Process piped = onTerminal(60, evaluate + " | cat");
        ByteArrayOutputStream pipedScreen = collect(piped);
        assertThat(piped.waitFor(90, TimeUnit.SECONDS)).isTrue();

        List<String> lines = ESCAPES.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("").lines()
                .map(String::stripTrailing).toList();
        assertThat(lines).filteredOn(line -> line.contains(" ")).allMatch(line -> line.length() <= 60);
        assertThat(lines).anyMatch(line -> line.startsWith("      advice: If you're mid-level"));
        assertThat(pipedScreen.toString(StandardCharsets.UTF_8).lines()).anyMatch(line -> line.length() > 60);
    }

    @Test
    void shouldKeepTheDatabaseInSreLadderHomeForItsOwnerOnly() throws Exception {
        Process imported = onTerminal(120, JAVA + " -jar " + JAR + " import samples/maya-chen.yaml");
        collect(imported);
        assertThat(imported.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Process version = onTerminal(120, JAVA + " -jar " + JAR + " --version");
        ByteArrayOutputStream shown = collect(version);
        assertThat(version.waitFor(90, TimeUnit.SECONDS)).isTrue();

        Path data = home.resolve("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("ladder.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(shown.toString(StandardCharsets.UTF_8)).contains("data      " + data + " (from SRE_LADDER_HOME)")
                .contains("database  " + data.resolve("ladder.mv.db"));
    }

    @Test
    void shouldEndAtOnceWithExitZeroWhenStandardInputIsClosed() throws Exception {
        Path shown = home.resolve("shown.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "exec " + JAVA + " -jar " + JAR + " <&-")
                .redirectErrorStream(true).redirectOutput(shown.toFile());
        builder.environment().put("SRE_LADDER_HOME", home.resolve("data").toString());
        Process shell = builder.start();

        assertThat(shell.waitFor(90, TimeUnit.SECONDS)).as("ended without input").isTrue();
        assertThat(shell.exitValue()).isZero();
        assertThat(Files.readString(shown)).doesNotContain("unknown command").doesNotContain("sre-ladder:>");
    }

    @Test
    void shouldPrintNeitherColourNorATerminalWarningWhenTheShellIsFedThroughAPipe() throws Exception {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", JAR.toString()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("SRE_LADDER_HOME", home.resolve("data").toString());
        Process shell = builder.start();
        try (OutputStream keys = shell.getOutputStream()) {
            keys.write("evaluate samples/hannah-okafor-mid-plateau-one-gap.yaml\nexit\n"
                    .getBytes(StandardCharsets.UTF_8));
        }

        assertThat(shell.waitFor(90, TimeUnit.SECONDS)).as("left on exit").isTrue();
        assertThat(shell.exitValue()).isZero();
        assertThat(Files.readString(out)).contains("Verdict: ").doesNotContain("\u001B");
        assertThat(Files.readString(err)).doesNotContain("\u001B").doesNotContainIgnoringCase("warning")
                .doesNotContainIgnoringCase("terminal");
    }
}
