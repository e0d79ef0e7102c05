package dev.sreladder.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mvel2.CompileException;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.LadderException;

/**
 * A rule set is tried before it serves: right after it compiles, it evaluates the samples beside
 * its folder and, for every level and every target at or above it, an empty profile (every value
 * 0) and a full one (every rating at the scale's top, counts and numbers high, shares at 1). A
 * rule that throws, loops, leaves a profile with no verdict or two, compares a value with the
 * wrong type, or whose trap's way out ({@code requires}) does not clear the trap refuses the set,
 * each problem as "path:line: message" at the rule, exactly like a compile error. Start-up,
 * {@code rules reload} and {@code rules validate} try every set they compile; stored rule sets
 * replay as they were accepted and are never tried again.
 */
public final class RuleTrial {

    /** Where the samples of a rules folder are: a {@code samples} folder beside it. */
    public static final String SAMPLES = "samples";
    /** What a full profile has of every count and number (a rating is at the scale's top, a share at 1). */
    static final double HIGH = 100;
    /** The years in level of a full profile. */
    static final double YEARS = 10;

    private static final Pattern CONSTRAINT = Pattern.compile(
            "Error evaluating constraint '(.*)' in \\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TEXT_LITERAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern INPUT_STRING = Pattern.compile("For input string: \"([^\"]*)\"");

    private static final String LOOPS = "loops";

    private final Function<Ladder, List<Tried>> samples;
    private final Evaluator evaluator = new Evaluator();

    private RuleTrial(Function<Ladder, List<Tried>> samples) {
        this.samples = samples;
    }

    /** A trial on the generated profiles only: no samples. */
    public static RuleTrial generatedOnly() {
        return new RuleTrial(ladder -> List.of());
    }

    /**
     * A trial on the samples of the rules in {@code rulesDir} (the configured folder; blank for
     * {@code ./rules} or the packaged rules) and on the generated profiles. The samples are the
     * {@code samples} folder beside the rules folder, else {@code samples/} in the working directory;
     * a sample that does not read against the rules' ladder is not one of theirs and is left out
     * ({@code rules test} reports it).
     */
    public static RuleTrial forRulesIn(String rulesDir) {
        return forRulesIn(rulesDir == null || rulesDir.isBlank() ? null : Path.of(rulesDir));
    }

    /** As {@link #forRulesIn(String)}; null for {@code ./rules} or the packaged rules. */
    public static RuleTrial forRulesIn(Path rulesDir) {
        Path folder = samplesFolder(rulesDir);
        return new RuleTrial(ladder -> folder == null ? List.of() : samplesIn(folder, ladder));
    }

    /** The samples folder of a rules folder (null: the default rules), or null when there is none. */
    public static Path samplesFolder(Path rulesDir) {
        if (rulesDir != null) {
            Path parent = rulesDir.toAbsolutePath().normalize().getParent();
            Path beside = parent == null ? null : parent.resolve(SAMPLES);
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        }
        Path here = Path.of(SAMPLES);
        return Files.isDirectory(here) ? here : null;
    }

    private static List<Tried> samplesIn(Path folder, Ladder ladder) {
        ProfileReader reader = new ProfileReader();
        List<Tried> read = new ArrayList<>();
        for (Path file : ProfileFiles.inFolder(folder)) {
            try {
                read.add(new Tried(reader.read(file, ladder).profile(), null, "the sample " + shown(file)));
            } catch (LadderException e) {
                // Not a profile of this ladder, or a broken one: rules test names it; the rules are not at fault.
            }
        }
        return read;
    }

