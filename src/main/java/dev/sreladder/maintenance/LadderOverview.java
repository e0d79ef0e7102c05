package dev.sreladder.maintenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.KeyProbes;
import dev.sreladder.profile.Profile;

/**
 * The ladder as an engineer reads it ({@code ladder show}): its levels, what the rules expect at
 * each level, and the traps with their way out. Everything comes from the rules, never from the
 * ladder file alone: each level's expectations are what its expectation rules declare when that
 * level is checked; a trap's advice and way out are what its rule says when it springs.
 *
 * <p>A trap's way out is written in the consequence of its rule, which only runs when the trap
 * springs, so each trap is sprung on generated profiles: for each level and each target above it,
 * every combination of the keys its conditions read set to their lowest (0) or a
 * high value (its value in a full profile, {@link ProfileKey#full()}), every other key
 * at 0. The springing that leaves the most of the way out unmet shows it in full (a way-out
 * condition that already holds at those values, such as an "at most", is not shown). A trap that
 * no generated profile springs is listed with its rule alone.
 */
public record LadderOverview(Ladder ladder, List<LevelExpectations> levels, List<Trap> traps, String fingerprint,
        int ruleFiles, String origin) {

    /** Beyond this many keys read, only the all-low, all-high and one-key-high profiles are tried. */
    private static final int MAX_COMBINED_KEYS = 10;

    public LadderOverview {
        levels = List.copyOf(levels);
        traps = List.copyOf(traps);
    }

    /** What one level expects, as its expectation rules declare it, by code. */
    public record LevelExpectations(Level level, List<Expectation> expectations) {
        public LevelExpectations {
            expectations = List.copyOf(expectations);
        }
    }

    /**
     * A trap rule; {@code levels} and {@code targets} are where the generated profiles sprang it,
     * {@code advice} and {@code wayOut} what it then said (null and empty when none sprang it).
     */
    public record Trap(RuleInfo rule, List<Level> levels, List<Level> targets, String advice,
            List<Condition> wayOut) {
        public Trap {
            levels = List.copyOf(levels);
            targets = List.copyOf(targets);
            wayOut = List.copyOf(wayOut);
        }

        public boolean sprung() {
            return advice != null;
        }
    }

    public static LadderOverview of(RuleSet rules) {
        Ladder ladder = rules.ladder();
        List<LevelExpectations> levels = new ArrayList<>();
        for (Level level : ladder.levels()) {
            levels.add(new LevelExpectations(level, rules.expectations(level, level)));
        }
        List<Trap> traps = new ArrayList<>();
        Evaluator evaluator = new Evaluator();
        for (RuleInfo rule : rules.rules()) {
            if (rule.kind() == RuleKind.TRAP) {
                traps.add(spring(rules, rule, evaluator));
            }
        }
        return new LadderOverview(ladder, levels, traps, rules.fingerprint(), rules.ruleFileCount(), rules.origin());
    }

    private static Trap spring(RuleSet rules, RuleInfo rule, Evaluator evaluator) {
        Ladder ladder = rules.ladder();
        // Every level, not only the one the rule names: a rule may name its level as the target.
        List<Level> from = ladder.levels().subList(0, ladder.levels().size() - 1);
        List<Profile> values = KeyProbes.lowOrHigh(Profile.empty("trap-probe", ladder.lowest(), null, ladder), ladder,
                rule.reads(), MAX_COMBINED_KEYS);
        Set<Level> levels = new LinkedHashSet<>();
        Set<Level> targets = new LinkedHashSet<>();
        Finding best = null;
        for (Level level : from) {
            for (Level target : ladder.levels()) {
                if (!target.isAbove(level)) {
                    continue;
                }
                for (Profile probe : values) {
                    Finding sprung = sprung(evaluator, rules, probe.at(level, target), target, rule);
                    if (sprung != null) {
                        levels.add(level);
                        targets.add(target);
                        if (best == null || size(sprung.requires()) > size(best.requires())) {
                            best = sprung;
                        }
                    }
                }
            }
        }
        return best == null ? new Trap(rule, List.of(), List.of(), null, List.of())
                : new Trap(rule, List.copyOf(levels), List.copyOf(targets), best.advice(), best.requires());
    }

    private static Finding sprung(Evaluator evaluator, RuleSet rules, Profile profile, Level target, RuleInfo rule) {
        for (Finding finding : evaluator.evaluate(rules, profile, target).findings()) {
            if (finding.kind() == FindingKind.TRAP && finding.rule().equals(rule.name())) {
                return finding;
            }
        }
        return null;
    }

    /** How many plain conditions a way out holds. */
    private static int size(List<Condition> conditions) {
        int size = 0;
        for (Condition condition : conditions) {
            size += condition.requirements().size();
        }
        return size;
    }
}
