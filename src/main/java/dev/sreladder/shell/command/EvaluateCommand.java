package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.cycle.CycleService;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.audit.EvaluationRun;
import dev.sreladder.audit.Replayed;
import dev.sreladder.evaluation.EvaluationService.Evaluated;
import dev.sreladder.evaluation.EvaluationService.Failed;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.report.Progress;
import dev.sreladder.shell.render.EvaluationJson;
import dev.sreladder.shell.render.EvaluationText;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.ReplayText;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.terminal.Interruption;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.StandardInputProfile;
import dev.sreladder.shell.terminal.TerminalProgress;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/** {@code evaluate REF|--all|--cycle NAME [--target L] [--format text|json] [--replay N]}: the explained verdict. */
@Component
class EvaluateCommand {

    static final String HELP = """
            evaluate REF [--target LEVEL] [--format text|json] [--replay N] [--all] [--cycle NAME]

            The explained verdict for a profile: READY, ALMOST or NOT_YET, the score, and every \
            blocker, trap, gap and note with what the rule saw, the article's advice and what \
            would clear it.

              REF        a profile file (YAML); a folder (every *.yaml/*.yml in it, by file name); \
            - for one profile read from standard input (cat x.yaml | ... evaluate -; \
            named <stdin> in messages, nothing stored); or the id of a stored profile \
            (its latest version; the evaluation is recorded)
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json; for a folder, json prints one document per line
              --replay   N: re-run recorded evaluation N of a stored profile under the rule set it \
            was given with, and confirm it gives the same result (see 'history ID')
              --all      instead of REF: evaluate and record every stored profile (its latest version; \
            erased ones are gone), each as 'evaluate ID' would, printed as a folder is (json: one \
            document per line)
              --cycle    NAME, instead of REF: evaluate and record every candidate of an open promotion \
            cycle under its pinned rules, one line each as it is recorded (json: one document per line)

            A stored profile that is a candidate of an open cycle is judged by the rules pinned to \
            the cycle, whatever the rules folder holds, and recorded in the cycle; the line after \
            the verdict says so.

            A folder with some bad profiles prints the good ones, reports each bad one with file \
            and line, and exits 1; so does --all with a stored profile it cannot evaluate. In the \
            shell, Ctrl-C stops a folder or --all between two profiles.""";

    private final AuditService audit;
    private final StandardInputProfile standardInput;
    private final Interruption interruption;
    private final TerminalProgress terminalProgress;
    private final TextStyle style;
    private final CycleService cycles;

    EvaluateCommand(AuditService audit, StandardInputProfile standardInput, Interruption interruption,
            TerminalProgress terminalProgress, TextStyle style, CycleService cycles) {
        this.audit = audit;
        this.cycles = cycles;
        this.standardInput = standardInput;
        this.interruption = interruption;
        this.terminalProgress = terminalProgress;
        this.style = style;
    }