    /** A file under the working directory by its relative path, as the commands name files. */
    private static Path shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : file;
    }

    /** One profile the rules are tried on, the target asked for (null: its default), and how messages name it. */
    record Tried(Profile profile, Level target, String name) {
    }

    /** The rules, when they pass; otherwise they are closed and the refusal lists every problem. */
    public RuleSet tried(RuleSet rules) {
        List<RuleCompiler.Problem> problems;
        int profiles;
        try {
            List<Tried> all = profiles(rules.ladder());
            profiles = all.size();
            problems = problems(rules, all);
        } catch (RuntimeException e) {
            rules.close();
            throw e;
        }
        if (problems.isEmpty()) {
            return rules;
        }
        rules.close();
        List<String> lines = problems.stream()
                .sorted(Comparator.comparing(RuleCompiler.Problem::path).thenComparingInt(RuleCompiler.Problem::line))
                .map(RuleCompiler.Problem::toString).distinct().toList();
        throw LadderException.badInput("the rules in " + rules.origin() + " compile but fail when tried on "
                + profiles + " profiles (the samples, and an empty and a full one for each level and target):\n"
                + String.join("\n", lines));
    }

    /** The samples, then the generated profiles: what {@link #tried} evaluates. */
    List<Tried> profiles(Ladder ladder) {
        List<Tried> all = new ArrayList<>(samples.apply(ladder));
        all.addAll(generated(ladder));
        return all;
    }

    /**
     * For every level and every target at or above it, an empty and a full profile; towards the
     * next level (the top level: itself) the target is left to its default.
     */
    static List<Tried> generated(Ladder ladder) {
        List<Tried> generated = new ArrayList<>();
        for (Level level : ladder.levels()) {
            Profile empty = Profile.empty("trial-" + idOf(level), level, null, ladder);
            Profile full = full(empty);
            for (Level target : ladder.levels()) {
                if (target.isBelow(level)) {
                    continue;
                }
                boolean byDefault = target.equals(ladder.next(level));
                String towards = target.equals(level) ? " (meets level)" : " towards " + target;
                String empties = "the generated empty " + level + " profile" + towards + " (every value 0)";
                String fulls = "the generated full " + level + " profile" + towards
                        + " (every rating at the top, counts " + Requirement.format(HIGH) + ", shares 1)";
                generated.add(new Tried(empty, byDefault ? null : target, empties));
                generated.add(new Tried(full, byDefault ? null : target, fulls));
            }
        }
        return generated;
    }

    private static String idOf(Level level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Profile full(Profile empty) {
        Profile full = empty;
        for (ProfileKey key : empty.ladder().keys()) {
            double value = key.group() == ProfileKey.Group.PROFILE ? YEARS
                    : key.scale().bounded() ? key.scale().max() : HIGH;
            full = full.with(key.name(), value);
        }
        return full;
    }

    /** Every problem the rules show on the profiles, at most one per rule and kind of problem. */
    List<RuleCompiler.Problem> problems(RuleSet rules, List<Tried> profiles) {
        Map<String, RuleCompiler.Problem> problems = new LinkedHashMap<>();
        for (Tried tried : profiles) {
            Optional<Evaluation> evaluation = evaluate(rules, tried.profile(), tried.target(), tried.name(),
                    problems);
            evaluation.ifPresent(done -> checkWaysOut(rules, tried, done, problems));
            if (problems.keySet().stream().anyMatch(key -> key.endsWith(":" + LOOPS))) {
                // Each loop runs to the firing limit: one is enough to refuse the set, and quickly.
                break;
            }
        }
        return List.copyOf(problems.values());
    }

    /** Counts each rule's firings, and knows which rule is firing now (the one whose consequence threw). */
    private static final class Firings extends DefaultAgendaEventListener {
        private final Map<String, Integer> counts = new HashMap<>();
        private String firing;
        private int total;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
            counts.merge(firing, 1, Integer::sum);
            total++;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
        }
    }

    private Optional<Evaluation> evaluate(RuleSet rules, Profile profile, Level target, String name,
            Map<String, RuleCompiler.Problem> problems) {
        Firings firings = new Firings();
        try {
            Level effective = Evaluator.targetOf(profile, target);
            rules.declarations(profile.level(), effective);
            return Optional.of(evaluator.evaluate(rules, profile, target, firings));
        } catch (ConsequenceException e) {
            // An expectation rule's consequence, while the level's expectations were declared.
            Throwable root = rootOf(e);
            add(problems, "throws", failed(rules, e.getRule().getName(), name, root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage())));
        } catch (LadderException e) {
            add(problems, kindOf(firings), explain(rules, e, firings, profile, name));
        } catch (RuntimeException e) {
            add(problems, "constraint", constraintProblem(rules, e, name));
        }
        return Optional.empty();
    }

    private static String kindOf(Firings firings) {
        return firings.firing != null ? "throws" : firings.total >= Evaluator.MAX_FIRINGS ? LOOPS : "verdicts";
    }

    private static void add(Map<String, RuleCompiler.Problem> problems, String kind, RuleCompiler.Problem problem) {
        problems.putIfAbsent(problem.path() + ":" + problem.line() + ":" + kind, problem);
    }

    /** What the evaluator refused, told at the rule: a consequence that threw, a loop, a verdict count. */
    private static RuleCompiler.Problem explain(RuleSet rules, LadderException e, Firings firings, Profile profile,
            String name) {
        if (firings.firing != null) {
            // The evaluator's "rule "…" failed for <id>: <cause>", said here of the profile as the trial names it.
            String said = "rule \"" + firings.firing + "\" failed for " + profile.id() + ": ";
            String message = e.getMessage();
            return failed(rules, firings.firing, name, message.startsWith(said) ? message.substring(said.length())
                    : message);
        }
        if (firings.total >= Evaluator.MAX_FIRINGS) {
            Map.Entry<String, Integer> most = firings.counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            return at(rules, most.getKey(), "rule \"" + most.getKey() + "\" fired " + most.getValue()
                    + " of " + firings.total + " times for " + name + " and the rules never finished: it re-triggers"
                    + " itself (it inserts a fact that its own conditions match again, such as a note on every"
                    + " Finding); narrow its conditions so that what it inserts no longer matches them");
        }
        List<RuleInfo> verdictRules = rules.rules().stream().filter(rule -> rule.kind() == RuleKind.VERDICT).toList();
        List<RuleInfo> reached = verdictRules.stream().filter(rule -> firings.counts.containsKey(rule.name()))
                .toList();
        Optional<RuleInfo> repeated = reached.stream().filter(rule -> firings.counts.get(rule.name()) > 1)
                .findFirst();
        if (repeated.isPresent()) {
            RuleInfo twice = repeated.get();
            return new RuleCompiler.Problem(twice.file(), twice.line(), "rule \"" + twice.name() + "\" reached a"
                    + " verdict " + firings.counts.get(twice.name()) + " times for " + name + "; a verdict rule must"
                    + " fire once per profile: match findings with exists, not or accumulate, not one by one");
        }
        if (reached.size() >= 2) {
            RuleInfo last = reached.get(reached.size() - 1);
            return new RuleCompiler.Problem(last.file(), last.line(), "rules "
                    + String.join(" and ", reached.stream().map(rule -> "\"" + rule.name() + "\" ("
                            + rule.location() + ")").toList())
                    + " each reached a verdict for " + name + "; exactly one verdict rule must fire for any profile:"
                    + " make their conditions exclude each other");
        }
        if (reached.isEmpty() && e.getMessage().contains(" reached 0 verdicts")) {
            if (verdictRules.isEmpty()) {
                RuleInfo first = rules.rules().get(0);
                return new RuleCompiler.Problem(first.file(), 1, "no rule reaches a verdict (insert("
                        + "verdictReached(drools, Verdict.X))): every profile needs exactly one verdict");
            }
            RuleInfo first = verdictRules.get(0);
            return new RuleCompiler.Problem(first.file(), first.line(), "no verdict rule fired for "
                    + name + " (verdict rules: " + String.join(", ", verdictRules.stream().map(rule -> "\""
                            + rule.name() + "\" (" + rule.location() + ")").toList())
                    + "); every profile needs exactly one verdict: cover it with one of them");
        }
        RuleInfo first = rules.rules().get(0);
        return new RuleCompiler.Problem(first.file(), 1, "the rules fail for " + name + ": " + e.getMessage());
    }

    private static RuleCompiler.Problem failed(RuleSet rules, String rule, String name, String what) {
        return at(rules, rule, "rule \"" + rule + "\" throws for " + name + ": " + what);
    }

    private static RuleCompiler.Problem at(RuleSet rules, String rule, String message) {
        Optional<RuleInfo> info = rules.rule(rule);
        return info.map(found -> new RuleCompiler.Problem(found.file(), found.line(), message))
                .orElseGet(() -> new RuleCompiler.Problem(rules.rules().get(0).file(), 1, message));
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * A failure outside the evaluator's own checks (a condition that could not be evaluated), as
     * "path:line: message" at the rule: for {@code rules impact}, which reports it per profile.
     */
    static String failure(RuleSet rules, RuntimeException e, String name) {
        return constraintProblem(rules, e, name).toString();
    }

    /**
     * A condition that failed while facts were matched: Drools names the rule when evaluating it
     * threw ("Error evaluating constraint '…' in [Rule "…" in …]"), not when MVEL could not compile it
     * (a value compared with text); either way the condition's text is found in the rule files.
     */
    private static RuleCompiler.Problem constraintProblem(RuleSet rules, RuntimeException e, String name) {
        String expression = null;
        String rule = null;
        Matcher named = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        if (named.find()) {
            expression = named.group(1);
            rule = named.group(2).replace("\\\"", "\"");
        }
        for (Throwable cause = e; cause != null && expression == null; cause = cause.getCause()) {
            if (cause instanceof CompileException compile && compile.getExpr() != null) {
                expression = new String(compile.getExpr()).strip();
            }
        }
        Throwable root = rootOf(e);
        if (expression == null) {
            return new RuleCompiler.Problem(rules.rules().get(0).file(), 1, "the rules fail for " + name + ": "
                    + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()));
        }
        String why = whyItFails(expression, root);
        Optional<RuleCompiler.Problem> found = locate(rules, expression, rule, name, why);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "the condition '" + expression + "' fails for " + name + ": " + why;
        return rule != null ? at(rules, rule, "rule \"" + rule + "\": " + message)
                : new RuleCompiler.Problem(rules.rules().get(0).file(), 1, message);
    }

    private static String whyItFails(String expression, Throwable root) {
        String literal = null;
        Matcher input = INPUT_STRING.matcher(String.valueOf(root.getMessage()));
        if (input.find()) {
            literal = input.group(1);
        }
        if (literal == null) {
            // The last text in the condition is what it compares with; value("key") names a key first.
            Matcher text = TEXT_LITERAL.matcher(expression);
            while (text.find()) {
                literal = text.group(1) != null ? text.group(1) : text.group(2);
            }
        }
        if ((root instanceof NumberFormatException || root instanceof ClassCastException) && literal != null) {
            return "it compares a number with the text \"" + literal + "\"; a profile's values (value(\"key\"),"
                    + " yearsInLevel) are numbers: compare them with a number, such as 0.5, without quotes";
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** The condition's own line, in the rule that holds it (the one named, else any). */
    private static Optional<RuleCompiler.Problem> locate(RuleSet rules, String expression, String rule, String name,
            String why) {
        Pattern written = writtenAs(expression);
        for (RuleFile file : rules.files()) {
            if (file.isLadder()) {
                continue;
            }
            List<RuleInfo> inFile = rules.rules().stream().filter(info -> info.file().equals(file.path()))
                    .sorted(Comparator.comparingInt(RuleInfo::line)).toList();
            Matcher matcher = written.matcher(file.content());
            while (matcher.find()) {
                int line = lineAt(file.content(), matcher.start());
                RuleInfo holder = null;
                for (RuleInfo info : inFile) {
                    if (info.line() <= line) {
                        holder = info;
                    }
                }
                if (holder != null && (rule == null || holder.name().equals(rule))) {
                    return Optional.of(new RuleCompiler.Problem(file.path(), line, "rule \"" + holder.name()
                            + "\": the condition " + expression + " cannot be evaluated for " + name + ": " + why));
                }
            }
        }
        return Optional.empty();
    }

    /** The expression as it may be written: any white space between its characters. */
    private static Pattern writtenAs(String expression) {
        StringBuilder regex = new StringBuilder();
        for (char c : expression.replaceAll("\\s+", "").toCharArray()) {
            regex.append(regex.length() == 0 ? "" : "\\s*").append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    /**
     * Each trap's way out taken with the smallest change: evaluated again, the trap must no longer
     * fire, or the way out the finding shows would mislead whoever follows it.
     */
    private void checkWaysOut(RuleSet rules, Tried tried, Evaluation evaluation,
            Map<String, RuleCompiler.Problem> problems) {
        for (Finding trap : evaluation.findings()) {
            if (trap.kind() != FindingKind.TRAP) {
                continue;
            }
            String kind = "way out of " + trap.code();
            if (trap.requires().isEmpty()) {
                add(problems, kind, at(rules, trap.rule(), "trap \"" + trap.code() + "\" fires for " + tried.name()
                        + " with nothing left in its way out (it names none, or all of it is met already): a trap"
                        + " names the conditions that clear it after its advice in trap(...), and they must clear it"));
                continue;
            }
            String wayOut = String.join(", ", trap.requires().stream().map(Condition::condition).toList());
            Optional<Profile> out = SmallestChange.meetingAll(trap.requires(), tried.profile(),
                    SmallestChange.Choosing.CHEAPEST_FIRST);
            if (out.isEmpty()) {
                add(problems, kind, at(rules, trap.rule(), "the way out of trap \"" + trap.code() + "\" (" + wayOut
                        + ") asks for a value no profile can have: keep it within each key's scale"));
                continue;
            }
            String after = "the trap's way out (" + wayOut + ") taken";
            Optional<Evaluation> again = evaluate(rules, out.get(), tried.target(), tried.name() + " with " + after,
                    problems);
            if (again.isPresent() && again.get().findings().stream()
                    .anyMatch(finding -> finding.kind() == FindingKind.TRAP && finding.code().equals(trap.code()))) {
                add(problems, kind, at(rules, trap.rule(), "trap \"" + trap.code() + "\" still fires for "
                        + tried.name() + " with " + after + ": its way out does not clear it; make the way out"
                        + " what switches the rule's conditions off"));
            }
        }
    }
}
