package dev.sreladder.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/**
 * Calibration across managers (or teams): per group, its candidates, their verdicts and the mean
 * rating of each competency against the whole cohort's, with the mean evidence behind it (per
 * candidate, the sum of the counts the ladder says back the competency). A named group's
 * competency is flagged when its ratings run higher than the cohort's while its evidence does
 * not: one manager may rate a point higher than the others, and the evidence says whether the
 * people are stronger or the ratings looser. A group smaller than {@link #MIN_GROUP} is not broken
 * out: its candidates join "others", and an "others" (or a "not given") that is itself that small
 * is only counted. Nothing here formats: the packets say it in their own way.
 *
 * @param dimension what the groups are of: "manager" or "team"
 * @param groups    named groups by name, then others, then not given; a kind with no candidates is left out
 * @param given     how many candidates name a {@link #dimension()}; with none there is nothing to calibrate
 * @param topRating the top of the ladder's rating scale, which the means are on
 */
record Calibration(String dimension, List<Group> groups, int given, int topRating) {

    /**
     * The smallest group broken out. Four people or fewer can be told apart by their verdicts and
     * means, and a mean of so few says little of a manager's habit; Lattice and Culture Amp hide
     * breakdowns of groups under five for the same reasons.
     */
    static final int MIN_GROUP = 5;

    /**
     * How far a group's mean rating must be above the cohort's to run higher. Ratings are whole
     * points, so half a point on a mean is half the group rated a full point higher: a habit of
     * rating, not one person's rounding.
     */
    static final double RUNS_HIGHER = 0.5;

    /** The name of the group of the candidates of managers with too few to be broken out. */
    static final String OTHERS = "others";

    /** Means are of whole numbers: a difference of exactly half a point must not be lost to rounding. */
    private static final double TOLERANCE = 1e-9;

    enum Kind {
        /** One manager (or team) with enough candidates to be broken out. */
        NAMED,
        /** Every candidate of a manager with too few to be broken out. */
        OTHERS,
        /** The candidates whose profile names no manager. */
        NOT_GIVEN
    }

    /** One competency of a group against the cohort: mean rating, and mean evidence when the ladder names some. */
    record Competency(String name, double rating, double cohortRating, List<String> backing, double evidence,
            double cohortEvidence) {

        Competency {
            backing = List.copyOf(backing);
        }

        boolean backed() {
            return !backing.isEmpty();
        }

        double difference() {
            return rating - cohortRating;
        }

        boolean ratingsRunHigher() {
            return difference() >= RUNS_HIGHER - TOLERANCE;
        }

        boolean evidenceRunsHigher() {
            return evidence > cohortEvidence + TOLERANCE;
        }
    }

    /**
     * One group: its name ("Dana Wu", {@link #OTHERS} or "no manager given"), how many candidates
     * it has, and how many too-small groups joined it (others only). {@code candidates},
     * {@code verdicts} and {@code competencies} are empty when it is too small to be shown in full.
     */
    record Group(String name, Kind kind, int size, int joined, List<String> candidates, Map<Verdict, Integer> verdicts,
            List<Competency> competencies) {

        Group {
            candidates = List.copyOf(candidates);
            verdicts = Map.copyOf(verdicts);
            competencies = List.copyOf(competencies);
        }

        /** Whether it is broken out in full: its candidates, verdicts and means. */
        boolean shown() {
            return size >= MIN_GROUP;
        }

        /**
         * The competencies whose ratings run higher than the cohort's while the evidence does not.
         * Only a named group's: "others" and "not given" mix several managers' habits.
         */
        List<Competency> flagged() {
            if (kind != Kind.NAMED) {
                return List.of();
            }
            return competencies.stream()
                    .filter(competency -> competency.backed() && competency.ratingsRunHigher()
                            && !competency.evidenceRunsHigher())
                    .toList();
        }
    }

    Calibration {
        groups = List.copyOf(groups);
    }

    static Calibration byManager(List<Candidate> candidates) {
        return of("manager", candidates, Candidate::manager);
    }

