package dev.sreladder.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.sreladder.profile.ExpectedOutcome;
import dev.sreladder.profile.ProfileDocument;
import dev.sreladder.profile.ProfileLoader;

/**
 * The maintainer's tools for the rules: validate a folder, reload it, list the rules, check the
 * samples' expected outcomes, see which rules fire, and see what a rule edit would change. None of
 * them but {@link #reload()} touches the rules in use.
 */
public final class RuleWorkbench {

    private final CurrentRules rules;
    private final RuleCompiler compiler;
    private final ProfileLoader loader;
    private final Evaluator evaluator = new Evaluator();

    public RuleWorkbench(CurrentRules rules, RuleCompiler compiler, ProfileLoader loader) {
        this.rules = rules;
        this.compiler = compiler;
        this.loader = loader;
    }

    /** What a folder of rules compiled to. */
    public record Summary(String origin, int files, int rules, String fingerprint) {
        public static Summary of(RuleSet set) {
            return new Summary(set.origin(), set.files().size(), set.rules().size(), set.fingerprint());
        }
    }

    /** Compiles the folder (null: the rules in use, read again) and throws its errors; nothing is swapped in. */
    public Summary validate(Path dir) {
        List<RuleFile> files = dir == null ? rules.sources() : RuleSources.fromDirectory(dir);
        try (RuleSet compiled = compiler.compile(files, dir == null ? rules.origin() : dir.toString())) {
            return Summary.of(compiled);
        }
    }

    public CurrentRules.Reloaded reload() {
        return rules.reload();
    }

    public List<RuleInfo> list() {
        return rules.withRules(RuleSet::rules);
    }

    // ---- rules test ----

    /** One sample checked against its expected outcome; {@code expected} is false when it has none. */
    public record SampleCheck(String source, boolean expected, List<String> differences, String error) {
        public boolean passed() {
            return error == null && differences.isEmpty();
        }
    }

    /** Evaluates every profile in the folder that carries an {@code expected:} block. */
    public List<SampleCheck> test(String folder) {
        return rules.withRules(ruleSet -> {
            List<SampleCheck> checks = new ArrayList<>();
            for (ProfileLoader.Loaded loaded : loader.load(folder)) {
                if (loaded.failed()) {
                    checks.add(new SampleCheck(loaded.source(), true, List.of(), loaded.error()));
                } else if (loaded.document().expected() == null) {
                    checks.add(new SampleCheck(loaded.source(), false, List.of(), null));
                } else {
                    try {
                        Evaluation evaluation = evaluator.evaluate(ruleSet, loaded.document().profile(), null);
                        checks.add(new SampleCheck(loaded.source(), true,
                                differences(loaded.document().expected(), evaluation), null));
                    } catch (RuntimeException e) {
                        checks.add(new SampleCheck(loaded.source(), true, List.of(), e.getMessage()));
                    }
                }
            }
            return checks;
        });
    }

    static List<String> differences(ExpectedOutcome expected, Evaluation evaluation) {
        List<String> differences = new ArrayList<>();
        if (expected.verdict() != null && !expected.verdict().equals(evaluation.verdict().name())) {
            differences.add("verdict: expected " + expected.verdict() + ", got " + evaluation.verdict());
        }
        if (expected.score() != null && expected.score() != evaluation.score()) {
            differences.add("score: expected " + expected.score() + ", got " + evaluation.score());
        }
        compare("traps", expected.traps(), evaluation, FindingKind.TRAP, differences);
        compare("gaps", expected.gaps(), evaluation, FindingKind.GAP, differences);
        compare("blockers", expected.blockers(), evaluation, FindingKind.BLOCKER, differences);
        compare("notes", expected.notes(), evaluation, FindingKind.NOTE, differences);
        return differences;
    }

