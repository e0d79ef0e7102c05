package dev.sreladder.rules;

import static dev.sreladder.rules.TrialFailures.at;
import static dev.sreladder.rules.TrialFailures.constraintProblem;
import static dev.sreladder.rules.TrialFailures.explain;
import static dev.sreladder.rules.TrialFailures.failed;
import static dev.sreladder.rules.TrialFailures.rootOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.runtime.rule.ConsequenceException;

import dev.sreladder.change.SmallestChange;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.LadderFile;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Values;
import dev.sreladder.system.LadderException;

/**
 * A rule set is tried before it serves: right after it compiles, it evaluates the samples beside
 * its folder and, for every level and every target at or above it, an empty profile (every value
 * 0) and a full one (every rating at the scale's top, counts and numbers high, shares at 1), and
 * the profiles generated from the ladder and the rules' conditions to reach every verdict rule and
 * trap ({@link ReachingProfiles}), so that two verdict rules firing for one profile or a trap whose
 * way out does not clear it are found with or without samples. A rule that throws, loops, leaves a
 * profile with no verdict or two, compares a value with the wrong type, or whose trap's way out
 * ({@code requires}) does not clear the trap refuses the set, each problem as "path:line: message"
 * at the rule, exactly like a compile error; so does a level that no rule expects anything of, at
 * the ladder file's line. A set with no verdict rule at all is refused at once, of its folder.
 * Start-up, {@code rules reload} and {@code rules validate} try every set they compile; stored rule
 * sets replay as they were accepted and are never tried again.
 */
public final class RuleTrial {

    private static final String LOOPS = "loops";

    private final Function<Ladder, List<TriedProfile>> samples;
    private final Evaluator evaluator = new Evaluator();

    private RuleTrial(Function<Ladder, List<TriedProfile>> samples) {
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
        Path folder = TrialProfiles.samplesFolder(rulesDir);
        return new RuleTrial(ladder -> folder == null ? List.of() : TrialProfiles.samplesIn(folder, ladder));
    }

    /** The rules, when they pass; otherwise they are closed and the refusal lists every problem. */
    public RuleSet tried(RuleSet rules) {
        Outcome outcome;
        try {
            requireAVerdictRule(rules);
            outcome = run(rules);
        } catch (RuntimeException e) {
            rules.close();
            throw e;
        }
        if (outcome.problems().isEmpty()) {
            return rules;
        }
        rules.close();
        List<String> lines = Problem.lines(outcome.problems());
        int generated = outcome.tried().size() - outcome.samples();
        throw LadderException.badInput("the rules in " + rules.origin() + " compile but fail when tried on "
                + outcome.tried().size() + " profiles (" + (outcome.samples() == 0 ? "no samples beside them; "
                        : outcome.samples() + " samples and ") + generated + " generated from the ladder and the"
                + " rules' conditions to reach every verdict rule and trap):\n" + String.join("\n", lines));
    }

    /**
     * What a trial found: the profiles tried (the samples, then the generated ones, each once), how many
     * of them were samples, the problems, and the names of the rules that fired for some profile.
     */
    record Outcome(List<TriedProfile> tried, int samples, List<Problem> problems, Set<String> reached) {
    }

    /**
     * Tries the rules on the samples, an empty and a full profile for each level and target, and the
     * profiles of {@link ReachingProfiles} in its three rounds (the traps sprung, every count of gaps,
     * then blockers and traps where the counts showed they matter); stops at the first loop.
     */
    Outcome run(RuleSet rules) {
        Run run = new Run(rules);
        List<Problem> levels = levelsExpectingNothing(rules);
        run.tryAll(samples.apply(rules.ladder()), false);
        int samplesTried = run.tried.size();
        run.tryAll(TrialProfiles.generated(rules.ladder()), true);
        ReachingProfiles reaching = new ReachingProfiles(rules);
        run.tryAll(reaching.springs(), true);
        run.tryAll(reaching.gapCounts(), true);
        run.tryAll(reaching.variants(run.sprungAt, run.verdicts), true);
        List<Problem> problems = new ArrayList<>(levels);
        problems.addAll(run.problems.values());
        return new Outcome(List.copyOf(run.tried), samplesTried, List.copyOf(problems), Set.copyOf(run.reached));
    }

