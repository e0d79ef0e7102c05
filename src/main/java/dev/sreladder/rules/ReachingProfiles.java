package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Trigger;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.KeyProbes;
import dev.sreladder.profile.Profile;

/**
 * The profiles that reach each verdict rule and each trap of a rule set ({@link RuleTrial}), made from
 * its ladder, the expectations its rules declare and what each trap's conditions ask of the profile
 * ({@link RuleInfo#trigger()}), in three rounds, each told by what the evaluations of the last showed.
 *
 * <ol>
 * <li>{@link #springs()}: for each level and target, the profile meeting every expectation with a
 * trap's conditions met as well (traps whose conditions go together share one); a trap whose
 * conditions cannot all be read is probed as {@code ladder show} probes it, the keys it reads set low
 * or high. The evaluations tell where each trap springs.</li>
 * <li>{@link #gapCounts()}: for each level and target, the current level's expectations met and all
 * but k of those above up to the target, for every k the expectations allow (no blocker), and each
 * expectation's conditions at the bar and just short of it. The evaluations tell which verdict rule
 * each count of gaps reaches.</li>
 * <li>{@link #variants}: at one count of gaps for each verdict rule reached, the same with one of the
 * level's own expectations unmet (a blocker) and with a trap's conditions met (a verdict rule that
 * overlooks a blocker or a trap fires where it fires without one); and each trap's conditions at and
 * just past their bounds where it sprang.</li>
 * </ol>
 *
 * A verdict rule sees the findings, not the values: of the profiles that would give the same findings
 * by kind (so many gaps, blockers and traps, with a promotion asked or not) only the first is kept,
 * so that the trial, which runs at every start, stays short.
 */
final class ReachingProfiles {

    /**
     * Beyond this many keys read, a trap is probed with all low, all high and one key high at a time:
     * every combination of ten keys would be a thousand evaluations at every start.
     */
    private static final int MAX_COMBINED_KEYS = 4;

    private final RuleSet rules;
    private final Ladder ladder;
    private final List<RuleInfo> traps;
    private final List<Standing> standings = new ArrayList<>();
    /** The profiles of {@link #gapCounts}, by the findings they would give, and where each stands. */
    private final Map<String, TriedProfile> kept = new LinkedHashMap<>();
    private final Map<String, Found> found = new HashMap<>();
    private final GapLadders ladders;

    /** A level and a target at or above it: where a generated profile stands, and what it is asked. */
    record Standing(Level level, Level target) {

        boolean promotion() {
            return target.isAbove(level);
        }

        /** The target as asked: null when it is the default (the next level, or the top level itself). */
        Level asked(Ladder ladder) {
            return target.equals(ladder.next(level)) ? null : target;
        }
    }

    ReachingProfiles(RuleSet rules) {
        this.rules = rules;
        this.ladder = rules.ladder();
        this.ladders = new GapLadders(rules);
        this.traps = rules.rules().stream().filter(rule -> rule.kind() == RuleKind.TRAP).toList();
        for (Level level : ladder.levels()) {
            for (Level target : ladder.levels()) {
                if (!target.isBelow(level)) {
                    standings.add(new Standing(level, target));
                }
            }
        }
    }

    /** Where a tried profile stood, as the evaluation that took it reports: a profile's level and target. */
    static Standing standing(Level level, Level target) {
        return new Standing(level, target);
    }

    /** The profiles that spring the traps: each trap's conditions met on a profile meeting every expectation. */
    List<TriedProfile> springs() {
        List<TriedProfile> springs = new ArrayList<>();
        for (Standing standing : standings) {
            List<RuleInfo> readable = new ArrayList<>();
            for (RuleInfo trap : traps) {
                if (!appliesAt(trap, standing)) {
                    continue;
                }
                if (readable(trap)) {
                    readable.add(trap);
                } else {
                    springs.addAll(probes(trap, standing));
                }
            }
            springs.addAll(sprung(readable, standing));
        }
        return springs;
    }

    /**
     * A trap is sprung at its own level (the level its rule names), every target; one that names
     * none, at every level.
     */
    private static boolean appliesAt(RuleInfo trap, Standing standing) {
        return trap.level() == null || trap.level().equals(standing.level());
    }

    private static boolean readable(RuleInfo trap) {
        Trigger trigger = trap.trigger();
        return trigger.complete() && !trigger.conditions().isEmpty();
    }

