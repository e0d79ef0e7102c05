package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.testing.Processes;

/**
 * The packaged jar against an H2 file as a committee uses it: one process at a time, and no
 * reported commit lost when a process is killed in the middle of an import.
 */
class StorageJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();
    private static final Pattern IMPORTED = Pattern.compile("imported (\\S+) \\(version (\\d+)\\)");

    @TempDir
    Path home;

    private String url() {
        return "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private ProcessBuilder jar(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--spring.datasource.url=" + url()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    private Path cohort(int size) throws IOException {
        Path folder = Files.createDirectories(home.resolve("cohort"));
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < size; i++) {
            Files.writeString(folder.resolve(String.format("engineer-%03d.yaml", i)), maya);
        }
        return folder;
    }

    @Test
    void shouldTellASecondProcessTheDatabaseIsInUseAndLeaveTheFirstUnaffected() throws Exception {
        Process setup = jar("import", cohort(1).toString()).redirectErrorStream(true).start();
        assertThat(setup.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(setup.exitValue()).isZero();

        try (Connection first = DriverManager.getConnection(url(), "sa", "")) {
            Path err = home.resolve("stderr");
            Process second = jar("profiles").redirectError(err.toFile())
                    .redirectOutput(home.resolve("stdout").toFile()).start();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(Files.readString(err).strip())
                    .startsWith("profiles: the database is in use by another sre-ladder process: "
                    + home.resolve("db/ladder.mv.db"))
                    .doesNotContain("Exception").doesNotContain("\n");
            assertThat(Files.readString(home.resolve("stdout"))).isEmpty();
            assertThat(count(first, "select count(*) from profile_version")).isEqualTo(1);
        }
    }

    @Test
    void shouldKeepEveryReportedImportWhenKilledMidwayAgainAndAgain() throws Exception {
        Path cohort = cohort(400);
        Set<String> reported = new HashSet<>();
        int[] killAfter = {3, 17, 41};
        for (int round = 0; round < killAfter.length; round++) {
            Process process = jar("import", cohort.toString()).redirectError(home.resolve("err-" + round).toFile())
                    .start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                int lines = 0;
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = IMPORTED.matcher(line);
                    if (matcher.find()) {
                        reported.add(matcher.group(1) + "@" + matcher.group(2));
                        if (++lines == killAfter[round]) {
                            killOutright(process);
                            break;
                        }
                    }
                }
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(reported).hasSizeGreaterThanOrEqualTo(3 + 17 + 41);
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select profile_id, version from profile_version")) {
            Set<String> stored = new HashSet<>();
            while (rows.next()) {
                stored.add(rows.getString(1) + "@" + rows.getInt(2));
            }
            assertThat(stored).containsAll(reported);
        }
        Process after = jar("profiles").redirectErrorStream(true).start();
        String listing = new String(after.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(after.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(after.exitValue()).as(listing).isZero();
        assertThat(listing).contains("engineer-000");
    }

    /**
     * A colleague's one-shot while a shell sits idle at its prompt: the shell has let go of the
     * H2 file (Hikari alone kept it 25–40 s), so the one-shot runs, and the shell still works after.
     */
    @Test
    void shouldLetAOneShotUseTheDatabaseWhileAShellSitsIdleAtItsPrompt() throws Exception {
        Process setup = jar("import", cohort(1).toString()).redirectErrorStream(true).start();
        assertThat(setup.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> command = new ArrayList<>(jar().command());
        command.add(1, "-Dorg.jline.terminal.dumb=true");
        Process shell = new ProcessBuilder(command).redirectError(home.resolve("shell-stderr").toFile()).start();
        try (java.io.Writer in = new java.io.OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("profiles\n");
            in.flush();
            String line = out.readLine();
            while (line != null && !line.contains("engineer-000")) {
                line = out.readLine();
            }
            assertThat(line).as("the shell opened the database and answered").isNotNull();
            Thread.sleep(1000);

            Path err = home.resolve("stderr");
            Process oneShot = jar("import", cohort(2).toString()).redirectError(err.toFile())
                    .redirectOutput(home.resolve("stdout").toFile()).start();
            assertThat(oneShot.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(Files.readString(err)).isEmpty();
            assertThat(oneShot.exitValue()).isZero();
            assertThat(Files.readString(home.resolve("stdout"))).contains("imported engineer-001 (version 1)");
            in.write("history engineer-001\n");
            in.flush();
            line = out.readLine();
            while (line != null && !line.contains("no recorded evaluations of engineer-001")) {
                line = out.readLine();
            }
            assertThat(line).as("the shell opens the database again for its next command").isNotNull();
            in.write("exit\n");
            in.flush();
        }
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * SIGKILL: no shutdown hook, no clean close. The command runs in the tuned JVM the jar starts,
     * which stops within a moment of the one killed (dev.sreladder.launch.TunedLaunch); wait for it.
     */
    private static void killOutright(Process process) throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        for (ProcessHandle handle : tree) {
            assertThat(Processes.exitsWithin(handle, Duration.ofSeconds(30)))
                    .as("the tuned JVM stopped with the one killed").isTrue();
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
