package dev.sreladder.maintenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.system.LadderException;

/**
 * What {@code to} asks for beyond {@code from} ({@code ladder diff}), read from the expectations the
 * rules declare ({@link LadderOverview}): one {@link Step} per pair of neighbouring levels, lowest
 * first, each attributed to the level it leads to. Nothing is judged from the ladder file alone.
 *
 * <p>Each expectation of the upper level of a step lands in exactly one of three lists, by the keys
 * its conditions read and the bars on them (a bar: one plain condition, {@code writing ≥ 2}):
 * <ul>
 * <li>{@code same}: each of its conditions, as a whole ({@link Condition#condition()}, alternatives and
 * all), is one the lower level already asks, under whatever code: it asks nothing new.</li>
 * <li>{@code raised}: otherwise, when at least one of its bars has moved on a key the lower level asks
 * about: a bar pairs with the lower level's bar on the same key in the same direction (≥ and &gt;
 * at least, ≤ and &lt; at most, == exactly) and has another value or operator. The lower level's bar
 * is taken from its plain conditions first, from inside its alternatives only when no plain
 * condition sets one; of several, the strictest. Every moved bar is listed, raised or eased; bars
 * inside alternatives count like any other, and the expectation is written out whole when shown.</li>
 * <li>{@code added}: everything else: it reads no key the lower level asks about, or only bars the
 * lower level sets alike but in another combination or beside a new key.</li>
 * </ul>
 * {@code notAskedAgain} holds the lower level's expectations none of whose keys the upper level's
 * expectations read. {@code traps} are the trap rules that generated profiles sprang at the lower
 * level when it aims for the upper one ({@link LadderOverview.Trap#levels()} holds the lower level and
 * {@link LadderOverview.Trap#targets()} the upper); a trap that no profile sprang is in no step. The
 * overview keeps where a trap sprang and for which targets apart, so a trap that sprang only for A → B
 * and C → D would also be shown on a step A → D; between neighbours that takes a rule naming both.
 */
public record LadderDiff(Level from, Level to, List<LadderDiff.Step> steps) {

