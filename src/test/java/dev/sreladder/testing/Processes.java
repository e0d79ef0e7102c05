package dev.sreladder.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Waiting for a process that is not this JVM's child (the tuned JVM the jar starts, say). */
public final class Processes {

    private Processes() {
    }

    /** Whether the process has exited within {@code time}, checked every 10 ms. */
    public static boolean exitsWithin(ProcessHandle process, Duration time) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        while (!hasExited(process) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return hasExited(process);
    }

    /**
     * Gone, or a zombie whose every thread has exited: all it held released, waiting only for an
     * init process to reap it (some containers' process 1 takes its time, and ProcessHandle counts
     * a zombie as alive). A zombie main thread alone is not enough: the JVM's other threads may
     * still hold its files (and the database's lock) for a moment.
     */
    static boolean hasExited(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
            return status.contains("State:\tZ (zombie)") && status.contains("Threads:\t1");
        } catch (IOException e) {
            return !process.isAlive();
        }
    }
}
