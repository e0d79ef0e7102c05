package dev.sreladder.rules;

import java.util.Comparator;
import java.util.List;

/**
 * One error in a rule file, shown as "path:line: message": what the checks, the compiler and the
 * trial each find, and what a refusal lists.
 */
public record Problem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }

    /** The problems as a refusal lists them: by file and line, each once. */
    static List<String> lines(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing(Problem::path).thenComparingInt(Problem::line))
                .map(Problem::toString).distinct().toList();
    }
}
