package dev.sreladder.shell.command;

import java.nio.file.Path;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.Cycle;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.cycle.CycleService;
import dev.sreladder.cycle.CycleView;
import dev.sreladder.cycle.RuleOverride;
import dev.sreladder.shell.render.CycleJson;
import dev.sreladder.shell.render.CycleText;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.OverridesJson;
import dev.sreladder.shell.render.OverridesText;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/**
 * {@code cycle open|add|pin|close|list|show}: a committee's rounds, each judged under pinned rules;
 * and {@code rules overrides}, what the closed rounds' decisions say of the rules.
 */
@Component
class CycleCommands {

    /** A committee's rounds are committee work: listed with decide, history and report. */
    private static final String GROUP = "Committee";

    static final String OPEN_HELP = """
            cycle open NAME [--rules DIR] [--reason TEXT]

            Opens a promotion cycle: one round of the committee's work, such as 2026-H2. It is pinned \
            to a rule set, stored with the audit trail: the rules in use, or those in DIR once they \
            compile and pass the same trial as 'rules validate'. While a candidate's cycle is open, \
            'evaluate ID' judges them by the pinned rules whatever the rules folder holds, and \
            'decide ID' records in the cycle. Names: a letter or digit, then letters, digits, '.', \
            '_' or '-'; unique. Several cycles may be open at once.""";
    static final String ADD_HELP = """
            cycle add NAME ID…

            Makes stored profiles candidates of an open cycle (all of them, or none when one is not \
            stored or is a candidate of another open cycle: a profile is a candidate of one open cycle \
            at a time). 'import PATH --cycle NAME' stores and adds in one go.""";
    static final String PIN_HELP = """
            cycle pin NAME --rules DIR --reason TEXT

            Pins an open cycle to the rules in DIR (refused, pinning nothing, when they do not compile \
            or fail their trial), recording who, when and why, and prints which candidates' latest \
            verdicts, scores or findings in the cycle would change, as 'rules impact' does. 'evaluate \
            --cycle NAME' then records them under the new pin.""";
    static final String CLOSE_HELP = """
            cycle close NAME [--force --reason TEXT]

            Closes a cycle: its evaluations and decisions are locked (replay still works). Refused, \
            naming them, while a candidate has no decision on the latest evaluation of their latest \
            version in the cycle; --force --reason TEXT closes it anyway and records why.""";
    static final String LIST_HELP = """
            cycle list [--format text|json]

            Every cycle: state, when it was opened and by whom, its pinned rules, candidates and how \
            many are undecided.""";
    static final String SHOW_HELP = """
            cycle show NAME [--format text|json]

            One cycle: state, who opened (and closed) it and when, the pinned rules (fingerprint, \
            ladder, who pinned them, when and why, and the pins before), every candidate with the \
            verdict, score and decision of their latest evaluation in the cycle, and the counts by \
            verdict and decision.""";

    static final String OVERRIDES_HELP = """
            rules overrides [--cycles N] [--format text|json]

            Over the closed promotion cycles (the last N closed with --cycles N), the rules whose \
            findings committees overrode most: a promote despite that rule's BLOCKER, GAP or TRAP, \
            or a defer despite READY (counted under READY). Each with how often, in which cycles and \
            the reasons given, most overridden first: what a maintainer should look at first.""";

    private final CycleService cycles;
    private final TextStyle style;

    CycleCommands(CycleService cycles, TextStyle style) {
        this.cycles = cycles;
        this.style = style;
    }

