package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.shell.render.DecisionText;
import dev.sreladder.shell.render.EvaluationJson;
import dev.sreladder.shell.render.EvaluationText;
import dev.sreladder.shell.render.HistoryJson;
import dev.sreladder.shell.render.HistoryText;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/** {@code history}, {@code decide} and {@code audit verify}: the audit trail. */
@Component
class AuditCommands {

    static final String HISTORY_HELP = """
            history ID [--show N] [--format text|json]

            The recorded evaluations of a stored profile: number, when, profile version, target, \
            verdict, score and the fingerprint of the rule set that gave it, with the committee's \
            decisions. --show N prints evaluation N exactly as it was given; 'evaluate ID --replay N' \
            re-runs it under its recorded rules.""";
    static final String DECIDE_HELP = """
            decide ID --decision promote|defer [--reason TEXT]

            Records the committee's decision on the latest evaluation of the latest version of a \
            stored profile, with who (ladder.actor) and when; refused until that version is evaluated. \
            A decision against the verdict (promote without READY, defer a READY) is an override and \
            needs --reason. A decision that differs from another member's on the same evaluation is \
            kept and marked as a conflict; reports list every decision, override and conflict.""";
    static final String AUDIT_VERIFY_HELP = """
            audit verify [--head N:HASH]

            Checks that the audit trail is whole: every record (import of a version, rule set, \
            evaluation, decision, erasure) chained by its hash to the one before, none changed or \
            removed, every row of the audited tables in the chain, every stored rule file matching \
            its fingerprint, and the chain still holding the head this member's tool last saw. Prints \
            'head: record N, sha256:…'. With --head N:HASH (as a packet or an earlier verify printed \
            it), also that the chain still holds that record with that hash: someone who can write the \
            database can recompute the whole chain, and only a head kept outside it catches that. Exit \
            0 when whole; 1 naming the first broken record, with what to do next (record nothing more, \
            keep a copy, restore from a backup, check the restored one against a head kept outside).""";

    /** What a committee does once verify finds the trail broken: nothing of it is undone by the tool. */
    static final String BROKEN_NEXT_STEPS = """
            What to do next:
              1. Record nothing more in this database until the break is explained: new evaluations and \
            decisions would chain onto a trail that no longer holds.
              2. Keep a copy of the database as it is now, as evidence of what was changed.
              3. Restore the database from a backup taken before the break, or tell whoever administers \
            it (a shared database's owner can compare the rows with their own backup).
              4. Check the restored database with audit verify --head N:sha256:… and the head your last \
            packet or meeting notes recorded: exit 0 means it still holds everything up to that record.""";

    private final AuditService audit;
    private final TextStyle style;

    AuditCommands(AuditService audit, TextStyle style) {
        this.audit = audit;
        this.style = style;
    }

    @Command(name = "history", group = "Committee", description = "Past evaluations and decisions of a stored profile",
            help = HISTORY_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void history(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "show", description = "number of the evaluation to print") String show,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileId = ProfileStorageCommands.storedId(id, "history", HISTORY_HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        PrintWriter out = context.outputWriter();
        if (show != null) {
            int number = Arguments.positiveNumber(show, "--show");
            AuditService.Shown shown = audit.shown(profileId, number);
            if (outputFormat == OutputFormat.JSON) {
                out.println(EvaluationJson.line(shown.evaluation()));
            } else {
                out.println(style.dim("evaluation " + number + " of " + profileId + ", given "
                        + Times.utc(shown.recorded().evaluatedAt()) + " for profile version "
                        + shown.recorded().profileVersion()));
                out.println(EvaluationText.of(shown.evaluation(), style));
            }
            out.flush();
            return;
        }
        AuditService.History history = audit.history(profileId);
        if (outputFormat == OutputFormat.JSON) {
            out.println(HistoryJson.of(history));
        } else {
            out.print(HistoryText.of(history));
        }
        out.flush();
    }

    @Command(name = "decide", group = "Committee", description = "Record the committee's decision for a stored profile",
            help = DECIDE_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void decide(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "decision", description = "promote or defer") String decision,
            @Option(longName = "reason", description = "why; required against the verdict") String reason,
            CommandContext context) {
        String profileId = ProfileStorageCommands.storedId(id, "decide", DECIDE_HELP);
        AuditTrail.Choice choice = choice(decision);
        AuditTrail.Decided decided = audit.decide(profileId, choice,
                Text.requireStorable(reason, "--reason", Text.MAX_REASON));
        PrintWriter out = context.outputWriter();
        out.print(DecisionText.of(profileId, decided));
        out.flush();
    }

    @Command(name = {"audit", "verify"}, group = "Committee", description = "Check that the audit trail is whole",
            help = AUDIT_VERIFY_HELP)
    public void verify(
            @Option(longName = "head", description = "a head kept outside the database: N:HASH") String head,
            CommandContext context) {
        AuditService.Verified verified = audit.verify(Optional.ofNullable(head).map(AuditService::givenHead));
        if (verified.firstBreak().isPresent()) {
            throw LadderException.badInput("the audit trail is broken: " + verified.firstBreak().get() + "\n"
                    + BROKEN_NEXT_STEPS);
        }
        context.outputWriter().println("the audit trail is whole: "
                + Text.count(verified.records(), "record", "records"));
        context.outputWriter().println("head: " + verified.head().describe());
        context.outputWriter().flush();
    }

    static AuditTrail.Choice choice(String decision) {
        if (decision == null || decision.isBlank()) {
            throw LadderException.badInput("decide needs --decision promote or --decision defer");
        }
        String wanted = decision.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(AuditTrail.Choice.values()).filter(choice -> choice.name().equals(wanted)).findFirst()
                .orElseThrow(() -> LadderException.badInput("unknown decision '" + decision
                        + "' — use promote or defer"));
    }
}
