package dev.sreladder.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.sreladder.system.LadderException;

/**
 * The problems found in one profile file, as a compiler lists them: every one with its line, so
 * five wrong guesses take one run to see, not six, listed in the order of their lines. Reading stops
 * at {@link #CAP}: past that the file is probably not a profile at all.
 */
final class Problems {

    static final int CAP = 20;

    private final String shown;
    private final List<Problem> found = new ArrayList<>();

    Problems(String shown) {
        this.shown = shown;
    }

    /** Records a problem; at the cap, stops the reading with all of them. */
    void add(int line, String problem, String fix) {
        found.add(new Problem(line, LadderException.badInput(shown, line, problem, fix).getMessage()));
        if (found.size() >= CAP) {
            throw refusal();
        }
    }

    String shown() {
        return shown;
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** One line per problem; a capped list says so. */
    LadderException refusal() {
        // Found in two passes, the layout's and the reader's: listed as the file reads.
        List<String> all = new ArrayList<>(found.stream().sorted(Comparator.comparingInt(Problem::line))
                .map(Problem::message).toList());
        if (all.size() >= CAP) {
            all.add("stopped after " + CAP + " problems in " + shown + ": fix these and read it again");
        }
        return LadderException.badInput(String.join("\n", all));
    }

    private record Problem(int line, String message) {
    }
}
