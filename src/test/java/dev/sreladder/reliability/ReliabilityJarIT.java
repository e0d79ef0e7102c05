package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * Faults only a real process shows: Ctrl-C in the middle of an import, a reader that closes
 * stdout early, and what a running shell leaves open (ports) or behind (history files).
 */
class ReliabilityJarIT {

    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Pattern IMPORTED = Pattern.compile("^imported (\\S+) \\(version 1\\) from (\\S+)$");

    @TempDir
    Path home;

    private String url() {
        return "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    private List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dorg.jline.terminal.dumb=true", "-jar", JAR.toString(),
                "--spring.datasource.url=" + url()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void shouldStopCleanlyOnCtrlCDuringAFolderImportAndKeepEveryReportedProfileWhole() throws Exception {
        Path cohort = Files.createDirectories(home.resolve("cohort"));
        String maya = Files.readString(PROJECT.resolve("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "");
        for (int i = 0; i < 3000; i++) {
            Files.writeString(cohort.resolve(String.format("engineer-%04d.yaml", i)), maya);
        }
        List<String> command = new ArrayList<>();
        // A shell that started us in the background may have left SIGINT ignored; the child needs it.
        if (new File("/usr/bin/env").canExecute()) {
            command.addAll(List.of("/usr/bin/env", "--default-signal=INT"));
        }
        command.addAll(jar("import", cohort.toString()));
        Path err = home.resolve("stderr");
        Process process = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Map<String, String> reported = new HashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher matcher = IMPORTED.matcher(line);
                assertThat(matcher.matches()).as(line).isTrue();
                reported.put(matcher.group(1), matcher.group(2));
                if (reported.size() == 20) {
                    Process signal = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
                    assertThat(signal.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as("128 + SIGINT").isEqualTo(130);
        assertThat(reported).hasSizeBetween(20, 2999);
        String stopped = Files.readString(err);
        assertThat(stopped).as("at most one line, no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stopped.lines().toList()).isSubsetOf("import: stopped: sre-ladder is shutting down; nothing more "
                + "was stored (everything reported as stored before this line is stored whole)");
        Map<String, String> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select profile_id, yaml from profile_version")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(stored).containsKeys(reported.keySet().toArray(String[]::new));
        assertThat(stored.size()).as("at most the import in flight beyond those reported")
                .isLessThanOrEqualTo(reported.size() + 1);
        assertThat(stored.values()).as("every stored profile is whole").allMatch(maya::equals);

        Process after = new ProcessBuilder(jar("profiles")).redirectErrorStream(true).start();
        String listing = new String(after.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(after.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(after.exitValue()).as(listing).isZero();
        assertThat(listing.lines().filter(line -> line.startsWith("engineer-"))).hasSize(stored.size());
    }

    @Test
    void shouldStopQuietlyWhenTheReaderClosesStdoutEarly() throws Exception {
        Path err = home.resolve("stderr");
        Path code = home.resolve("exit-code");
        String pipeline = String.join(" ", quoted(jar("evaluate", "samples", "--format", "json"))) + " 2>" + err
                + " | head -1; echo ${PIPESTATUS[0]} >" + code;
        Process process = new ProcessBuilder("bash", "-c", pipeline).directory(PROJECT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out.lines().toList()).hasSize(1);
        assertThat(JsonMapper.builder().build().readTree(out).get("profile").asString()).isEqualTo("aisha-bello");
        // Not isEmpty(): logback may print a start-up status line (see the README); never a stack trace.
        assertThat(Files.readString(err)).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(code).strip()).as("the output it could write is the output asked for")
                .isEqualTo("0");
    }

    @Test
    void shouldOpenNoPortAndWriteNoHistoryWhileTheShellRuns() throws Exception {
        Path workDir = Files.createDirectories(home.resolve("work"));
        Process shell = new ProcessBuilder(jar()).directory(workDir.toFile())
                .redirectError(home.resolve("stderr").toFile()).start();
        try (Writer in = new java.io.OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("profiles\n");
            in.flush();
            String line = out.readLine();
            while (line != null && !line.contains("no stored profiles yet")) {
                line = out.readLine();
            }
            assertThat(line).as("the shell opened the database and answered").isNotNull();

            Process ss = new ProcessBuilder("ss", "-ltnp").redirectErrorStream(true).start();
            String listening = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ss.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(listening).as("no listening TCP socket of the shell's process")
                    .doesNotContain("pid=" + shell.pid() + ",");

            in.write("exit\n");
            in.flush();
        }
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (Stream<Path> left = Files.list(workDir)) {
            assertThat(left.toList()).as("no command history (personal data) in the working directory").isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("db"))))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home.resolve("db"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(word -> "'" + word.replace("'", "'\\''") + "'").toList();
    }
}