    static Calibration byTeam(List<Candidate> candidates) {
        return of("team", candidates, Candidate::team);
    }

    /**
     * Whether a group is set against the cohort, mean by mean: one manager's, broken out in full,
     * that is not the whole cohort. "No manager given" ties nothing together, "others" mixes several
     * managers' habits, and a group holding every candidate is the cohort itself: against the
     * cohort, each is noise.
     */
    boolean compared(Group group) {
        return group.shown() && group.kind() == Kind.NAMED && group.size() < candidates();
    }

    /** How many candidates the cohort has, with a manager or without. */
    int candidates() {
        return groups.stream().mapToInt(Group::size).sum();
    }

    List<Group> flagged() {
        return groups.stream().filter(group -> !group.flagged().isEmpty()).toList();
    }

    static Calibration of(String dimension, List<Candidate> candidates, Function<Candidate, Optional<String>> groupOf) {
        Map<String, List<Candidate>> named = new LinkedHashMap<>();
        List<Candidate> notGiven = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Optional<String> group = groupOf.apply(candidate).map(String::strip).filter(name -> !name.isEmpty());
            if (group.isPresent()) {
                named.computeIfAbsent(group.get(), name -> new ArrayList<>()).add(candidate);
            } else {
                notGiven.add(candidate);
            }
        }
        Means cohort = new Means(candidates);
        List<Group> groups = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        int joined = 0;
        for (Map.Entry<String, List<Candidate>> group : named.entrySet()) {
            if (group.getValue().size() >= MIN_GROUP) {
                groups.add(group(group.getKey(), Kind.NAMED, 0, group.getValue(), cohort));
            } else {
                others.addAll(group.getValue());
                joined++;
            }
        }
        groups.sort(Comparator.comparing(group -> group.name().toLowerCase(Locale.ROOT)));
        if (!others.isEmpty()) {
            groups.add(group(OTHERS, Kind.OTHERS, joined, others, cohort));
        }
        if (!notGiven.isEmpty()) {
            groups.add(group("no " + dimension + " given", Kind.NOT_GIVEN, 0, notGiven, cohort));
        }
        return new Calibration(dimension, groups, candidates.size() - notGiven.size(), cohort.ladder.topRating());
    }

    private static Group group(String name, Kind kind, int joined, List<Candidate> members, Means cohort) {
        if (members.size() < MIN_GROUP) {
            return new Group(name, kind, members.size(), joined, List.of(), Map.of(), List.of());
        }
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, 0);
        }
        members.forEach(candidate -> verdicts.merge(candidate.evaluation().verdict(), 1, Integer::sum));
        Means means = new Means(members);
        List<Competency> competencies = new ArrayList<>();
        for (ProfileKey competency : cohort.ladder.competencies()) {
            competencies.add(new Competency(competency.name(), means.rating(competency), cohort.rating(competency),
                    cohort.ladder.backing(competency).stream().map(ProfileKey::name).toList(),
                    means.evidence(competency), cohort.evidence(competency)));
        }
        return new Group(name, kind, members.size(), joined,
                members.stream().map(candidate -> candidate.evaluation().profile().name()).toList(), verdicts,
                competencies);
    }

    /** Mean ratings and evidence of some candidates, under the ladder of the first (a cohort has one). */
    private static final class Means {

        private final List<Profile> profiles;
        private final Ladder ladder;

        Means(List<Candidate> candidates) {
            this.profiles = candidates.stream().map(candidate -> candidate.evaluation().profile()).toList();
            this.ladder = profiles.isEmpty() ? Ladder.article() : profiles.get(0).ladder();
        }

        double rating(ProfileKey competency) {
            return profiles.stream().mapToDouble(profile -> profile.value(competency.name())).average().orElse(0);
        }

        /** The mean over the candidates of the summed counts that back the competency. */
        double evidence(ProfileKey competency) {
            List<ProfileKey> backing = ladder.backing(competency);
            return profiles.stream()
                    .mapToDouble(profile -> backing.stream().mapToDouble(key -> profile.value(key.name())).sum())
                    .average().orElse(0);
        }
    }
}
