package dev.sreladder.ladder;

/** One mistake in a ladder file, shown as "path:line: message" beside the rules' compile errors. */
public record LadderProblem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