    public LadderDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        steps = List.copyOf(steps);
    }

    /**
     * The steps from {@code from} up to {@code to}. from must be below to on the overview's ladder,
     * else LadderException.badInput naming both and the ladder's levels.
     */
    public static LadderDiff between(LadderOverview overview, Level from, Level to) {
        Ladder ladder = overview.ladder();
        for (Level level : List.of(from, to)) {
            if (!ladder.levels().contains(level)) {
                throw LadderException.badInput("level " + level + " is not on ladder '" + ladder.id()
                        + "': its levels are " + ladder.levelList());
            }
        }
        if (!from.isBelow(to)) {
            throw LadderException.badInput("a diff goes up the ladder: " + from + " is not below " + to
                    + " (the levels of ladder '" + ladder.id() + "', lowest first, are " + ladder.levelList() + ")");
        }
        List<Step> steps = new ArrayList<>();
        for (int rank = from.rank(); rank < to.rank(); rank++) {
            steps.add(step(overview, ladder.levels().get(rank), ladder.levels().get(rank + 1)));
        }
        return new LadderDiff(from, to, steps);
    }

    /** One step between neighbouring levels (from is the level just below to). */
    public record Step(Level from, Level to, List<Expectation> added, List<Raised> raised, List<Expectation> same,
            List<Expectation> notAskedAgain, List<LadderOverview.Trap> traps) {
        public Step {
            added = List.copyOf(added);
            raised = List.copyOf(raised);
            same = List.copyOf(same);
            notAskedAgain = List.copyOf(notAskedAgain);
            traps = List.copyOf(traps);
        }
    }

    /** An expectation of `to` that asks more (or less) on keys `from` already asked for; bars per key. */
    public record Raised(Expectation expectation, List<Bar> bars) {
        public Raised {
            Objects.requireNonNull(expectation, "expectation");
            bars = List.copyOf(bars);
        }
    }

    /** A bar on one key, as the lower level sets it ({@code before}) and as the upper one does ({@code after}). */
    public record Bar(Requirement before, Requirement after) {
        public Bar {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Whether {@code after} is harder to meet than {@code before}; false: eased. An "at least" rises
         * with its value (and from ≥ to &gt; at one value), an "at most" with a lower value (and from ≤
         * to &lt;); an "exactly" counts as raised when its value goes up.
         */
        public boolean raised() {
            double was = before.value().doubleValue();
            double is = after.value().doubleValue();
            return switch (direction(after)) {
                case AT_LEAST -> is > was || is == was && ">".equals(after.op()) && ">=".equals(before.op());
                case AT_MOST -> is < was || is == was && "<".equals(after.op()) && "<=".equals(before.op());
                case EXACTLY -> is > was;
            };
        }
    }

    private enum Direction { AT_LEAST, AT_MOST, EXACTLY }

    private static Direction direction(Requirement requirement) {
        return switch (requirement.op().charAt(0)) {
            case '>' -> Direction.AT_LEAST;
            case '<' -> Direction.AT_MOST;
            default -> Direction.EXACTLY;
        };
    }

    private static Step step(LadderOverview overview, Level from, Level to) {
        List<Expectation> below = expectations(overview, from);
        List<Expectation> above = expectations(overview, to);
        Set<String> conditionsBelow = new LinkedHashSet<>();
        List<Requirement> plainBelow = new ArrayList<>();
        List<Requirement> allBelow = new ArrayList<>();
        for (Expectation expectation : below) {
            for (Condition condition : expectation.requirements()) {
                conditionsBelow.add(condition.condition());
                if (condition instanceof Requirement plain) {
                    plainBelow.add(plain);
                }
                allBelow.addAll(condition.requirements());
            }
        }
        List<Expectation> added = new ArrayList<>();
        List<Raised> raised = new ArrayList<>();
        List<Expectation> same = new ArrayList<>();
        Set<String> keysAbove = new LinkedHashSet<>();
        for (Expectation expectation : above) {
            List<Condition> conditions = expectation.requirements();
            conditions.forEach(condition -> keysAbove.addAll(condition.keys()));
            if (!conditions.isEmpty()
                    && conditions.stream().allMatch(condition -> conditionsBelow.contains(condition.condition()))) {
                same.add(expectation);
                continue;
            }
            List<Bar> bars = movedBars(expectation, plainBelow, allBelow);
            if (bars.isEmpty()) {
                added.add(expectation);
            } else {
                raised.add(new Raised(expectation, bars));
            }
        }
        List<Expectation> notAskedAgain = below.stream()
                .filter(expectation -> expectation.requirements().stream()
                        .flatMap(condition -> condition.keys().stream()).noneMatch(keysAbove::contains))
                .toList();
        List<LadderOverview.Trap> traps = overview.traps().stream()
                .filter(trap -> trap.levels().contains(from) && trap.targets().contains(to)).toList();
        return new Step(from, to, added, raised, same, notAskedAgain, traps);
    }

    private static List<Expectation> expectations(LadderOverview overview, Level level) {
        return overview.levels().stream().filter(levelExpectations -> levelExpectations.level().equals(level))
                .findFirst().map(LadderOverview.LevelExpectations::expectations).orElse(List.of());
    }

    /** Each distinct bar of the expectation that pairs with one of the lower level's and differs from it. */
    private static List<Bar> movedBars(Expectation expectation, List<Requirement> plainBelow,
            List<Requirement> allBelow) {
        Set<String> seen = new LinkedHashSet<>();
        List<Bar> bars = new ArrayList<>();
        for (Condition condition : expectation.requirements()) {
            for (Requirement after : condition.requirements()) {
                Requirement before = strictest(after, plainBelow);
                if (before == null) {
                    before = strictest(after, allBelow);
                }
                if (before != null && !alike(before, after) && seen.add(after.condition())) {
                    bars.add(new Bar(before, after));
                }
            }
        }
        return bars;
    }

    /** Of the bars on {@code after}'s key in its direction, the hardest to meet; null when there is none. */
    private static Requirement strictest(Requirement after, List<Requirement> candidates) {
        Requirement strictest = null;
        for (Requirement candidate : candidates) {
            if (!candidate.key().equals(after.key()) || direction(candidate) != direction(after)) {
                continue;
            }
            if (direction(after) == Direction.EXACTLY && alike(candidate, after)) {
                return candidate;
            }
            if (strictest == null || new Bar(strictest, candidate).raised()) {
                strictest = candidate;
            }
        }
        return strictest;
    }

    private static boolean alike(Requirement one, Requirement other) {
        return one.op().equals(other.op()) && one.value().doubleValue() == other.value().doubleValue();
    }
}
