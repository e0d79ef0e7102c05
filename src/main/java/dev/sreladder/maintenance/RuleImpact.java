package dev.sreladder.maintenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.rules.RuleTrial;
import dev.sreladder.rules.TrialFailures;
import dev.sreladder.system.LadderException;

/** {@code rules impact}: what the rules in a folder would change, before they are swapped in. */
public final class RuleImpact {

    private final CurrentRules rules;
    private final RuleCompiler compiler;
    private final ProfileLoader loader;
    private final Evaluator evaluator = new Evaluator();

    public RuleImpact(CurrentRules rules, RuleCompiler compiler, ProfileLoader loader) {
        this.rules = rules;
        this.compiler = compiler;
        this.loader = loader;
    }

    /**
     * Evaluates the profiles under the rules in use and under the rules in {@code dir}, and returns
     * every profile whose verdict, score or findings (kind, code and level) would change, and every
     * profile that could not be read or evaluated, with why. The rules in {@code dir} are compiled
     * for the comparison only, not tried ({@link RuleTrial}): what they would break on these profiles
     * is part of the answer. Nothing is swapped in.
     */
    public Impact impact(Path dir, Function<Ladder, List<ProfileLoader.Loaded>> profilesFor) {
        try (RuleSet candidate = compiler.compile(RuleSources.fromDirectory(dir), dir.toString())) {
            return rules.withRules(current -> {
                List<Impact.ProfileImpact> changed = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                int evaluated = 0;
                List<ProfileLoader.Loaded> profiles = profilesFor.apply(current.ladder());
                // Under another ladder a profile is read again against that ladder's words.
                List<ProfileLoader.Loaded> candidates = candidate.ladder().equals(current.ladder()) ? profiles
                        : profilesFor.apply(candidate.ladder());
                for (int i = 0; i < profiles.size(); i++) {
                    ProfileLoader.Loaded loaded = profiles.get(i);
                    ProfileLoader.Loaded other = candidates.get(i);
                    if (!(loaded instanceof ProfileLoader.Read read)) {
                        errors.add(((ProfileLoader.Unreadable) loaded).reason());
                        continue;
                    }
                    if (!(other instanceof ProfileLoader.Read otherRead)) {
                        errors.add(((ProfileLoader.Unreadable) other).reason() + " (under the rules in " + dir + ")");
                        continue;
                    }
                    Evaluation before;
                    try {
                        before = evaluator.evaluate(current, read.document().profile(), null);
                    } catch (RuntimeException e) {
                        errors.add(loaded.source() + ": " + why(current, e) + " (under the rules in use)");
                        continue;
                    }
                    Evaluation after;
                    try {
                        after = evaluator.evaluate(candidate, otherRead.document().profile(), null);
                    } catch (RuntimeException e) {
                        errors.add(loaded.source() + ": " + why(candidate, e) + " (under the rules in " + dir + ")");
                        continue;
                    }
                    compare(read.source(), before, after).ifPresent(changed::add);
                    evaluated++;
                }
                return new Impact(RuleWorkbench.Summary.of(current), RuleWorkbench.Summary.of(candidate), evaluated,
                        changed, errors);
            });
        }
    }

    /** Why an evaluation failed, in one line: the evaluator's message, or the condition that failed, at its rule. */
    private static String why(RuleSet rules, RuntimeException e) {
        return e instanceof LadderException ? e.getMessage() : TrialFailures.failure(rules, e, "this profile");
    }

    /** The profiles a REF names (a file or a folder), read against a ladder, for {@link #impact}. */
    public List<ProfileLoader.Loaded> profiles(String ref, Ladder ladder) {
        return loader.load(ref, ladder);
    }

    /** How the profile's evaluation would change, or empty when it would not (verdict, score, finding labels). */
    public static Optional<Impact.ProfileImpact> compare(String source, Evaluation before, Evaluation after) {
        Set<String> findingsBefore = findings(before);
        Set<String> findingsAfter = findings(after);
        if (before.verdict() == after.verdict() && before.score() == after.score()
                && findingsBefore.equals(findingsAfter)) {
            return Optional.empty();
        }
        List<String> gone = findingsBefore.stream().filter(finding -> !findingsAfter.contains(finding)).toList();
        List<String> added = findingsAfter.stream().filter(finding -> !findingsBefore.contains(finding)).toList();
        return Optional.of(new Impact.ProfileImpact(source, before.profile().id(), before.verdict(),
                after.verdict(), before.score(), after.score(), gone, added));
    }

    private static Set<String> findings(Evaluation evaluation) {
        return evaluation.findings().stream()
                .map(Finding::label).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