    /** Every problem the rules show on the profiles, at most one per rule and kind of problem. */
    List<Problem> problems(RuleSet rules, List<TriedProfile> profiles) {
        Run run = new Run(rules);
        run.tryAll(profiles, false);
        return List.copyOf(run.problems.values());
    }

    /**
     * A folder with no rule that reaches a verdict fails on every profile alike: said once, of the
     * folder, with what to copy, rather than at its first file.
     */
    private static void requireAVerdictRule(RuleSet rules) {
        if (rules.rules().stream().noneMatch(rule -> rule.kind() == RuleKind.VERDICT)) {
            throw LadderException.badInput("no rule in " + rules.origin() + " reaches a verdict: copy"
                    + " rules/verdict.drl, which draws the verdict from the findings"
                    + " (insert(verdictReached(drools, Verdict.NOT_YET)) and the like, one rule for each case,"
                    + " exactly one firing for any profile), into "
                    + rules.origin() + " and adapt it to your ladder");
        }
    }

    /**
     * A level the ladder lists that no rule expects anything of (a level file emptied by mistake)
     * would pass anyone who reached it: refused at the level in the ladder file, when other levels
     * expect something (a set with no expectation at all is one of traps and notes, as a test's).
     */
    private static List<Problem> levelsExpectingNothing(RuleSet rules) {
        List<Problem> problems = new ArrayList<>();
        if (rules.expectations(rules.ladder().lowest(), rules.ladder().top()).isEmpty()) {
            // No expectation at any level: a set of traps and notes alone, not a level file emptied by mistake.
            return problems;
        }
        Optional<RuleFile> ladderFile = rules.files().stream().filter(RuleFile::isLadder).findFirst();
        for (Level level : rules.ladder().levels()) {
            if (!rules.expectations(level, level).isEmpty()) {
                continue;
            }
            String message = "the ladder lists level " + level + " but no rule in " + rules.origin()
                    + " expects anything of it (no rule with Checking(level == \"" + level + "\") inserts an"
                    + " expectation(...)): write its expectations, as the other levels' files do, or take " + level
                    + " out of the ladder's levels";
            problems.add(ladderFile.map(file -> new Problem(file.path(),
                    LadderFile.lineOfLevel(file.content(), level.name()), message))
                    .orElseGet(() -> new Problem(rules.origin() + " (the article's ladder: no " + Ladder.FILE_NAME
                            + " in the folder)", 1, message)));
        }
        return problems;
    }

    /** One trial's state: the problems found, the traps sprung and where, the rules reached, the profiles tried. */
    private final class Run {
        private final RuleSet rules;
        private final Map<String, Problem> problems = new LinkedHashMap<>();
        private final Map<String, Set<ReachingProfiles.Standing>> sprungAt = new HashMap<>();
        private final Set<String> reached = new HashSet<>();
        private final List<TriedProfile> tried = new ArrayList<>();
        /** The generated profiles already evaluated, with the traps that fired for each. */
        private final Map<Same, Set<String>> evaluated = new HashMap<>();
        /** The verdict rule each profile tried reached. */
        private final Map<TriedProfile, String> verdicts = new IdentityHashMap<>();

        Run(RuleSet rules) {
            this.rules = rules;
        }

        /** Evaluates each profile (each generated one once) and takes each trap's way out; stops at a loop. */
        void tryAll(List<TriedProfile> profiles, boolean generated) {
            for (TriedProfile profile : profiles) {
                if (loops()) {
                    // Each loop runs to the firing limit: one is enough to refuse the set, and quickly.
                    return;
                }
                Optional<Same> same = generated ? Same.of(profile) : Optional.empty();
                if (same.isPresent() && evaluated.containsKey(same.get())) {
                    continue;
                }
                tried.add(profile);
                Optional<Evaluation> evaluation = evaluate(profile.profile(), profile.target(), profile.name());
                same.ifPresent(key -> evaluated.put(key, evaluation.map(Run::traps).orElse(Set.of())));
                evaluation.ifPresent(done -> verdicts.put(profile, done.verdictRule()));
                evaluation.ifPresent(done -> checkWaysOut(profile, done));
            }
        }

        private boolean loops() {
            return problems.keySet().stream().anyMatch(key -> key.endsWith(":" + LOOPS));
        }

