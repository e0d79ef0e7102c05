package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

import dev.sreladder.testing.Processes;

/**
 * Issue 22, attacks 5 and 7, with the packaged jar: a first run killed (SIGKILL) at any moment
 * leaves no database or a whole one, private; and one H2 file serves one process for a whole
 * command, so a second is refused before it stores anything.
 */
class DatabaseFileJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();

    @TempDir
    Path work;

    private ProcessBuilder jar(Path home, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new File("/dev/null")));
        builder.environment().put("SRE_LADDER_HOME", home.toString());
        return builder;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * Kills a first run at moments along its creation of the database: when the data folder
     * appears, when the new file appears, then ever later after that, until a run finishes before
     * its kill. After each: no database or a whole one, owner-only, and the next command works.
     */
    @Test
    void shouldLeaveNoDatabaseOrAWholeOneWhenTheFirstRunIsKilledAtAnyMoment() throws Exception {
        List<String> seen = new ArrayList<>();
        boolean finished = false;
        for (int round = 0; round < 14 && !finished; round++) {
            Path home = work.resolve("home-" + round);
            Process first = jar(home, "profiles").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            finished = !killAt(first, home, round);
            seen.add(state(home));

            assertPrivate(home);
            Run next = run(jar(home, "audit", "verify"));
            assertThat(next.exitCode()).as("round %d, %s: %s", round, seen.get(round), next.err()).isZero();
            assertThat(next.out()).contains("the audit trail is whole");
            assertThat(next.err()).isEmpty();
            assertThat(names(home)).as("round %d: leftovers removed", round).contains("ladder.mv.db")
                    .noneMatch(name -> name.contains(".creating-"));
            assertPrivate(home);
        }
        assertThat(finished).as("a first run finished before its kill; states seen: %s", seen).isTrue();
        assertThat(seen).as("the kills fell while the database was made")
                .anyMatch(state -> state.contains(".mv.db"));
    }

    /**
     * Round 0: as soon as the data folder exists; round 1: as soon as a database file does (under
     * any name); after that, 25 ms × 2^(round - 2) later. False when the run ended first.
     */
    private static boolean killAt(Process first, Path home, int round) throws Exception {
        while (first.isAlive()) {
            boolean folder = Files.isDirectory(home);
            // Any database file, under its own name or the temporary one: the moment H2 has begun.
            boolean creating = folder && names(home).stream().anyMatch(name -> name.endsWith(".mv.db"));
            if (round == 0 && folder || round >= 1 && creating) {
                if (round >= 2) {
                    Thread.sleep(25L << (round - 2));
                }
                return killOutright(first);
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** SIGKILL to the tuned JVM doing the work and to the launcher, at once; false when it had ended. */
    private static boolean killOutright(Process process) throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        boolean alive = process.isAlive() && tree.stream().allMatch(ProcessHandle::isAlive);
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle handle : tree) {
            assertThat(Processes.exitsWithin(handle, Duration.ofSeconds(30))).isTrue();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        return alive;
    }

    private static String state(Path home) throws IOException {
        return Files.isDirectory(home) ? names(home).toString() : "no folder";
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertPrivate(Path home) throws IOException {
        if (!Files.isDirectory(home)) {
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    private Path cohort(String prefix, int size) throws IOException {
        Path folder = Files.createDirectories(work.resolve("cohort-" + prefix));
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < size; i++) {
            Files.writeString(folder.resolve(String.format("%s-%04d.yaml", prefix, i)), maya);
        }
        return folder;
    }

    private String url(Path home) {
        return "jdbc:h2:file:" + home.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    /**
     * Two imports at once: the one started second is refused in one line before it stores
     * anything, however long the first runs and whatever pauses it makes between profiles.
     */
    @Test
    void shouldRefuseASecondImportWholeWhileTheFirstRuns() throws Exception {
        Path home = work.resolve("home");
        Path first = cohort("first", 1500);
        Path second = cohort("second", 21);
        Process running = jar(home, "import", first.toString()).redirectError(work.resolve("first-err").toFile())
                .start();
        Run refused;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(running.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the first import stores its first profile").contains("imported first-");
            refused = run(jar(home, "import", second.toString()));
            assertThat(running.isAlive()).as("the first import was still running").isTrue();
            while (line != null) {
                line = out.readLine();
            }
        }
        assertThat(running.waitFor(600, TimeUnit.SECONDS)).isTrue();

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("import: the database is in use by another sre-ladder process: "
                + home.resolve("ladder.mv.db") + " — wait for it to finish, or close the other shell");
        assertThat(refused.out()).isEmpty();
        assertThat(running.exitValue()).isZero();
        try (Connection connection = DriverManager.getConnection(url(home), "sa", "")) {
            assertThat(count(connection, "select count(*) from profile where id like 'second-%'")).isZero();
            assertThat(count(connection, "select count(*) from profile where id like 'first-%'")).isEqualTo(1500);
        }
    }

    /**
     * A command that pauses between two units of work (longer than the shell's idle release) keeps
     * the file: the jar started meanwhile is refused and stores nothing. This JVM plays the first
     * command, with the pool as the application configures it.
     */
    @Test
    void shouldKeepTheFileForAWholeCommandAcrossAPause() throws Exception {
        Path home = Files.createDirectories(work.resolve("held"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url(home));
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(10000);
        pool.setMaximumPoolSize(4);
        try (pool; Database command = new Database(pool, url(home)).holdingTheFileUntilClosed()) {
            command.read(jdbc -> jdbc.sql("select count(*) from profile").query(Integer.class).single());
            Thread.sleep(IdleRelease.DELAY_MILLIS * 4); // a pause: the shell would have let go by now

            Run second = run(jar(home, "--spring.datasource.url=" + url(home), "import",
                    cohort("paused", 21).toString()));

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err().strip()).startsWith("import: the database is in use by another sre-ladder "
                    + "process: ").doesNotContain("\n");
            int stored = command.read(jdbc -> jdbc.sql("select count(*) from profile").query(Integer.class)
                    .single());
            assertThat(stored).isZero();
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
