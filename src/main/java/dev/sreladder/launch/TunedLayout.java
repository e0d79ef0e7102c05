package dev.sreladder.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the build prepares beside {@code sre-ladder.jar} so that a command starts fast: the jar
 * extracted into a folder of the same name (classes load from plain jars, not nested ones), a
 * class-data-sharing archive of the classes commands load, and a stamp naming the JVM that wrote
 * the archive (an archive only fits the JVM build that wrote it).
 */
public record TunedLayout(Path directory) {

    static final String ARCHIVE = "sre-ladder.jsa";
    static final String STAMP = "launch.properties";

    /**
     * Flags for a short-lived command-line JVM: C1 alone (a command is over before C2's code would
     * repay its compiling, which on two cores competes with the command itself), the serial
     * collector (no GC threads, less memory), and JVM warnings on stderr so stdout stays the
     * command's own (pure JSON).
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable",
            "-Xlog:all=warning:stderr");

    /** A small first heap, grown as needed: a command's peak memory stays close to what it uses. */
    static final String INITIAL_HEAP = "-Xms32m";

    /** The layout beside the given jar ({@code target/sre-ladder.jar} → {@code target/sre-ladder/}). */
    public static TunedLayout besides(Path jar) {
        String name = jar.getFileName().toString();
        return new TunedLayout(jar.resolveSibling(name.substring(0, name.length() - ".jar".length())));
    }

    /** The extracted application jar; its manifest lists the libraries in {@code lib/}. */
    public Path applicationJar() {
        return directory.resolve(directory.getFileName() + ".jar");
    }

    Path archive() {
        return directory.resolve(ARCHIVE);
    }

    Path stamp() {
        return directory.resolve(STAMP);
    }

    /** Complete and built from {@code jar} (the stamp is written last, after the jar). */
    boolean isReadyFor(Path jar) {
        try {
            return Files.isRegularFile(applicationJar()) && Files.isRegularFile(stamp())
                    && Files.getLastModifiedTime(stamp()).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The archive, when there is one and the running JVM is the one that wrote it. */
    Optional<Path> archiveForThisJvm() {
        if (!Files.isRegularFile(archive())) {
            return Optional.empty();
        }
        Properties written = new Properties();
        try (InputStream in = Files.newInputStream(stamp())) {
            written.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return thisJvm().equals(written) ? Optional.of(archive()) : Optional.empty();
    }

    void writeStamp() throws IOException {
        try (OutputStream out = Files.newOutputStream(stamp())) {
            thisJvm().store(out, "the JVM that wrote " + ARCHIVE);
        }
    }

    /**
     * The JVM command for {@code args} in this layout: our flags first, so that the user's own JVM
     * options (given before {@code -jar}) come later and win.
     */
    List<String> command(String java, List<String> userJvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(FLAGS);
        if (userJvmOptions.stream().noneMatch(TunedLayout::setsHeapSize)) {
            command.add(INITIAL_HEAP);
        }
        archiveForThisJvm().ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(userJvmOptions);
        // The tuned JVM learns which process launched it, to go down with it (TunedLaunch).
        command.add("-D" + TunedLaunch.CHILD + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(applicationJar().toString());
        command.addAll(args);
        return command;
    }

    /** This JVM's own java: the one the stamp names, so the archive it writes or uses fits. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A first heap above a maximum the user gave would stop the JVM: leave heap sizes to them. */
    private static boolean setsHeapSize(String option) {
        return option.startsWith("-Xms") || option.startsWith("-Xmx") || option.contains("HeapSize")
                || option.contains("RAMPercentage") || option.contains("RAMFraction");
    }

    private static Properties thisJvm() {
        Properties jvm = new Properties();
        jvm.setProperty("java.home", System.getProperty("java.home"));
        jvm.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        return jvm;
    }
}