    @Command(name = "evaluate", group = "Evaluation",
            description = "Explained verdict for a profile file, folder or stored id",
            help = HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void evaluate(@Argument(index = 0, description = "profile file, folder or stored id") String ref,
            @Option(longName = "target",
            description = "level to check against (a level of the ladder in use)") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            @Option(longName = "replay", description = "number of a recorded evaluation to re-run") String replayNumber,
            @Option(longName = "cycle", description = "evaluate every candidate of this open cycle") String cycle,
            @Option(longName = "all", description = "evaluate and record every stored profile") boolean all,
            CommandContext context) {
        if (all) {
            evaluateAll(ref, cycle, replayNumber, target, OutputFormat.parse(format), context);
            return;
        }
        if (cycle != null) {
            evaluateCycle(ref, cycle, target, OutputFormat.parse(format), context);
            return;
        }
        String profileRef = Arguments.required(ref, "evaluate", "a profile file, folder or stored id", HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        PrintWriter out = context.outputWriter();
        if (replayNumber != null) {
            int number = Arguments.positiveNumber(replayNumber, "--replay");
            Replayed replayed = audit.replay(profileRef, number);
            Formatted.println(context, outputFormat, () -> ReplayText.json(replayed),
                    () -> ReplayText.of(replayed, style));
            if (!replayed.identical()) {
                throw LadderException.badInput("replaying evaluation " + number + " of " + profileRef
                        + " did not reproduce the recorded result");
            }
            return;
        }
        ProfileRef resolved = ProfileRef.of(profileRef);
        if (resolved instanceof ProfileRef.StandardInput) {
            Evaluated evaluated = standardInput.evaluate(target);
            print(evaluated, new AuditService.Given(evaluated, OptionalInt.empty()), outputFormat, false,
                    true, out);
            out.flush();
            return;
        }
        boolean folder = resolved instanceof ProfileRef.Folder;
        Progress progress = folder ? terminalProgress.of("evaluating profiles:", out) : Progress.NONE;
        EvaluationRun.Tally tally = EvaluationRun.run(audit, resolved, target, progress::update,
                interruption::stopIfRequested,
                (evaluated, given, first) -> print(evaluated, given, outputFormat, folder, first, out));
        out.flush();
        if (!tally.errors().isEmpty()) {
            throw LadderException.someProfiles(tally.errors(), tally.shown(), "could not be evaluated");
        }
    }

    /** Every stored profile, as a folder is printed, each recorded as 'evaluate ID' records it. */
    private void evaluateAll(String ref, String cycle, String replayNumber, String target, OutputFormat format,
            CommandContext context) {
        if (ref != null && !ref.isBlank()) {
            throw LadderException.badInput("evaluate --all evaluates every stored profile; give no REF (or 'evaluate "
                    + ref + "' alone)");
        }
        if (cycle != null) {
            throw LadderException.badInput("evaluate --all evaluates every stored profile, --cycle " + cycle
                    + " the candidates of one cycle: give one of them");
        }
        if (replayNumber != null) {
            throw LadderException.badInput("--replay re-runs one recorded evaluation of one profile: 'evaluate ID"
                    + " --replay N', without --all");
        }
        PrintWriter out = context.outputWriter();
        Progress progress = terminalProgress.of("evaluating stored profiles:", out);
        EvaluationRun.Tally tally = EvaluationRun.runAll(audit, target, progress::update,
                interruption::stopIfRequested,
                (evaluated, given, first) -> print(evaluated, given, format, true, first, out));
        if (format != OutputFormat.JSON && (tally.shown() > 0 || tally.errors().isEmpty())) {
            if (tally.shown() > 0) {
                out.println();
            }
            out.println(tally.shown() == 0 ? "no stored profiles yet — 'import PATH' stores some, then 'evaluate"
                    + " --all' evaluates them" : style.dim("evaluated and recorded " + Text.count(tally.shown(),
                            "stored profile", "stored profiles")));
        }
        out.flush();
        if (!tally.errors().isEmpty()) {
            throw LadderException.someProfiles(tally.errors(), tally.shown(), "could not be evaluated");
        }
    }

    /** Every candidate of the cycle, one line (or JSON document) each as it is recorded. */
    private void evaluateCycle(String ref, String cycle, String target, OutputFormat format, CommandContext context) {
        if (ref != null && !ref.isBlank()) {
            throw LadderException.badInput("evaluate --cycle " + cycle + " evaluates every candidate of the cycle;"
                    + " give no REF (or 'evaluate " + ref + "' alone)");
        }
        String name = CycleLedger.requireName(cycle);
        PrintWriter out = context.outputWriter();
        int[] recorded = {0};
        String[] rules = {null};
        List<String> errors = new ArrayList<>();
        cycles.evaluateAll(name, target, given -> {
            interruption.stopIfRequested(() -> Text.count(recorded[0], "candidate", "candidates") + " of cycle " + name
                    + " evaluated and recorded, the rest not");
            if (given.outcome() instanceof Failed failed) {
                errors.add(failed.source() + ": " + failed.error());
                return;
            }
            Evaluated evaluated = (Evaluated) given.outcome();
            rules[0] = evaluated.rules().fingerprint();
            recorded[0]++;
            var stored = evaluated.stored().orElseThrow();
            out.println(format == OutputFormat.JSON ? EvaluationJson.line(evaluated.evaluation())
                    : stored.id() + ": " + evaluated.evaluation().verdict() + " " + evaluated.evaluation().score()
                            + "% — recorded as evaluation " + given.recordedAs().orElseThrow() + " (profile version "
                            + stored.version() + ")");
            out.flush();
        });
        if (format != OutputFormat.JSON && (recorded[0] > 0 || errors.isEmpty())) {
            out.println(recorded[0] == 0 ? "cycle " + name + " has no candidates to evaluate — 'cycle add " + name
                    + " ID…' adds some" : style.dim("evaluated and recorded " + Text.count(recorded[0], "candidate",
                            "candidates") + " of cycle " + name + " under its pinned rules "
                            + RuleCompiler.abbreviate(rules[0])));
            out.flush();
        }
        if (!errors.isEmpty()) {
            throw LadderException.someProfiles(errors, recorded[0], "could not be evaluated");
        }
    }

    /** Prints one result as it comes (it is recorded already when it is a stored profile's). */
    private void print(Evaluated evaluated, AuditService.Given given, OutputFormat format, boolean folder,
            boolean first, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            out.println(folder ? EvaluationJson.line(evaluated.evaluation())
                    : EvaluationJson.pretty(evaluated.evaluation()));
            return;
        }
        if (!first) {
            out.println();
        }
        out.println(EvaluationText.of(evaluated.evaluation(), evaluated.rules().evidence(), style));
        given.recordedAs().ifPresent(number -> {
            var stored = evaluated.stored().orElseThrow();
            out.println(style.dim("recorded as evaluation " + number + " of " + stored.id() + " (profile version "
                    + stored.version() + ")" + given.cycle().map(cycle -> " in cycle " + cycle.name()
                            + ", judged by the rules pinned to it whatever the rules folder holds").orElse("")));
        });
    }
}
