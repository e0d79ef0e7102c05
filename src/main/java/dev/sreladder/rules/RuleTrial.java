package dev.sreladder.rules;

import static dev.sreladder.rules.TrialFailures.at;
import static dev.sreladder.rules.TrialFailures.constraintProblem;
import static dev.sreladder.rules.TrialFailures.explain;
import static dev.sreladder.rules.TrialFailures.failed;
import static dev.sreladder.rules.TrialFailures.rootOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kie.api.runtime.rule.ConsequenceException;

import dev.sreladder.change.SmallestChange;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
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
        List<Problem> problems;
        int profiles;
        try {
            List<TriedProfile> all = profiles(rules.ladder());
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
        List<String> lines = Problem.lines(problems);
        throw LadderException.badInput("the rules in " + rules.origin() + " compile but fail when tried on "
                + profiles + " profiles (the samples, and an empty and a full one for each level and target):\n"
                + String.join("\n", lines));
    }

    /** The samples, then the generated profiles: what {@link #tried} evaluates. */
    List<TriedProfile> profiles(Ladder ladder) {
        List<TriedProfile> all = new ArrayList<>(samples.apply(ladder));
        all.addAll(TrialProfiles.generated(ladder));
        return all;
    }

    /** Every problem the rules show on the profiles, at most one per rule and kind of problem. */
    List<Problem> problems(RuleSet rules, List<TriedProfile> profiles) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (TriedProfile tried : profiles) {
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

    private Optional<Evaluation> evaluate(RuleSet rules, Profile profile, Level target, String name,
            Map<String, Problem> problems) {
        Firings firings = new Firings();
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

    /**
     * Each trap's way out taken with the smallest change: evaluated again, the trap must no longer
     * fire, or the way out the finding shows would mislead whoever follows it.
     */
    private void checkWaysOut(RuleSet rules, TriedProfile tried, Evaluation evaluation,
            Map<String, Problem> problems) {
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