    private static void compare(String what, Set<String> expected, Evaluation evaluation, FindingKind kind,
            List<String> differences) {
        if (expected == null) {
            return;
        }
        Set<String> actual = evaluation.findings(kind).stream().map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!actual.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> unexpected = new TreeSet<>(actual);
            unexpected.removeAll(expected);
            differences.add(what + ": expected " + new TreeSet<>(expected) + ", got " + actual
                    + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing))
                    + (unexpected.isEmpty() ? "" : "; unexpected " + String.join(", ", unexpected)));
        }
    }

    // ---- rules coverage ----

    /** How many of the profiles a rule fired for. */
    public record RuleCoverage(RuleInfo rule, int profiles) {
    }

    public record Coverage(int profiles, List<RuleCoverage> rules, List<String> errors) {
        public List<RuleInfo> neverFired() {
            return rules.stream().filter(coverage -> coverage.profiles() == 0).map(RuleCoverage::rule).toList();
        }
    }

    /** Evaluates every profile in the folder with a trace and counts, per rule, the profiles it fired for. */
    public Coverage coverage(String folder) {
        return rules.withRules(ruleSet -> {
            Map<String, Integer> firedFor = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            int profiles = 0;
            for (ProfileLoader.Loaded loaded : loader.load(folder)) {
                if (loaded.failed()) {
                    errors.add(loaded.error());
                    continue;
                }
                try {
                    Evaluation evaluation = evaluator.evaluate(ruleSet, loaded.document().profile(), null, true);
                    evaluation.trace().stream().map(FiredRule::rule).distinct()
                            .forEach(rule -> firedFor.merge(rule, 1, Integer::sum));
                    profiles++;
                } catch (RuntimeException e) {
                    errors.add(loaded.source() + ": " + e.getMessage());
                }
            }
            List<RuleCoverage> coverage = ruleSet.rules().stream()
                    .map(rule -> new RuleCoverage(rule, firedFor.getOrDefault(rule.name(), 0))).toList();
            return new Coverage(profiles, coverage, errors);
        });
    }

    // ---- rules impact ----

    /** How one profile's evaluation would change; findings as "KIND code [LEVEL]". */
    public record ProfileImpact(String source, String profile, Verdict verdictBefore, Verdict verdictAfter,
            int scoreBefore, int scoreAfter, List<String> findingsGone, List<String> findingsNew) {
    }

    public record Impact(Summary before, Summary after, int profiles, List<ProfileImpact> changed,
            List<String> errors) {
    }

    /**
     * Evaluates the profiles under the rules in use and under the rules in {@code dir}, and returns
     * every profile whose verdict, score or findings (kind, code and level) would change. The rules
     * in {@code dir} are compiled for the comparison only; nothing is swapped in.
     */
    public Impact impact(Path dir, Collection<ProfileLoader.Loaded> profiles) {
        try (RuleSet candidate = compiler.compile(RuleSources.fromDirectory(dir), dir.toString())) {
            return rules.withRules(current -> {
                List<ProfileImpact> changed = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                int evaluated = 0;
                for (ProfileLoader.Loaded loaded : profiles) {
                    if (loaded.failed()) {
                        errors.add(loaded.error());
                        continue;
                    }
                    try {
                        ProfileImpact impact = compare(loaded.source(), loaded.document(), current, candidate);
                        evaluated++;
                        if (impact != null) {
                            changed.add(impact);
                        }
                    } catch (RuntimeException e) {
                        errors.add(loaded.source() + ": " + e.getMessage());
                    }
                }
                return new Impact(Summary.of(current), Summary.of(candidate), evaluated, changed, errors);
            });
        }
    }

    /** The profiles a REF names (a file or a folder), for {@link #impact}. */
    public List<ProfileLoader.Loaded> profiles(String ref) {
        return loader.load(ref);
    }

    private ProfileImpact compare(String source, ProfileDocument document, RuleSet current, RuleSet candidate) {
        Evaluation before = evaluator.evaluate(current, document.profile(), null);
        Evaluation after = evaluator.evaluate(candidate, document.profile(), null);
        Set<String> findingsBefore = findings(before);
        Set<String> findingsAfter = findings(after);
        if (before.verdict() == after.verdict() && before.score() == after.score()
                && findingsBefore.equals(findingsAfter)) {
            return null;
        }
        List<String> gone = findingsBefore.stream().filter(finding -> !findingsAfter.contains(finding)).toList();
        List<String> added = findingsAfter.stream().filter(finding -> !findingsBefore.contains(finding)).toList();
        return new ProfileImpact(source, document.profile().id(), before.verdict(), after.verdict(), before.score(),
                after.score(), gone, added);
    }

    private static Set<String> findings(Evaluation evaluation) {
        return evaluation.findings().stream()
                .map(finding -> finding.kind() + " " + finding.code() + " [" + finding.level() + "]")
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
