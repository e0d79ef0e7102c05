package dev.sreladder.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step ({@code package}, after Spring Boot's repackaging): prepares the {@link TunedLayout}
 * beside the jar. It extracts the jar (Spring Boot's {@code -Djarmode=tools extract}), runs a few
 * training commands in the tuned JVM recording the classes they load, and writes a static
 * class-data-sharing archive of them. A JVM that cannot write an archive leaves the layout
 * without one: commands then start in the tuned JVM without it.
 *
 * <p>Build-only code, not in the jar. Usage:
 * {@code java -cp target/build-classes:target/classes dev.sreladder.launch.ClassDataArchive target/sre-ladder.jar}
 * (from the project folder: the training evaluates a sample).
 */
public final class ClassDataArchive {

    /** Commands whose classes start-up loads: one-shot evaluation, planning, storage, the shell. */
    private static final List<List<String>> TRAINING = List.of(
            List.of("evaluate", "samples/maya-chen.yaml", "--format", "json"),
            List.of("plan", "samples/maya-chen.yaml"),
            List.of("profiles"),
            List.of());

    private final Path jar;
    private final TunedLayout layout;
    private final Path log;

    private ClassDataArchive(Path jar) {
        this.jar = jar;
        this.layout = TunedLayout.besides(jar);
        this.log = layout.directory().resolveSibling(layout.directory().getFileName() + "-training.log");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ClassDataArchive target/sre-ladder.jar");
            System.exit(2);
        }
        new ClassDataArchive(Path.of(args[0]).toRealPath()).prepare();
    }

    private void prepare() throws IOException, InterruptedException {
        deleteRecursively(layout.directory());
        Files.deleteIfExists(log);
        run(List.of(TunedLayout.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                layout.directory().toString()));
        try {
            writeArchive();
        } catch (IOException e) {
            Files.deleteIfExists(layout.archive());
            System.err.println("[sre-ladder] no class-data archive (" + e.getMessage() + "; see " + log
                    + "); commands start without one");
        }
        layout.writeStamp();
    }

    /**
     * The training commands run side by side (each one JVM, mostly on one thread; the build's
     * machines have two cores), each into a class list and a log of its own; their lists are then
     * joined in the order of {@link #TRAINING}, as when they ran one after another.
     */
    private void writeArchive() throws IOException, InterruptedException {
        List<Training> trainings = new ArrayList<>();
        for (int i = 0; i < TRAINING.size(); i++) {
            trainings.add(new Training(TRAINING.get(i), layout.applicationJar(),
                    layout.directory().resolve("classes-" + i + ".lst"), layout.directory().resolve("training-" + i
                    + ".log")));
        }
        for (Training training : trainings) {
            training.start();
        }
        Set<String> classes = new LinkedHashSet<>();
        for (Training training : trainings) {
            training.finish(log);
            try (Stream<String> lines = Files.lines(training.list())) {
                // JDK 17 crashes writing an archive with lambda proxies in it (seen on 17.0.15).
                lines.filter(line -> !line.startsWith("@") && !line.startsWith("#")).forEach(classes::add);
            }
            Files.delete(training.list());
        }
        Path list = layout.directory().resolve("classes.lst");
        Files.write(list, classes);
        List<String> dump = new ArrayList<>(List.of(TunedLayout.java(), "-XX:+UseSerialGC", "-Xshare:dump",
                "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + layout.archive(),
                "-jar", layout.applicationJar().toString()));
        run(dump);
    }

    /** One training command: its class list, and its output until it is appended to the training log. */
    private static final class Training {
        private final List<String> command = new ArrayList<>(List.of(TunedLayout.java()));
        private final Path list;
        private final Path output;
        private Process process;

        Training(List<String> args, Path applicationJar, Path list, Path output) {
            this.list = list;
            this.output = output;
            command.addAll(TunedLayout.FLAGS);
            command.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-D" + TunedLaunch.CHILD + "=training",
                    // Training never touches the user's database or terminal.
                    "-Dspring.datasource.url=jdbc:h2:mem:training", "-Dorg.jline.terminal.dumb=true",
                    "-jar", applicationJar.toString()));
            command.addAll(args);
        }

        Path list() {
            return list;
        }

        void start() throws IOException {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        }

        /** Waits for it (a failed training only leaves its classes out) and moves its output to the log. */
        void finish(Path log) throws IOException, InterruptedException {
            boolean ended = process.waitFor(2, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator()
                    + Files.readString(output), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.delete(output);
            if (!ended) {
                throw new IOException("timed out: " + String.join(" ", command));
            }
        }
    }

    /** Runs a JVM with its output appended to the training log; it must succeed. */
    private void run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit code " + process.exitValue() + " from " + String.join(" ", command));
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
