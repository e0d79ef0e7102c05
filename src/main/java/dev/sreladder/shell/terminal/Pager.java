package dev.sreladder.shell.terminal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.jline.terminal.Terminal;

/**
 * The pager a result longer than the screen opens in, chosen as git chooses one: the command in
 * {@code $PAGER}, run by the shell with the result on its standard input ({@code LESS=FRX} given to it
 * when {@code LESS} is unset: colours as they are, the text left on the screen after {@code q}; a
 * {@code LESS} that is set goes through as it is); an empty {@code PAGER} or {@code cat}: none, the
 * result printed as it comes; no {@code PAGER}: JLine's own. {@code ladder.pager=false}: none.
 */
sealed interface Pager {

    /** The keys of JLine's pager, on its last line until the first key is pressed. */
    String BUILTIN_HINT = "space: next page · b: back · /: search · q: quit · h: help";

    /** What {@code LESS} is for a less we start when the user has not set it: git's choice. */
    String LESS_DEFAULT = "FRX";

    /** The shell's exit codes for a command it found but could not run, and for one it did not find. */
    int NOT_RUNNABLE = 126;
    int NOT_FOUND = 127;

    /** No pager: the result printed as it comes. */
    record Off() implements Pager {
    }

    /** JLine's pager, in this process. */
    record Builtin() implements Pager {
    }

    /** The user's pager: {@code command} run with {@code environment} added to ours. */
    record External(List<String> command, Map<String, String> environment) implements Pager {

        /**
         * Shows {@code text} in the pager and waits until it ends; false when it could not run (the
         * shell did not find it or could not start it), and the text is still to be shown.
         */
        boolean show(String text, Charset charset, Terminal terminal) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            // Ctrl-C belongs to the pager while it runs (less ends a search with it), not to the shell.
            Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
            try {
                Process pager = builder.start();
                try (OutputStream in = pager.getOutputStream()) {
                    in.write(text.getBytes(charset));
                } catch (IOException e) {
                    // The pager quit (q) before it read everything: nothing more to show.
                }
                int code = pager.waitFor();
                return code != NOT_RUNNABLE && code != NOT_FOUND;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            } finally {
                terminal.handle(Terminal.Signal.INT, before);
            }
        }
    }

    /** The pager for {@code environment}; {@code wanted} false ({@code ladder.pager=false}): none. */
    static Pager chosen(boolean wanted, Map<String, String> environment) {
        if (!wanted) {
            return new Off();
        }
        String command = environment.get("PAGER");
        if (command == null) {
            return new Builtin();
        }
        if (command.isBlank() || command.strip().equals("cat")) {
            return new Off();
        }
        Map<String, String> added = environment.containsKey("LESS") ? Map.of() : Map.of("LESS", LESS_DEFAULT);
        return new External(List.of("sh", "-c", command), added);
    }
}
