package dev.sreladder.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.CurrentRules;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.Coverage;
import dev.sreladder.evaluation.Coverage.RuleCoverage;
import dev.sreladder.evaluation.CoverageCount;
import dev.sreladder.evaluation.Impact;
import dev.sreladder.evaluation.Impact.ProfileImpact;
import dev.sreladder.evaluation.RuleImpact;
import dev.sreladder.evaluation.RuleWorkbench.Summary;
import dev.sreladder.evaluation.RuleWorkbench;
import dev.sreladder.evaluation.SampleCheck;
import dev.sreladder.evaluation.SampleTests;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.storage.Database;
import dev.sreladder.storage.StoredProfiles;
import dev.sreladder.system.LadderException;

/** The maintainer's {@code rules ...} commands: validate, reload, list, test, coverage, impact. */
@Component
class RulesCommands {

    private static final String GROUP = "Rules";
    /** Where rules test, coverage and impact find profiles when no folder is given. */
    static final String SAMPLES = "samples";
    static final String STORED = "the stored profiles";

    static final String VALIDATE_HELP = """
            rules validate [DIR]

            Compiles the rule files (*.drl) in DIR, by default the rules in use read again from
            disk, without touching the rules in use. Each problem is printed as path:line: message
            and the exit code is 1. Besides Drools' own errors, a rule is refused when it calls
            System.exit, Runtime or ProcessBuilder, does file or network I/O, uses reflection,
            imports anything outside the fact model (see rules/README.md), or lacks @code(...)
            or @section(...) metadata. Start-up and rules reload apply the same checks.""";

    static final String RELOAD_HELP = """
            rules reload

            Compiles the rules folder again and swaps the new rules in at once. A reload that
            fails changes nothing: the rules in use keep serving and the errors are shown as
            path:line: message. Evaluations already running finish on the rules they started with.""";

    static final String LIST_HELP = """
            rules list

            Every rule in use: its code, its kind (expectation, trap, note, verdict or other),
            the level it is about, where it is written (file:line) and its article section.""";

    static final String TEST_HELP = """
            rules test [DIR]

            Evaluates every profile in DIR (default: samples) that carries an expected: block
            (verdict, score, traps, gaps, blockers, notes; lists compared as sets of codes) and
            prints PASS or FAIL per profile, with each difference. Exits 1 when any fails.""";

    static final String COVERAGE_HELP = """
            rules coverage [DIR]

            Evaluates every profile in DIR (default: samples) and lists, for each rule in use, how
            many profiles it fired for; rules that fired for none are listed at the end.""";

    static final String IMPACT_HELP = """
            rules impact DIR [--profiles FOLDER]

            What an edit would change before it lands: evaluates the profiles under the rules in
            use and under the rules in DIR, and lists every profile whose verdict, score or
            findings (kind, code, level) would differ, with before and after. Nothing is swapped in.

              DIR          the edited rules folder (e.g. a copy of rules/)
              --profiles   a profile file or folder (default: the stored profiles' latest versions,
                           or samples/ when nothing is stored)""";

    private final RuleWorkbench workbench;
    private final SampleTests sampleTests;
    private final CoverageCount coverageCount;
    private final RuleImpact ruleImpact;
    private final StoredProfiles storedProfiles;
    private final Database database;
    private final TextStyle style;

    RulesCommands(RuleWorkbench workbench, SampleTests sampleTests, CoverageCount coverageCount, RuleImpact ruleImpact,
            StoredProfiles storedProfiles, Database database, TextStyle style) {
        this.workbench = workbench;
        this.sampleTests = sampleTests;
        this.coverageCount = coverageCount;
        this.ruleImpact = ruleImpact;
        this.storedProfiles = storedProfiles;
        this.database = database;
        this.style = style;
    }

