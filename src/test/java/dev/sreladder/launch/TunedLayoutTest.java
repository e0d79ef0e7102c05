package dev.sreladder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the tuned JVM is found beside the jar and what command starts it. */
class TunedLayoutTest {

    @TempDir
    Path target;

    private Path jar;
    private TunedLayout layout;

    @BeforeEach
    void buildLayout() throws Exception {
        jar = Files.writeString(target.resolve("sre-ladder.jar"), "the fat jar");
        layout = TunedLayout.besides(jar);
        Files.createDirectories(layout.directory());
        Files.writeString(layout.applicationJar(), "the extracted jar");
    }

    @Test
    void shouldLiveInAFolderNamedAfterTheJar() {
        assertThat(layout.directory()).isEqualTo(target.resolve("sre-ladder"));
        assertThat(layout.applicationJar()).isEqualTo(target.resolve("sre-ladder/sre-ladder.jar"));
    }

    @Test
    void shouldBeReadyOnlyOnceStampedAfterTheJarWasBuilt() throws Exception {
        assertThat(layout.isReadyFor(jar)).as("no stamp yet").isFalse();

        layout.writeStamp();
        assertThat(layout.isReadyFor(jar)).isTrue();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(layout.isReadyFor(jar)).as("the jar was rebuilt after the layout").isFalse();
    }

    @Test
    void shouldPutItsFlagsFirstSoTheUsersOwnOptionsWin() throws Exception {
        layout.writeStamp();

        List<String> command = layout.command("/jdk/bin/java", List.of("-Dorg.jline.terminal.dumb=true"),
                List.of("what-if", "samples/maya chen.yaml", "--set", "gameDays=2"));

        assertThat(command).startsWith("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(command).containsSubsequence("-Xms32m", "-Dorg.jline.terminal.dumb=true",
                "-Dladder.tuned=" + ProcessHandle.current().pid(), "-jar", layout.applicationJar().toString());
        assertThat(command).endsWith("what-if", "samples/maya chen.yaml", "--set", "gameDays=2");
    }

    @Test
    void shouldLeaveHeapSizesToAUserWhoGivesOne() throws Exception {
        layout.writeStamp();

        List<String> command = layout.command("java", List.of("-Xmx16m"), List.of("rules", "list"));

        assertThat(command).contains("-Xmx16m").doesNotContain("-Xms32m");
    }

    @Test
    void shouldUseTheArchiveOnlyWithTheJvmThatWroteIt() throws Exception {
        Files.writeString(layout.archive(), "archive");
        layout.writeStamp();
        assertThat(layout.command("java", List.of(), List.of()))
                .contains("-XX:SharedArchiveFile=" + layout.archive());

        Files.writeString(layout.stamp(), "java.home=/another/jdk\njava.vm.version=1\n");
        assertThat(layout.command("java", List.of(), List.of()))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void shouldRunWithoutAnArchiveWhenTheBuildCouldNotWriteOne() throws Exception {
        layout.writeStamp();

        assertThat(layout.isReadyFor(jar)).isTrue();
        assertThat(layout.command("java", List.of(), List.of()))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void shouldTakeTheJvmOptionsGivenBeforeTheJar() {
        assertThat(TunedLaunch.jvmOptionsOf(List.of("-Dx=1", "-Xmx1g", "-jar", "target/sre-ladder.jar", "-jar")))
                .contains(List.of("-Dx=1", "-Xmx1g"));
        assertThat(TunedLaunch.jvmOptionsOf(List.of("-cp", "target/classes", "dev.sreladder.SreLadderApplication")))
                .as("not started with -jar").isEmpty();
    }
}
