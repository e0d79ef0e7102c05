package dev.sreladder.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.EvaluationService.Outcome;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.storage.AuditTrail;
import dev.sreladder.system.LadderException;
import tools.jackson.databind.node.ObjectNode;

/** {@code evaluate REF [--target L] [--format text|json] [--replay N]}: the explained verdict. */
@Component
class EvaluateCommand {

    static final String HELP = """
            evaluate REF [--target LEVEL] [--format text|json] [--replay N]

            The explained verdict for a profile: READY, ALMOST or NOT_YET, the score, and every
            blocker, trap, gap and note with what the rule saw, the article's advice and what
            would clear it.

              REF        a profile file (YAML), a folder (every *.yaml/*.yml in it, by file name),
                         or the id of a stored profile (its latest version; the evaluation is recorded)
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json; for a folder, json prints one document per line
              --replay   N: re-run recorded evaluation N of a stored profile under the rule set it
                         was given with, and confirm it gives the same result (see 'history ID')

            A folder with some bad profiles prints the good ones, reports each bad one with file
            and line, and exits 1.""";

    private final EvaluationService evaluations;
    private final AuditTrail auditTrail;
    private final Replay replay;
    private final TextStyle style;

    EvaluateCommand(EvaluationService evaluations, AuditTrail auditTrail, Replay replay, TextStyle style) {
        this.evaluations = evaluations;
        this.auditTrail = auditTrail;
        this.replay = replay;
        this.style = style;
    }

    @Command(name = "evaluate", group = "Evaluation", description = "Explained verdict for a profile file, folder or stored id",
            help = HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void evaluate(@Argument(index = 0, description = "profile file, folder or stored id") String ref,
            @Option(longName = "target", description = "level to check against: JUNIOR, MID, SENIOR or STAFF") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            @Option(longName = "replay", description = "number of a recorded evaluation to re-run") String replayNumber,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "evaluate", "a profile file, folder or stored id", HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        PrintWriter out = context.outputWriter();
        if (replayNumber != null) {
            int number = Arguments.positiveNumber(replayNumber, "--replay");
            Replay.Result result = replay.run(profileRef, number, outputFormat, style);
            out.println(result.report());
            out.flush();
            if (!result.identical()) {
                throw LadderException.badInput("replaying evaluation " + number + " of " + profileRef
                        + " did not reproduce the recorded result");
            }
            return;
        }
        boolean folder = ProfileFiles.isFolder(Path.of(profileRef));
        List<String> errors = new ArrayList<>();
        int[] printed = {0};
        evaluations.evaluateEach(profileRef, LevelOption.parse(target), false, outcome -> {
            if (outcome.failed()) {
                errors.add(outcome.error());
            } else {
                print(outcome, outputFormat, folder, printed[0]++ == 0, out);
            }
        });
        out.flush();
        if (!errors.isEmpty()) {
            throw LadderException.badInput(String.join("\n", errors) + "\n" + errors.size() + " of "
                    + (errors.size() + printed[0]) + " profiles could not be evaluated");
        }
    }

    /** Prints one result as it comes, recording it first when it is a stored profile's. */
    private void print(Outcome outcome, OutputFormat format, boolean folder, boolean first, PrintWriter out) {
        ObjectNode json = EvaluationJson.of(outcome.evaluation());
        Integer recorded = outcome.stored() == null ? null
                : auditTrail.record(outcome.stored().id(), outcome.stored().version(), outcome.evaluation(),
                        outcome.rules(), EvaluationJson.line(json));
        if (format == OutputFormat.JSON) {
            out.println(folder ? EvaluationJson.line(json)
                    : EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            return;
        }
        if (!first) {
            out.println();
        }
        out.println(EvaluationText.of(outcome.evaluation(), style));
        if (recorded != null) {
            out.println(style.dim("recorded as evaluation " + recorded + " of " + outcome.stored().id()
                    + " (profile version " + outcome.stored().version() + ")"));
        }
    }
}
