package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.maintenance.Coverage;
import dev.sreladder.maintenance.RuleMaintenance.ImpactRun;
import dev.sreladder.maintenance.RuleMaintenance;
import dev.sreladder.maintenance.RuleWorkbench.Summary;
import dev.sreladder.maintenance.SampleCheck;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.shell.render.CoverageText;
import dev.sreladder.shell.render.ImpactText;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.RuleListText;
import dev.sreladder.shell.render.RulesJson;
import dev.sreladder.shell.render.SampleCheckText;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/** The maintainer's {@code rules ...} commands: validate, reload, list, test, coverage, impact. */
@Component
class RulesCommands {

    private static final String GROUP = "Rules";

    static final String VALIDATE_HELP = """
            rules validate [DIR]

            Compiles the rule files (*.drl) in DIR, by default the rules in use read again from \
            disk, without touching the rules in use. Each problem is printed as path:line: message \
            and the exit code is 1. Besides Drools' own errors, a rule is refused when it calls \
            System.exit, Runtime or ProcessBuilder, does file or network I/O, uses reflection, \
            imports anything outside the fact model (see rules/README.md), or lacks @code(...) \
            or @section(...) metadata. Start-up and rules reload apply the same checks.""";

    static final String RELOAD_HELP = """
            rules reload

            Compiles the rules folder again and swaps the new rules in at once. A reload that \
            fails changes nothing: the rules in use keep serving and the errors are shown as \
            path:line: message. Evaluations already running finish on the rules they started with.""";

    static final String LIST_HELP = """
            rules list [--format text|json]

            Every rule in use: its code, its kind (expectation, trap, note, verdict or other), \
            the level it is about, where it is written (file:line) and its article section. With \
            --format json, one array of objects: code, kind, level (null for none), file, line, section.""";

    static final String TEST_HELP = """
            rules test [DIR] [--profiles FOLDER] [--format text|json]

            Evaluates every profile that carries an expected: block (verdict, score, traps, gaps, \
            blockers, notes; lists compared as sets of codes) and prints PASS or FAIL per profile, with \
            each difference. Exits 1 when any fails, or when no profile has an expected: block. DIR is a \
            rules folder, as for rules validate and rules impact: its rules are compiled for this test \
            alone and checked on the samples/ folder beside it (nothing is swapped in); without DIR, the \
            rules in use. Without DIR it reads the samples/ folder beside the rules folder in use (for \
            --ladder.rules-dir=ladders/x/rules, ladders/x/samples), else samples/ in the working \
            directory; --profiles FOLDER reads a profile file or folder instead. With --format json: \
            {"tested", "passed", "failed", "skipped", "results": [...]}, one result per profile (profile, \
            result PASS/FAIL/SKIP, error, differences); the exit code is the same.""";

    static final String COVERAGE_HELP = """
            rules coverage [DIR] [--profiles FOLDER] [--format text|json]

            Evaluates every profile and lists, for each rule, how many profiles it fired for; rules that \
            fired for none are listed at the end. DIR is a rules folder, as for rules test: its rules on \
            the samples/ folder beside it; without DIR, the rules in use. Without DIR it reads the samples/ \
            folder beside the rules folder in use (for --ladder.rules-dir=ladders/x/rules, \
            ladders/x/samples), else samples/ in the working directory; --profiles FOLDER reads a profile \
            file or folder instead. With --format json: {"folder", "profiles", "rules": [{"profiles", \
            "code", "kind", "level", "file", "line"}], "neverFired": [{"code", "rule", "file", "line"}]}.""";

    static final String IMPACT_HELP = """
            rules impact DIR [--profiles FOLDER]

            What an edit would change before it lands: evaluates the profiles under the rules in \
            use and under the rules in DIR, and lists every profile whose verdict, score or \
            findings (kind, code, level) would differ, with before and after. Nothing is swapped in. When \
            nothing would change, it says which profiles it compared. A profile that cannot be evaluated \
            is named on standard error, and the exit code is 1.

              DIR          the edited rules folder (e.g. a copy of rules/)
              --profiles   a profile file or folder (default: the stored profiles' latest versions, \
            or samples/ when nothing is stored)""";

    /** What {@code rules test} says when no profile it read expects anything: how to make one that does. */
    static final String HOW_TO_EXPECT = """
            Add an expected: block at the end of a profile, with the outcome the rules should give it \
            (any of verdict, score, traps, gaps, blockers, notes; codes as 'rules list' shows them):
              expected:
                verdict: ALMOST
                gaps: [CODE-OF-A-GAP]""";

    private final RuleMaintenance rules;
    private final TextStyle style;

    RulesCommands(RuleMaintenance rules, TextStyle style) {
        this.rules = rules;
        this.style = style;
    }

