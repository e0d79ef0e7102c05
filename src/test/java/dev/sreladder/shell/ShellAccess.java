package dev.sreladder.shell;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.context.ApplicationContext;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.system.ExitCode;

/** Lets tests in other packages run commands and write evaluation JSON as the shell does. */
public final class ShellAccess {

    private ShellAccess() {
    }

    public static ExitCode runOnce(ApplicationContext context, List<String> words, PrintWriter out, PrintWriter err) {
        return context.getBean(ShellModeRunner.class).runOnce(words, out, err);
    }

    public static String json(Evaluation evaluation) {
        return EvaluationJson.line(EvaluationJson.of(evaluation));
    }
}