    @Command(name = {"rules", "validate"}, group = GROUP, description = "Compile-check a rules folder",
            help = VALIDATE_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesValidate(@Argument(index = 0, description = "rules folder (default: the rules in use)") String dir,
            CommandContext context) {
        Summary summary = workbench.validate(dir == null || dir.isBlank() ? null : Path.of(dir));
        print(context, "Valid: the rules in " + summary.origin() + " (" + describe(summary) + ").");
    }

    @Command(name = {"rules", "reload"}, group = GROUP, description = "Compile the rules folder and swap it in",
            help = RELOAD_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME)
    public void rulesReload(CommandContext context) {
        CurrentRules.Reloaded reloaded;
        try {
            reloaded = workbench.reload();
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
            help = LIST_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME)
    public void rulesList(CommandContext context) {
        List<RuleInfo> rules = workbench.list();
        int code = width(rules.stream().map(RuleInfo::code).toList(), "CODE");
        int place = width(rules.stream().map(RuleInfo::location).toList(), "FILE:LINE");
        String format = "%-" + code + "s  %-11s  %-6s  %-" + place + "s  %s%n";
        StringBuilder text = new StringBuilder(style.bold(String.format(format, "CODE", "KIND", "LEVEL", "FILE:LINE",
                "SECTION")));
        for (RuleInfo rule : rules) {
            text.append(String.format(format, rule.code(), rule.kind().label(),
                    rule.level() == null ? "-" : rule.level().name(), rule.location(), rule.section()));
        }
        text.append(rules.size()).append(" rules");
        print(context, text.toString());
    }

    @Command(name = {"rules", "test"}, group = GROUP, description = "Check the samples' expected outcomes",
            help = TEST_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesTest(@Argument(index = 0, description = "profile folder (default: samples)") String dir,
            CommandContext context) {
        List<SampleCheck> checks = sampleTests.test(profilesOrSamples(dir));
        StringBuilder text = new StringBuilder();
        for (SampleCheck check : checks) {
            if (!check.expected()) {
                text.append(style.dim("SKIP  " + check.source() + " (no expected: block)")).append('\n');
            } else if (check.passed()) {
                text.append(style.green("PASS")).append("  ").append(check.source()).append('\n');
            } else {
                text.append(style.red("FAIL")).append("  ").append(check.source()).append('\n');
                check.error().ifPresent(error -> text.append("      ").append(error).append('\n'));
                check.differences().forEach(difference -> text.append("      ").append(difference).append('\n'));
            }
        }
        long tested = checks.stream().filter(SampleCheck::expected).count();
        long failed = checks.stream().filter(check -> check.expected() && !check.passed()).count();
        text.append(tested).append(" tested: ").append(tested - failed).append(" passed, ").append(failed)
                .append(" failed");
        print(context, text.toString());
        if (tested == 0) {
            throw LadderException.badInput("no profile in " + profilesOrSamples(dir)
                    + " has an expected: block, so nothing was tested");
        }
        if (failed > 0) {
            throw LadderException.badInput(failed + " of " + tested + " samples do not get the outcome they expect");
        }
    }

    @Command(name = {"rules", "coverage"}, group = GROUP, description = "How many profiles each rule fires for",
            help = COVERAGE_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesCoverage(@Argument(index = 0, description = "profile folder (default: samples)") String dir,
            CommandContext context) {
        String folder = profilesOrSamples(dir);
        Coverage coverage = coverageCount.count(folder);
        int code = width(coverage.rules().stream().map(rule -> rule.rule().code()).toList(), "CODE");
        String format = "%8s  %-" + code + "s  %-11s  %-6s  %s%n";
        StringBuilder text = new StringBuilder("Rules fired for the " + coverage.profiles() + " profiles in " + folder
                + ":\n");
        text.append(style.bold(String.format(format, "PROFILES", "CODE", "KIND", "LEVEL", "FILE:LINE")));
        for (RuleCoverage rule : coverage.rules()) {
            text.append(String.format(format, rule.profiles(), rule.rule().code(), rule.rule().kind().label(),
                    rule.rule().level() == null ? "-" : rule.rule().level().name(), rule.rule().location()));
        }
        List<RuleInfo> never = coverage.neverFired();
        if (never.isEmpty()) {
            text.append("Every rule fired for at least one profile.");
        } else {
            text.append('\n').append(style.bold("NEVER FIRED")).append(" (").append(never.size()).append(")\n");
            never.forEach(rule -> text.append("  ").append(rule.code()).append("  \"").append(rule.name())
                    .append("\"  ").append(rule.location()).append('\n'));
            text.setLength(text.length() - 1);
        }
        print(context, text.toString());
        failIfAnyBad(coverage.errors(), coverage.profiles());
    }

    @Command(name = {"rules", "impact"}, group = GROUP, description = "What the rules in a folder would change",
            help = IMPACT_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void rulesImpact(@Argument(index = 0, description = "the edited rules folder") String dir,
            @Option(longName = "profiles", description = "profile file or folder (default: samples)") String profiles,
            CommandContext context) {
        String rulesDir = Arguments.required(dir, "rules impact", "the folder of the edited rules", IMPACT_HELP);
        String profilesRef = profiles != null && !profiles.isBlank() ? profiles
                : storedProfilesExist() ? STORED : profilesOrSamples(null);
        Impact impact = ruleImpact.impact(Path.of(rulesDir), impactProfiles(profilesRef));
        StringBuilder text = new StringBuilder("Rules in " + rulesDir + " (" + RuleCompiler.abbreviate(
                impact.after().fingerprint()) + ") against the rules in use (" + RuleCompiler.abbreviate(
                        impact.before().fingerprint()) + "), on " + impact.profiles() + " profiles in " + profilesRef
                + ":\n");
        for (ProfileImpact changed : impact.changed()) {
            text.append('\n').append(style.bold(changed.profile())).append("  ").append(style.dim(changed.source()))
                    .append('\n');
            text.append("    verdict ").append(change(changed.verdictBefore().name(), changed.verdictAfter().name()))
                    .append("   score ").append(change(changed.scoreBefore() + "%", changed.scoreAfter() + "%"))
                    .append('\n');
            changed.findingsGone().forEach(finding -> text.append("    - ").append(finding).append('\n'));
            changed.findingsNew().forEach(finding -> text.append("    + ").append(finding).append('\n'));
        }
        text.append('\n').append(impact.changed().isEmpty() ? "No profile would change"
                : impact.changed().size() + " of " + impact.profiles() + " profiles would change")
                .append("; nothing was swapped in.");
        print(context, text.toString());
        failIfAnyBad(impact.errors(), impact.profiles());
    }

    /** The profiles rules impact compares: the stored ones by default, else the samples, or those given. */
    private List<ProfileLoader.Loaded> impactProfiles(String ref) {
        if (ref.equals(STORED)) {
            return storedProfiles.allLatest().stream()
                    .map(stored -> new ProfileLoader.Loaded(stored.document().source(), stored.document(), stored, null))
                    .toList();
        }
        return ruleImpact.profiles(ref);
    }

    /** Opens the database only when its file exists: checking must not create one. */
    private boolean storedProfilesExist() {
        return database.exists() && !storedProfiles.allLatest().isEmpty();
    }

    private static String profilesOrSamples(String ref) {
        if (ref != null && !ref.isBlank()) {
            return ref;
        }
        if (!Files.isDirectory(Path.of(SAMPLES))) {
            throw LadderException.badInput("there is no " + SAMPLES + "/ folder here; give a folder of profiles");
        }
        return SAMPLES;
    }

    private static void failIfAnyBad(List<String> errors, int evaluated) {
        if (!errors.isEmpty()) {
            throw LadderException.badInput(String.join("\n", errors) + "\n" + errors.size() + " of "
                    + (errors.size() + evaluated) + " profiles could not be evaluated");
        }
    }

    private static String change(String before, String after) {
        return before.equals(after) ? before + " (same)" : before + " → " + after;
    }

    private static String describe(Summary summary) {
        return summary.files() + " files, " + summary.rules() + " rules, " + RuleCompiler.abbreviate(summary.fingerprint());
    }


    private static int width(List<String> values, String header) {
        return Math.max(header.length(), values.stream().mapToInt(value -> value == null ? 1 : value.length()).max()
                .orElse(0));
    }

    private static void print(CommandContext context, String text) {
        PrintWriter out = context.outputWriter();
        out.println(text);
        out.flush();
    }
}
