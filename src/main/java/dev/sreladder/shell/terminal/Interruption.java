package dev.sreladder.shell.terminal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Ctrl-C while a command runs in the interactive shell. The shell raises it; a long command
 * checks it between two units of work (two profiles of a folder), so it stops where nothing is
 * half done, rather than being interrupted wherever its thread happens to be (H2 closes its file
 * when a thread is interrupted in the middle of I/O).
 */
@Component
public class Interruption {

    private final AtomicBoolean requested = new AtomicBoolean();

    /** Before each command: a Ctrl-C pressed for an earlier one does not stop this one. */
    void clear() {
        requested.set(false);
    }

    /** Asks the running command to stop; true when it had been asked already. */
    boolean request() {
        return requested.getAndSet(true);
    }

    boolean requested() {
        return requested.get();
    }

    /** Stops the command here when Ctrl-C was pressed; {@code progress} says how far it got. */
    public void stopIfRequested(Supplier<String> progress) {
        if (requested.get()) {
            throw new LadderException(ExitCode.INTERRUPTED, "interrupted: " + progress.get());
        }
    }
}
