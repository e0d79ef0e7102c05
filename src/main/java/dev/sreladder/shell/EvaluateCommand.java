package dev.sreladder.shell;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.EvaluationService.Outcome;
import dev.sreladder.profile.Level;
import dev.sreladder.system.LadderException;

/** {@code evaluate REF [--target L] [--format text|json]}: the explained verdict. */
@Component
class EvaluateCommand {

    static final String HELP = """
            evaluate REF [--target LEVEL] [--format text|json]

            The explained verdict for a profile: READY, ALMOST or NOT_YET, the score, and every
            blocker, trap, gap and note with what the rule saw, the article's advice and what
            would clear it.

              REF        a profile file (YAML), or a folder: every *.yaml/*.yml in it, by file name
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json; for a folder, json prints one document per line

            A folder with some bad profiles prints the good ones, reports each bad one with file
            and line, and exits 1.""";

    private final EvaluationService evaluations;
    private final TextStyle style;

    EvaluateCommand(EvaluationService evaluations, TextStyle style) {
        this.evaluations = evaluations;
        this.style = style;
    }

    @Command(name = "evaluate", group = "Evaluation", description = "Explained verdict for a profile file or folder",
            help = HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void evaluate(@Argument(index = 0, description = "profile file or folder") String ref,
            @Option(longName = "target", description = "level to check against: JUNIOR, MID, SENIOR or STAFF") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "evaluate", "a profile file or folder", HELP);
        Level targetLevel = LevelOption.parse(target);
        OutputFormat outputFormat = OutputFormat.parse(format);
        List<Outcome> outcomes = evaluations.evaluate(profileRef, targetLevel, false);
        boolean folder = outcomes.size() != 1 || outcomes.get(0).failed();
        PrintWriter out = context.outputWriter();
        boolean first = true;
        for (Outcome outcome : outcomes) {
            if (outcome.failed()) {
                continue;
            }
            if (outputFormat == OutputFormat.JSON) {
                out.println(folder ? EvaluationJson.line(EvaluationJson.of(outcome.evaluation()))
                        : EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter()
                                .writeValueAsString(EvaluationJson.of(outcome.evaluation())));
            } else {
                if (!first) {
                    out.println();
                }
                out.println(EvaluationText.of(outcome.evaluation(), style));
            }
            first = false;
        }
        out.flush();
        List<String> errors = outcomes.stream().filter(Outcome::failed).map(Outcome::error).toList();
        if (!errors.isEmpty()) {
            throw LadderException.badInput(String.join("\n", errors) + "\n" + errors.size() + " of "
                    + outcomes.size() + " profiles could not be evaluated");
        }
    }
}
