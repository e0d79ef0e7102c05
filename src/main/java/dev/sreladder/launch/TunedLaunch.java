package dev.sreladder.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import sun.misc.Signal;

import dev.sreladder.system.StandardInput;

/**
 * {@code java -jar sre-ladder.jar} cannot choose its own JVM flags, and the flags and class-data
 * archive that halve start-up need them. So when the build has prepared a {@link TunedLayout}
 * beside the jar, this JVM starts the command in a tuned one, on the same terminal and streams,
 * and exits with its exit code; otherwise (or with {@code -Dladder.launch=direct}) the command
 * runs here, only slower.
 */
public final class TunedLaunch {

    /**
     * System property that marks the tuned JVM (its value: the launcher's pid), or a training run
     * at build time; either way that JVM runs the command itself.
     */
    static final String CHILD = "ladder.tuned";

    private static final long LAUNCHER_CHECK_MILLIS = 50;

    /** 128 + SIGKILL: the exit status of the launcher this JVM goes down with. */
    private static final int KILLED = 137;

    private TunedLaunch() {
    }

    /** The tuned JVM's exit code once it has run {@code args}; empty when the command is to run here. */
    public static OptionalInt run(String[] args) {
        String tuned = System.getProperty(CHILD);
        if (tuned != null) {
            launcherPid(tuned).ifPresent(TunedLaunch::stopWithTheLauncher);
            return OptionalInt.empty();
        }
        if ("direct".equals(System.getProperty("ladder.launch"))) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = runningJar();
        Optional<List<String>> jvmOptions = ownJvmOptions();
        if (jar.isEmpty() || jvmOptions.isEmpty()) {
            return OptionalInt.empty();
        }
        TunedLayout layout = TunedLayout.besides(jar.get());
        if (!layout.isReadyFor(jar.get())) {
            return OptionalInt.empty();
        }
        Secrets secrets = Secrets.split(jvmOptions.get(), Arrays.asList(args));
        List<String> command = layout.command(TunedLayout.java(), secrets.jvmOptions(), secrets.args());
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            if (StandardInput.isClosed()) {
                // This JVM's descriptor 0 is one of its own files: the tuned one reads nothing instead.
                builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            }
            builder.environment().putAll(secrets.environment());
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        relayInterrupts(child);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-tuned-jvm"));
        return OptionalInt.of(exitCodeOf(child));
    }

    /**
     * In the tuned JVM: the JVM that started it only waits to pass on its exit code, and passes on
     * every signal it can. Killed outright (SIGKILL), it cannot, so this one stops at once too
     * rather than run on unseen (holding the database, say). Once the launcher has exited, this
     * JVM has another parent, even if the launcher was killed before this one got this far.
     */
    private static void stopWithTheLauncher(long launcher) {
        Thread watch = new Thread(() -> {
            while (parentPid() == launcher) {
                try {
                    Thread.sleep(LAUNCHER_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(KILLED);
        }, "launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static Optional<Long> launcherPid(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }

    /**
     * The jar the user started ({@code java -jar X}), when they did: in the tuned JVM, the one beside
     * the layout this JVM runs from, not the layout's own.
     */
    public static Optional<Path> launchedJar() {
        if (System.getProperty(CHILD) == null) {
            return runningJar();
        }
        return runningJar().map(Path::getParent).filter(layout -> layout.getFileName() != null)
                .map(layout -> layout.resolveSibling(layout.getFileName() + ".jar")).filter(Files::isRegularFile);
    }

    /** The jar this JVM was started with ({@code java -jar X}), when it was. */
    private static Optional<Path> runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(System.getProperty("path.separator"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(classPath).toRealPath());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The options given to this JVM before {@code -jar}; empty when the OS does not tell them. */
    static Optional<List<String>> ownJvmOptions() {
        return ProcessHandle.current().info().arguments().flatMap(arguments -> jvmOptionsOf(Arrays.asList(arguments)));
    }

    static Optional<List<String>> jvmOptionsOf(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? Optional.empty() : Optional.of(List.copyOf(arguments.subList(0, jar)));
    }

    /**
     * Ctrl-C in a terminal interrupts the whole foreground process group, the tuned JVM with
     * this one; this one only stays alive to pass on the exit code. A SIGINT sent to this JVM
     * alone ({@code kill -INT}) is passed on to the tuned one, which stops as it would on Ctrl-C.
     */
    private static void relayInterrupts(Process child) {
        Signal.handle(new Signal("INT"), signal -> {
            if (!interruptedWithItsGroup(child)) {
                interrupt(child);
            }
        });
    }

    /** True when the terminal's foreground group is the child's own, so Ctrl-C reached it already. */
    private static boolean interruptedWithItsGroup(Process child) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(child.pid()), "stat"));
            // Fields after the command name: state ppid pgrp session tty_nr tpgid ...
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields[2].equals(fields[5]);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void interrupt(Process child) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start();
        } catch (IOException e) {
            child.destroy();
        }
    }

    /** When this JVM is stopped (SIGTERM, a closed terminal), the tuned one is stopped with it. */
    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int exitCodeOf(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread; the exit code is still to come.
            }
        }
    }
}