    /** The readable traps' conditions met on the profile meeting everything, as few profiles as go together. */
    private List<TriedProfile> sprung(List<RuleInfo> readable, Standing standing) {
        List<TriedProfile> sprung = new ArrayList<>();
        List<RuleInfo> left = new ArrayList<>(readable);
        Profile ready = ladders.gaps(standing).get(0);
        while (!left.isEmpty()) {
            Profile profile = ready;
            List<RuleInfo> together = new ArrayList<>();
            for (RuleInfo trap : List.copyOf(left)) {
                Optional<Profile> met = GapLadders.meet(trap.trigger().conditions(), profile);
                if (met.isPresent() && together.stream().allMatch(other -> holds(other, met.get()))) {
                    profile = met.get();
                    together.add(trap);
                    left.remove(trap);
                } else if (together.isEmpty()) {
                    left.remove(trap);
                }
            }
            if (!together.isEmpty()) {
                sprung.add(tried(profile, standing, "meeting every expectation, with the conditions of trap "
                        + String.join(" and trap ", together.stream().map(trap -> "\"" + trap.code() + "\"").toList())
                        + " met"));
            }
        }
        return sprung;
    }

    /** The keys a trap reads set low (0) or high (a full profile's value), every combination, or the extremes. */
    private List<TriedProfile> probes(RuleInfo trap, Standing standing) {
        List<Profile> probes = KeyProbes.lowOrHigh(Profile.empty(idOf(standing.level()), standing.level(), null,
                ladder), ladder, trap.reads(), MAX_COMBINED_KEYS);
        List<TriedProfile> tried = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            tried.add(tried(probes.get(i), standing, "probing trap \"" + trap.code() + "\" (" + (i + 1) + " of "
                    + probes.size() + ": the keys it reads low or high)"));
        }
        return tried;
    }

    /**
     * The profiles with every count of gaps and no blocker, for every level and target, and each
     * expectation's conditions at the bar and just short of it: of those that would give the same
     * findings by kind, the first. What each reaches tells {@link #variants} which counts matter.
     */
    List<TriedProfile> gapCounts() {
        for (Standing standing : standings) {
            List<Expectation> expectations = rules.expectations(standing.level(), standing.target());
            List<Profile> gaps = ladders.gaps(standing);
            for (Profile profile : gaps) {
                keep(standing, profile, expectations, List.of(), "meeting its level's expectations");
            }
            if (standing.target().equals(ladder.top())) {
                // Towards the top level every expectation from the level up is checked: each bar once.
                for (Profile profile : Bounds.around(gaps.get(0), expectations, ladder)) {
                    keep(standing, profile, expectations, List.of(), "with a condition at or just short of its bar");
                }
            }
        }
        return List.copyOf(kept.values());
    }

    /**
     * The profiles with a blocker, and with a trap, at one count of gaps for each verdict rule that
     * {@link #gapCounts} reached (a verdict rule that overlooks a blocker or a trap fires where it fires
     * without one), and each trap's conditions at and just past their bounds where it sprang.
     *
     * @param sprungAt where each trap (by rule name) sprang
     * @param verdicts the verdict rule each profile of {@link #gapCounts} reached, if it reached one
     */
    List<TriedProfile> variants(Map<String, Set<Standing>> sprungAt, Map<TriedProfile, String> verdicts) {
        Map<String, TriedProfile> variants = new LinkedHashMap<>();
        Set<String> counted = new HashSet<>(kept.keySet());
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, TriedProfile> entry : kept.entrySet()) {
            Found found = found(entry.getKey());
            String verdict = verdicts.get(entry.getValue());
            if (verdict == null || !seen.add(verdict + (found.standing().promotion() ? " promotion" : ""))) {
                continue;
            }
            Standing standing = found.standing();
            List<Expectation> expectations = rules.expectations(standing.level(), standing.target());
            for (Profile blocked : ladders.blockers(standing)) {
                if (gapsOf(standing, blocked, expectations) == found.gaps()) {
                    keepVariant(variants, counted, standing, blocked, expectations, List.of(),
                            "with one of its level's expectations unmet");
                    break;
                }
            }
            for (RuleInfo trap : traps) {
                Optional<Standing> where = sprungAt.getOrDefault(trap.name(), Set.of()).stream()
                        .filter(at -> at.promotion() == standing.promotion()).findFirst();
                if (!readable(trap) || where.isEmpty()) {
                    continue;
                }
                List<Expectation> there = rules.expectations(where.get().level(), where.get().target());
                for (Profile profile : ladders.gaps(where.get())) {
                    Optional<Profile> met = GapLadders.meet(trap.trigger().conditions(), profile);
                    if (met.isPresent() && gapsOf(where.get(), met.get(), there) == found.gaps()) {
                        keepVariant(variants, counted, where.get(), met.get(), there, List.of(trap),
                                "with the conditions of trap \"" + trap.code() + "\" met");
                        break;
                    }
                }
            }
        }
        for (RuleInfo trap : traps) {
            Optional<Standing> where = standings.stream()
                    .filter(at -> sprungAt.getOrDefault(trap.name(), Set.of()).contains(at)).findFirst();
            if (readable(trap) && where.isPresent()) {
                trapBounds(variants, trap, where.get());
            }
        }
        // A trap that did not spring at the level its rule names (one that names its target alone): everywhere else.
        List<RuleInfo> unsprung = traps.stream().filter(trap -> readable(trap) && !sprungAt.containsKey(trap.name()))
                .toList();
        for (Standing standing : unsprung.isEmpty() ? List.<Standing>of() : standings) {
            List<RuleInfo> elsewhere = unsprung.stream().filter(trap -> !appliesAt(trap, standing)).toList();
            sprung(elsewhere, standing).forEach(spring -> variants.putIfAbsent(spring.name(), spring));
        }
        return List.copyOf(variants.values());
    }

    /** Each of a trap's plain conditions at its bound and just past it, where the trap sprang, kept each. */
    private void trapBounds(Map<String, TriedProfile> kept, RuleInfo trap, Standing standing) {
        Optional<Profile> sprung = GapLadders.meet(trap.trigger().conditions(), ladders.gaps(standing).get(0));
        if (sprung.isEmpty()) {
            return;
        }
        List<Expectation> expectations = rules.expectations(standing.level(), standing.target());
        for (Condition condition : trap.trigger().conditions()) {
            for (Requirement requirement : condition.requirements()) {
                List<Profile> bounds = Bounds.atAndPast(sprung.get(), requirement, ladder);
                String[] where = {"at", "just past"};
                for (int i = 0; i < bounds.size(); i++) {
                    // Each bound where the trap holds (its way out is taken from there: a lower bar shows);
                    // past them, one of each kind of findings.
                    String key = "bound " + trap.name() + " " + (holds(trap, bounds.get(i)) ? requirement
                            : findings(standing, bounds.get(i), expectations, List.of(trap)).key());
                    kept.putIfAbsent(key, tried(bounds.get(i), standing, "with " + requirement.key() + " "
                            + where[i] + " the bound of trap \"" + trap.code() + "\"'s " + requirement.condition()));
                }
            }
        }
    }

    /** Which findings a profile would give, by kind: what a verdict rule sees of it. */
    private record Findings(int gaps, int blockers, int traps, boolean promotion) {

        String key() {
            return gaps + " gaps, " + blockers + " blockers, " + traps + " traps" + (promotion ? ", promotion" : "");
        }

        /** "(2 gaps, 0 blockers)", "(0 gaps, 0 blockers, a trap)". */
        String shown() {
            return "(" + gaps + (gaps == 1 ? " gap, " : " gaps, ") + blockers
                    + (blockers == 1 ? " blocker" : " blockers")
                    + (traps == 0 ? "" : traps == 1 ? ", a trap" : ", " + traps + " traps") + ")";
        }
    }

    /** Where a profile of {@link #gapCounts} stands and how many gaps it has. */
    private record Found(Standing standing, int gaps) {
    }

    private Findings findings(Standing standing, Profile profile, List<Expectation> expectations,
            List<RuleInfo> sprung) {
        int gaps = 0;
        int blockers = 0;
        for (Expectation expectation : expectations) {
            if (!expectation.isMetBy(profile)) {
                if (expectation.level().equals(standing.level())) {
                    blockers++;
                } else {
                    gaps++;
                }
            }
        }
        int trapped = 0;
        for (RuleInfo trap : sprung) {
            trapped += holds(trap, profile) ? 1 : 0;
        }
        return new Findings(gaps, blockers, trapped, standing.promotion());
    }

    private int gapsOf(Standing standing, Profile profile, List<Expectation> expectations) {
        return findings(standing, profile, expectations, List.of()).gaps();
    }

    /** Keeps a profile of {@link #gapCounts} unless one kept before would give the same findings by kind. */
    private void keep(Standing standing, Profile profile, List<Expectation> expectations, List<RuleInfo> sprung,
            String how) {
        Findings findings = findings(standing, profile, expectations, sprung);
        if (!kept.containsKey(findings.key())) {
            kept.put(findings.key(), tried(profile, standing, how + " " + findings.shown()));
            found.put(findings.key(), new Found(standing, findings.gaps()));
        }
    }

    /** Keeps a variant unless a profile tried before, or a variant kept before, gives the same findings by kind. */
    private void keepVariant(Map<String, TriedProfile> variants, Set<String> counted, Standing standing,
            Profile profile, List<Expectation> expectations, List<RuleInfo> sprung, String how) {
        Findings findings = findings(standing, profile, expectations, sprung);
        if (counted.add(findings.key())) {
            variants.put(findings.key(), tried(profile, standing, how + " " + findings.shown()));
        }
    }

    private Found found(String key) {
        return found.get(key);
    }

    private static boolean holds(RuleInfo trap, Profile profile) {
        for (Condition condition : trap.trigger().conditions()) {
            if (!condition.isSatisfiedBy(profile)) {
                return false;
            }
        }
        return true;
    }

    /** "the generated MID profile towards STAFF meeting …", as the trial's messages name it. */
    private TriedProfile tried(Profile profile, Standing standing, String how) {
        return new TriedProfile(profile, standing.asked(ladder), "the generated " + standing.level() + " profile"
                + (standing.promotion() ? " towards " + standing.target() : " (meets level)") + " " + how);
    }

    static String idOf(Level level) {
        return "trial-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
