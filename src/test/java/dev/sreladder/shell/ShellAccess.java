package dev.sreladder.shell;

import dev.sreladder.evaluation.Evaluation;

/** Lets tests and benchmarks in other packages write evaluation JSON as the shell does. */
public final class ShellAccess {

    private ShellAccess() {
    }

    public static String json(Evaluation evaluation) {
        return EvaluationJson.line(EvaluationJson.of(evaluation));
    }
}