    @Command(name = {"rules", "validate"}, group = GROUP, description = "Compile-check a rules folder",
            help = VALIDATE_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesValidate(@Argument(index = 0, description = "rules folder (default: the rules in use)") String dir,
            CommandContext context) {
        Summary summary = rules.validate(dir == null || dir.isBlank() ? null : Path.of(dir));
        print(context, "Valid: the rules in " + summary.origin() + " (" + describe(summary) + ").");
    }

    @Command(name = {"rules", "reload"}, group = GROUP, description = "Compile the rules folder and swap it in",
            help = RELOAD_HELP)
    public void rulesReload(CommandContext context) {
        CurrentRules.Reloaded reloaded;
        try {
            reloaded = rules.reload();
        } catch (LadderException e) {
            throw new LadderException(e.exitCode(), "reload refused; the rules in use are unchanged.\n"
                    + e.getMessage());
        }
        Summary after = Summary.of(reloaded.after());
        String before = reloaded.before() == null ? "no rules had compiled before"
                : reloaded.before().fingerprint().equals(after.fingerprint()) ? "unchanged"
                        : "was " + RuleCompiler.abbreviate(reloaded.before().fingerprint());
        print(context, "Reloaded the rules from " + after.origin() + ": " + describe(after) + " (" + before + ").");
    }

    @Command(name = {"rules", "list"}, group = GROUP, description = "Every rule with its code, kind, level and place",
            help = LIST_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesList(
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        OutputFormat outputFormat = OutputFormat.parse(format);
        List<RuleInfo> list = rules.list();
        Formatted.println(context, outputFormat, () -> RulesJson.list(list), () -> RuleListText.of(list));
    }

    @Command(name = {"rules", "test"}, group = GROUP, description = "Check the samples' expected outcomes",
            help = TEST_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesTest(@Argument(index = 0, description = "rules folder (default: the rules in use)") String dir,
            @Option(longName = "profiles", description = "profile file or folder (default: the samples beside the"
                    + " rules)") String profiles,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        OutputFormat outputFormat = OutputFormat.parse(format);
        Path rulesDir = rules.rulesFolder(dir, "rules test");
        String folder = rules.profilesFor(rulesDir, profiles, "rules test");
        List<SampleCheck> checks = rules.test(rulesDir, folder);
        Formatted.println(context, outputFormat, () -> RulesJson.test(checks),
                () -> SampleCheckText.of(checks, style));
        long tested = SampleCheckText.tested(checks);
        long failed = SampleCheckText.failed(checks);
        if (tested == 0) {
            throw LadderException.badInput("no profile in " + folder
                    + " has an expected: block, so nothing was tested.\n" + HOW_TO_EXPECT);
        }
        if (failed > 0) {
            throw LadderException.badInput(failed + " of " + tested + " samples do not get the outcome they expect");
        }
    }

    @Command(name = {"rules", "coverage"}, group = GROUP, description = "How many profiles each rule fires for",
            help = COVERAGE_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesCoverage(
            @Argument(index = 0, description = "rules folder (default: the rules in use)") String dir,
            @Option(longName = "profiles", description = "profile file or folder (default: the samples beside the"
                    + " rules)") String profiles,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        OutputFormat outputFormat = OutputFormat.parse(format);
        Path rulesDir = rules.rulesFolder(dir, "rules coverage");
        String folder = rules.profilesFor(rulesDir, profiles, "rules coverage");
        Coverage coverage = rules.coverage(rulesDir, folder);
        Formatted.println(context, outputFormat, () -> RulesJson.coverage(coverage, folder),
                () -> CoverageText.of(coverage, folder, style));
        failIfAnyBad(coverage.errors(), coverage.profiles());
    }

    @Command(name = {"rules", "impact"}, group = GROUP, description = "What the rules in a folder would change",
            help = IMPACT_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesImpact(@Argument(index = 0, description = "the edited rules folder") String dir,
            @Option(longName = "profiles", description = "profile file or folder (default: samples)") String profiles,
            CommandContext context) {
        String rulesDir = Arguments.required(dir, "rules impact", "the folder of the edited rules", IMPACT_HELP);
        ImpactRun run = rules.impact(Path.of(rulesDir), profiles);
        print(context, ImpactText.of(run, rulesDir, style));
        failIfAnyBad(run.impact().errors(), run.impact().profiles());
    }

    private static void failIfAnyBad(List<String> errors, int evaluated) {
        if (!errors.isEmpty()) {
            throw LadderException.someProfiles(errors, evaluated, "could not be evaluated");
        }
    }

    private static String describe(Summary summary) {
        return Text.count(summary.files(), "file", "files") + ", " + Text.count(summary.rules(), "rule", "rules")
                + ", ladder " + summary.ladder() + ", "
                + RuleCompiler.abbreviate(summary.fingerprint());
    }

    private static void print(CommandContext context, String text) {
        PrintWriter out = context.outputWriter();
        out.println(text);
        out.flush();
    }
}