        private static Set<String> traps(Evaluation evaluation) {
            return evaluation.findings(FindingKind.TRAP).stream().map(Finding::code).collect(Collectors.toSet());
        }

        private Optional<Evaluation> evaluate(Profile profile, Level target, String name) {
            Firings firings = new Firings();
            Optional<Evaluation> evaluation = RuleTrial.this.evaluate(rules, profile, target, name, problems,
                    firings);
            reached.addAll(firings.counts.keySet());
            evaluation.ifPresent(done -> done.findings(FindingKind.TRAP).forEach(trap -> sprungAt
                    .computeIfAbsent(trap.rule(), rule -> new HashSet<>())
                    .add(ReachingProfiles.standing(profile.level(), done.target()))));
            return evaluation;
        }

        /**
         * Each trap's way out taken with the smallest change: evaluated again, the trap must no longer
         * fire, or the way out the finding shows would mislead whoever follows it.
         */
        private void checkWaysOut(TriedProfile tried, Evaluation evaluation) {
            for (Finding trap : evaluation.findings(FindingKind.TRAP)) {
                String kind = "way out of " + trap.code();
                if (trap.requires().isEmpty()) {
                    add(problems, kind, at(rules, trap.rule(), ruleOf(trap) + "trap \"" + trap.code() + "\" fires for "
                            + tried.name() + " with nothing left in its way out (it names none, or all of it is met"
                            + " already): a trap names the conditions that clear it after its advice in trap(...),"
                            + " and they must clear it"));
                    continue;
                }
                String wayOut = String.join(", ", trap.requires().stream().map(Condition::condition).toList());
                Optional<Profile> out = SmallestChange.meetingAll(trap.requires(), tried.profile(),
                        SmallestChange.Choosing.CHEAPEST_FIRST);
                if (out.isEmpty()) {
                    add(problems, kind, at(rules, trap.rule(), ruleOf(trap) + "the way out of trap \"" + trap.code()
                            + "\" (" + wayOut + ") asks for a value no profile can have: keep it within each key's"
                            + " scale"));
                    continue;
                }
                String after = "the trap's way out (" + wayOut + ") taken";
                TriedProfile taken = new TriedProfile(out.get(), tried.target(), tried.name() + " with " + after);
                Optional<Same> same = Same.of(taken);
                Set<String> still = same.map(evaluated::get).orElse(null);
                if (still == null) {
                    Set<String> fired = evaluate(taken.profile(), taken.target(), taken.name()).map(Run::traps)
                            .orElse(Set.of());
                    same.ifPresent(key -> evaluated.put(key, fired));
                    still = fired;
                }
                if (still.contains(trap.code())) {
                    add(problems, kind, at(rules, trap.rule(), ruleOf(trap) + "trap \"" + trap.code()
                            + "\" still fires for " + tried.name() + " with " + after + ": its way out does not clear"
                            + " it; make the way out what switches the rule's conditions off"));
                }
            }
        }
    }

    /** "rule "A senior who …": " before what the trial says of a trap: the rule, then its code. */
    private static String ruleOf(Finding trap) {
        return "rule \"" + trap.rule() + "\": ";
    }

    /** What makes two generated profiles one for the rules: level, target, years in level and values. */
    private record Same(Level level, Level target, double yearsInLevel, Values values) {

        static Optional<Same> of(TriedProfile tried) {
            Profile profile = tried.profile();
            try {
                return Optional.of(new Same(profile.level(), Evaluator.targetOf(profile, tried.target()),
                        profile.yearsInLevel(), profile.values()));
            } catch (LadderException e) {
                return Optional.empty();
            }
        }
    }

    private Optional<Evaluation> evaluate(RuleSet rules, Profile profile, Level target, String name,
            Map<String, Problem> problems, Firings firings) {
        try {
            Level effective = Evaluator.targetOf(profile, target);
            rules.expectations(profile.level(), effective);
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
        return firings.firing != null ? "throws" : firings.total >= RuleBounds.MAX_FIRINGS ? LOOPS : "verdicts";
    }

    private static void add(Map<String, Problem> problems, String kind, Problem problem) {
        problems.putIfAbsent(problem.path() + ":" + problem.line() + ":" + kind, problem);
    }
}