    @Command(name = {"cycle", "open"}, group = GROUP, description = "Open a promotion cycle pinned to a rule set",
            help = OPEN_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void open(@Argument(index = 0, description = "the cycle's name, such as 2026-H2") String name,
            @Option(longName = "rules", description = "rules folder to pin (default: the rules in use)") String rules,
            @Option(longName = "reason", description = "why the cycle is opened") String reason,
            CommandContext context) {
        String cycleName = CycleLedger.requireName(Arguments.required(name, "cycle open", "a NAME", OPEN_HELP));
        Cycle cycle = cycles.open(cycleName, folder(rules), optionalReason(reason));
        print(context, CycleText.opened(cycle, cycles.show(cycleName).ladder()));
    }

    @Command(name = {"cycle", "add"}, group = GROUP, description = "Make stored profiles candidates of a cycle",
            help = ADD_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    // Spring Shell's @Arguments, spelled out: this package's Arguments checks positional values.
    public void add(@org.springframework.shell.core.command.annotation.Arguments List<String> words,
            CommandContext context) {
        if (words == null || words.size() < 2) {
            throw LadderException.badInput("cycle add needs a NAME and at least one stored profile id: "
                    + ADD_HELP.lines().findFirst().orElseThrow());
        }
        String name = CycleLedger.requireName(words.get(0));
        List<String> ids = words.subList(1, words.size()).stream()
                .map(id -> ProfileStorageCommands.storedId(id, "cycle add", ADD_HELP)).toList();
        print(context, CycleText.added(cycles.add(name, ids)));
    }

    @Command(name = {"cycle", "pin"}, group = GROUP, description = "Pin an open cycle to another rule set",
            help = PIN_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void pin(@Argument(index = 0, description = "the cycle's name") String name,
            @Option(longName = "rules", description = "the rules folder to pin") String rules,
            @Option(longName = "reason", description = "why the rules change mid-cycle (required)") String reason,
            CommandContext context) {
        String cycleName = CycleLedger.requireName(Arguments.required(name, "cycle pin", "a NAME", PIN_HELP));
        Path dir = folder(Arguments.required(rules, "cycle pin", "--rules DIR", PIN_HELP));
        String why = Text.requireStorable(Arguments.required(reason, "cycle pin", "--reason TEXT", PIN_HELP),
                "--reason", Text.MAX_REASON);
        CycleService.Pinned pinned = cycles.pin(cycleName, dir, why.strip());
        print(context, CycleText.pinned(pinned, cycles.show(cycleName).ladder(), style));
    }

    @Command(name = {"cycle", "close"}, group = GROUP, description = "Close a cycle, locking its decisions",
            help = CLOSE_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void close(@Argument(index = 0, description = "the cycle's name") String name,
            @Option(longName = "force", description = "close with undecided candidates (needs --reason)")
            boolean force,
            @Option(longName = "reason", description = "why it is closed with undecided candidates") String reason,
            CommandContext context) {
        String cycleName = CycleLedger.requireName(Arguments.required(name, "cycle close", "a NAME", CLOSE_HELP));
        String why = optionalReason(reason);
        if (force && why == null) {
            throw LadderException.badInput("cycle close --force needs --reason TEXT: why the cycle closes with"
                    + " undecided candidates (it is kept with the record)");
        }
        print(context, CycleText.closed(cycles.close(cycleName, force, why)));
    }

    @Command(name = {"cycle", "list"}, group = GROUP, description = "The promotion cycles", help = LIST_HELP,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void list(@Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        OutputFormat outputFormat = OutputFormat.parse(format);
        List<CycleView> views = cycles.views();
        if (outputFormat == OutputFormat.JSON) {
            print(context, CycleJson.list(views));
        } else {
            context.outputWriter().print(CycleText.list(views));
            context.outputWriter().flush();
        }
    }

    @Command(name = {"cycle", "show"}, group = GROUP, description = "One cycle: pinned rules, candidates, counts",
            help = SHOW_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void show(@Argument(index = 0, description = "the cycle's name") String name,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String cycleName = CycleLedger.requireName(Arguments.required(name, "cycle show", "a NAME", SHOW_HELP));
        OutputFormat outputFormat = OutputFormat.parse(format);
        CycleView view = cycles.show(cycleName);
        Formatted.println(context, outputFormat, () -> CycleJson.shown(view), () -> CycleText.shown(view)
                .stripTrailing());
    }

    @Command(name = {"rules", "overrides"}, group = "Rules",
            description = "The rules committees overrode most, over closed cycles", help = OVERRIDES_HELP,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void overrides(@Option(longName = "cycles", description = "only the last N closed cycles") String last,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        Integer lastCycles = last == null ? null : Arguments.positiveNumber(last, "--cycles");
        OutputFormat outputFormat = OutputFormat.parse(format);
        List<RuleOverride> overrides = cycles.overrides(lastCycles);
        Formatted.println(context, outputFormat, () -> OverridesJson.of(overrides),
                () -> OverridesText.of(overrides, style).stripTrailing());
    }

    private static Path folder(String rules) {
        return rules == null || rules.isBlank() ? null : Path.of(rules);
    }

    private static String optionalReason(String reason) {
        return reason == null || reason.isBlank() ? null
                : Text.requireStorable(reason, "--reason", Text.MAX_REASON).strip();
    }

    private static void print(CommandContext context, String text) {
        context.outputWriter().println(text);
        context.outputWriter().flush();
    }
}
