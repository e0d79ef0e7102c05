package dev.sreladder.shell.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sreladder.audit.AuditTrail;
import dev.sreladder.audit.Cycle;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.cycle.CycleService;
import dev.sreladder.cycle.CycleView;
import dev.sreladder.maintenance.Impact;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/** The {@code cycle} commands in text: what each act did, the list of cycles, and one cycle whole. */
public final class CycleText {

    private CycleText() {
    }

    public static String opened(Cycle cycle, String ladder) {
        return "opened cycle " + cycle.name() + ", judged by the rules " + pinned(cycle.pin(), ladder)
                + "\nadd its candidates with 'cycle add " + cycle.name() + " ID…' or 'import PATH --cycle "
                + cycle.name() + "'";
    }

    public static String added(CycleLedger.Added added) {
        StringBuilder text = new StringBuilder();
        String name = added.cycle().name();
        if (!added.added().isEmpty()) {
            text.append("added to cycle ").append(name).append(": ").append(String.join(", ", added.added()));
        }
        if (!added.already().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append("already candidates of cycle ").append(name).append(": ")
                    .append(String.join(", ", added.already()));
        }
        text.append("\ncycle ").append(name).append(" has ").append(count(added.cycle().candidates().size(),
                "candidate"));
        return text.toString();
    }

    public static String pinned(CycleService.Pinned pinned, String ladder, TextStyle style) {
        Cycle cycle = pinned.cycle();
        Impact impact = pinned.impact();
        StringBuilder text = new StringBuilder("pinned cycle " + cycle.name() + " to the rules "
                + pinned(cycle.pin(), ladder) + " (before: " + RuleCompiler.abbreviate(impact.before().fingerprint())
                + ")\n");
        if (impact.changed().isEmpty()) {
            text.append(impact.profiles() == 0 ? "no candidate has been evaluated in the cycle yet"
                    : "no candidate's latest verdict, score or findings would change (" + count(impact.profiles(),
                            "candidate") + " compared)");
        } else {
            text.append(impact.changed().size()).append(" of ").append(count(impact.profiles(), "candidate"))
                    .append(" evaluated in the cycle would change; 'evaluate ").append("--cycle ")
                    .append(cycle.name()).append("' records them under the new pin:\n");
            impact.changed().forEach(changed -> text.append(ImpactText.changed(changed, style)));
        }
        impact.errors().forEach(error -> text.append("\ncould not be compared: ").append(error));
        return text.toString().stripTrailing();
    }

    public static String closed(Cycle cycle) {
        Cycle.Act closed = cycle.closed().orElseThrow();
        return "closed cycle " + cycle.name() + (cycle.forced() ? " with undecided candidates (forced: "
                + Text.visible(closed.reason().orElse("")) + ")" : "")
                + "; its evaluations and decisions are locked, and replay still works";
    }

    public static String list(List<CycleView> views) {
        if (views.isEmpty()) {
            return "no cycles yet — 'cycle open NAME' opens one\n";
        }
        Table table = new Table("CYCLE", "STATE", "OPENED", "RULES", "CANDIDATES", "UNDECIDED");
        for (CycleView view : views) {
            Cycle cycle = view.cycle();
            table.row(cycle.name(), cycle.state(), Times.utcMinute(cycle.opened().at()) + " by "
                    + cycle.opened().by(), RuleCompiler.abbreviate(cycle.pin().fingerprint()),
                    Integer.toString(cycle.candidates().size()), Integer.toString(view.undecided().size()));
        }
        return table.toString();
    }

    public static String shown(CycleView view) {
        Cycle cycle = view.cycle();
        StringBuilder text = new StringBuilder("cycle " + cycle.name() + " · " + cycle.state() + "\n");
        text.append("opened  ").append(act(cycle.opened())).append('\n');
        cycle.closed().ifPresent(closed -> text.append("closed  ").append(act(closed))
                .append(cycle.forced() ? " (forced, with undecided candidates)" : "").append('\n'));
        text.append("rules   ").append(pinned(cycle.pin(), view.ladder())).append('\n');
        cycle.pins().stream().limit(cycle.pins().size() - 1L).forEach(earlier -> text.append("        before: ")
                .append(RuleCompiler.abbreviate(earlier.fingerprint())).append(", pinned ")
                .append(act(earlier.act())).append('\n'));
        if (view.candidates().isEmpty()) {
            text.append("\nno candidates yet — 'cycle add ").append(cycle.name()).append(" ID…' adds some\n");
        } else {
            text.append('\n');
            Table table = new Table("CANDIDATE", "VERSION", "EVALUATION", "VERDICT", "SCORE", "DECISION");
            view.candidates().forEach(standing -> table.row(standing.profileId(),
                    standing.version().map(String::valueOf).orElse("erased"),
                    standing.evaluation().map(recorded -> Integer.toString(recorded.number())).orElse("—"),
                    standing.evaluation().map(AuditTrail.Recorded::verdict).orElse(""),
                    standing.evaluation().map(recorded -> recorded.score() + "%").orElse(""),
                    decision(standing)));
            text.append(table);
        }
        text.append('\n').append(counts(view.counts())).append('\n');
        return text.toString();
    }

    private static String decision(CycleLedger.Standing standing) {
        if (standing.erased()) {
            return "";
        }
        if (standing.decision().isPresent()) {
            return HistoryText.latest(standing.decisions());
        }
        return standing.evaluation().isEmpty() ? "(evaluate first)" : "undecided";
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(" · "));
    }

    private static String pinned(Cycle.Pin pin, String ladder) {
        return RuleCompiler.abbreviate(pin.fingerprint()) + " (ladder " + ladder + "), pinned " + act(pin.act());
    }

    private static String act(Cycle.Act act) {
        return "by " + Text.visible(act.by()) + ", " + Times.utc(act.at())
                + act.reason().map(reason -> " — " + Text.visible(reason)).orElse("");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
