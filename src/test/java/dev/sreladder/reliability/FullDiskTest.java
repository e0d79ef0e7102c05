package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.SpringApplication;

import dev.sreladder.SreLadderApplication;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * Issue 22: a full disk gave "database error … SQL state HY000, error code 50000", then one line
 * per remaining file. The database lives on a small tmpfs (mounted as root; skipped otherwise).
 */
class FullDiskTest {

    @TempDir
    Path home;
    private Path mount;
    private ConfigurableApplicationContext context;

    @AfterEach
    void unmount() throws Exception {
        if (context != null) {
            context.close();
        }
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void shouldSayInOneLineThatTheDiskIsFullAndStopTheImport() throws Exception {
        Path disk = Files.createDirectories(home.resolve("disk"));
        Process process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(process.waitFor() == 0, "mount is not allowed here");
        mount = disk;
        Path cohort = Files.createDirectories(home.resolve("cohort"));
        String maya = Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", "")
                .replaceAll("(?m)^notes: .*\\n", "");
        for (int i = 0; i < 400; i++) {
            Files.writeString(cohort.resolve(String.format("engineer-%03d.yaml", i)), maya + "notes: "
                    + "n".repeat(4000) + i + "\n");
        }
        context = new SpringApplication(SreLadderApplication.class).run("--spring.shell.interactive.enabled=false",
                "--spring.datasource.url=jdbc:h2:file:" + disk.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");

        CommandRun run = CommandRun.of(context, "import", cohort.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        long imported = run.out().lines().filter(line -> line.startsWith("imported ")).count();
        assertThat(imported).as(run.err()).isBetween(1L, 399L);
        assertThat(run.err().strip()).doesNotContain("\n").isEqualTo("import: no space left on the device of the "
                + "database " + disk.resolve("ladder.mv.db") + "; nothing after profile " + imported + " was stored "
                + "(listed above) — free some space and run the command again");
    }
}
