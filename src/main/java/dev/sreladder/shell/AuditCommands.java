package dev.sreladder.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.storage.AuditTrail;
import dev.sreladder.storage.StoredProfiles;
import dev.sreladder.system.LadderException;

/** {@code history} and {@code decide}: the audit trail of a stored profile. */
@Component
class AuditCommands {

    static final String HISTORY_HELP = """
            history ID [--show N] [--format text|json]

            The recorded evaluations of a stored profile: number, when, profile version, target,
            verdict, score and the fingerprint of the rule set that gave it, with the committee's
            decisions. --show N prints evaluation N exactly as it was given; 'evaluate ID --replay N'
            re-runs it under its recorded rules.""";
    static final String DECIDE_HELP = """
            decide ID --decision promote|defer [--reason TEXT]

            Records the committee's decision beside the latest recorded evaluation of a stored profile.
            A decision against the verdict (promote without READY, defer a READY) is an override and
            needs --reason; reports list every override.""";

    private final AuditTrail auditTrail;
    private final StoredProfiles profiles;
    private final TextStyle style;

    AuditCommands(AuditTrail auditTrail, StoredProfiles profiles, TextStyle style) {
        this.auditTrail = auditTrail;
        this.profiles = profiles;
        this.style = style;
    }

    @Command(name = "history", group = "Committee", description = "Past evaluations and decisions of a stored profile",
            help = HISTORY_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void history(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "show", description = "number of the evaluation to print") String show,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileId = ProfileStorageCommands.storedId(id, "history", HISTORY_HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        if (profiles.latestVersion(profileId).isEmpty()) {
            throw ProfileStorageCommands.notStored(profileId);
        }
        PrintWriter out = context.outputWriter();
        if (show != null) {
            int number = Arguments.positiveNumber(show, "--show");
            AuditTrail.Recorded recorded = auditTrail.evaluation(profileId, number).orElseThrow(() ->
                    LadderException.badInput("no evaluation " + number + " of " + profileId
                            + " — 'history " + profileId + "' lists the recorded ones"));
            if (outputFormat == OutputFormat.JSON) {
                out.println(recorded.document());
            } else {
                StoredProfiles.Version version = profiles.version(profileId, recorded.profileVersion()).orElseThrow();
                Evaluation evaluation = EvaluationJson.read(recorded.document(),
                        profiles.toStored(version).document().profile(), recorded.verdictRule());
                out.println(style.dim("evaluation " + number + " of " + profileId + ", given "
                        + Table.when(recorded.evaluatedAt()) + " for profile version " + recorded.profileVersion()));
                out.println(EvaluationText.of(evaluation, style));
            }
            out.flush();
            return;
        }
        List<AuditTrail.Recorded> evaluations = auditTrail.history(profileId);
        List<AuditTrail.Decision> decisions = auditTrail.decisions(profileId);
        if (outputFormat == OutputFormat.JSON) {
            out.println(HistoryJson.of(profileId, evaluations, decisions));
            out.flush();
            return;
        }
        if (evaluations.isEmpty()) {
            out.println("no recorded evaluations of " + profileId + " — 'evaluate " + profileId + "' records one");
            out.flush();
            return;
        }
        Table table = new Table("#", "WHEN", "VERSION", "TARGET", "VERDICT", "SCORE", "RULES", "DECISION");
        for (AuditTrail.Recorded recorded : evaluations) {
            List<AuditTrail.Decision> taken = decisions.stream()
                    .filter(decision -> decision.evaluationNumber() == recorded.number()).toList();
            table.row(Integer.toString(recorded.number()), Table.when(recorded.evaluatedAt()),
                    Integer.toString(recorded.profileVersion()), recorded.target(), recorded.verdict(),
                    Integer.toString(recorded.score()), RuleCompiler.abbreviate(recorded.fingerprint()),
                    taken.isEmpty() ? "" : describe(taken.get(taken.size() - 1)));
        }
        out.print(table);
        decisions.stream().filter(decision -> decision.reason() != null).forEach(decision -> out.println(
                "  evaluation " + decision.evaluationNumber() + ": " + describe(decision) + " — " + decision.reason()));
        out.flush();
    }

    @Command(name = "decide", group = "Committee", description = "Record the committee's decision for a stored profile",
            help = DECIDE_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void decide(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "decision", description = "promote or defer") String decision,
            @Option(longName = "reason", description = "why; required against the verdict") String reason,
            CommandContext context) {
        String profileId = ProfileStorageCommands.storedId(id, "decide", DECIDE_HELP);
        AuditTrail.Choice choice = choice(decision);
        if (profiles.latestVersion(profileId).isEmpty()) {
            throw ProfileStorageCommands.notStored(profileId);
        }
        AuditTrail.Decision recorded = auditTrail.decide(profileId, choice, reason);
        context.outputWriter().println("recorded: " + describe(recorded) + " for " + profileId + " against evaluation "
                + recorded.evaluationNumber() + (recorded.reason() == null ? "" : " — " + recorded.reason()));
        context.outputWriter().flush();
    }

    static AuditTrail.Choice choice(String decision) {
        if (decision == null || decision.isBlank()) {
            throw LadderException.badInput("decide needs --decision promote or --decision defer");
        }
        try {
            return AuditTrail.Choice.valueOf(decision.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LadderException.badInput("unknown decision '" + decision + "' — use promote or defer");
        }
    }

    private static String describe(AuditTrail.Decision decision) {
        return decision.decision().toLowerCase(Locale.ROOT) + (decision.override() ? " (override)" : "");
    }
}
