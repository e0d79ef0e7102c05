package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.database.RememberedHead;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * The head this member remembers, in its own data folder ({@code heads/}): kept private, and a
 * file that holds no head (garbage, a folder, a named pipe) is one line naming it and the fix,
 * exit 1, with nothing stored; never exit 2, never a command that waits for ever.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class RememberedHeadFileTest {

    static final String FIX = "delete it and run 'audit verify --head N:HASH' with a head kept outside the database";

    @Autowired
    ApplicationContext context;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${ladder.home}")
    String home;

    Path head;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-remembered");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("ladder")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    @BeforeEach
    void storeOneProfile() throws IOException {
        head = RememberedHead.fileFor(Path.of(home), url);
        if (run("profiles").out().contains("head-file")) {
            return;
        }
        Path file = Files.createTempDirectory("remembered").resolve("head-file.yaml");
        Files.writeString(file, "id: head-file\n"
                + Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        assertThat(run("import", file.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run("evaluate", "head-file").exitCode()).isEqualTo(ExitCode.OK);
    }

    @AfterEach
    void rememberAgain() throws IOException {
        if (Files.isDirectory(head)) {
            Files.delete(head);
        }
        Files.deleteIfExists(head);
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void shouldKeepTheHeadInAPrivateFileInAPrivateFolderAndMakeALooseOnePrivateAgain() throws IOException {
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(head))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(head.getParent())))
                .isEqualTo("rwx------");

        Files.setPosixFilePermissions(head, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(head.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(head))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(head.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void shouldRefuseAHeadFileOfGarbageInOneLineWithTheFixAndStoreNothing() throws IOException {
        assertThat(run("audit", "verify").exitCode()).isEqualTo(ExitCode.OK);
        Files.writeString(head, "\u0000\u00ffnot a head at all\n".repeat(3));

        CommandRun verify = run("audit", "verify");
        CommandRun evaluate = run("evaluate", "head-file");

        assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(verify.err().lines()).hasSize(1);
        assertThat(verify.err()).contains("the head remembered in " + head + " does not hold a head").contains(FIX);
        assertThat(evaluate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(evaluate.err().lines()).hasSize(1);
        assertThat(evaluate.err()).contains(head.toString()).contains(FIX).doesNotContain("recorded as");
    }

    @Test
    void shouldRefuseAFolderInPlaceOfTheHeadFileInOneLine() throws IOException {
        Files.deleteIfExists(head);
        Files.createDirectories(head);

        CommandRun verify = run("audit", "verify");

        assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(verify.err().lines()).hasSize(1);
        assertThat(verify.err()).contains("the head remembered in " + head + " is not a regular file").contains(FIX);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldRefuseANamedPipeInPlaceOfTheHeadFileWithoutWaitingOnIt() throws IOException, InterruptedException {
        Files.createDirectories(head.getParent());
        Files.deleteIfExists(head);
        assertThat(new ProcessBuilder("mkfifo", head.toString()).start().waitFor()).isZero();

        CommandRun verify = run("audit", "verify");

        assertThat(verify.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(verify.err()).contains("the head remembered in " + head + " is not a regular file").contains(FIX);
    }
}
