package dev.sreladder.planning;

import static dev.sreladder.planning.PlanAssertions.assertMilestoneNearerAndMinimal;
import static dev.sreladder.planning.PlanAssertions.assertReadyAndMinimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sreladder.profile.Values;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.testing.Levels;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.testing.TestRules;

/**
 * Plans for thousands of generated profiles, from a fixed seed: every level and target, every
 * trap, profiles already READY and profiles far from it. Each plan must make its profile READY
 * under the rules, and lose READY when any one of its changes is dropped; a milestone, ALMOST
 * with fewer of them, and lose ALMOST when any one of its own is dropped.
 */
class GeneratedProfilesPlanTest {

    private static final long SEED = 20_261_105L;
    private static final int PROFILES = 2_000;
    private static final List<String> TRAPS = List.of("architecting-too-early", "mid-level-plateau", "wont-let-go",
            "impact-not-scaling");

    @Test
    void shouldMakeEveryGeneratedProfileReadyWithAMinimalPlan() {
        Random random = new Random(SEED);
        Planner planner = new Planner(new Evaluator());
        Set<String> levelsAndTargets = new HashSet<>();
        Set<String> trapsSeen = new HashSet<>();
        int alreadyReady = 0;
        int withBlockers = 0;
        int milestones = 0;

        for (int i = 0; i < PROFILES; i++) {
            Profile profile = generate(random, i);
            Plan plan = planner.plan(TestRules.defaults(), profile, null);

            assertReadyAndMinimal(TestRules.defaults(), plan);
            assertMilestoneNearerAndMinimal(TestRules.defaults(), plan);
            milestones += plan.milestone().isPresent() ? 1 : 0;
            levelsAndTargets.add(profile.level() + "→" + plan.target());
            plan.before().findings(FindingKind.TRAP).stream().map(Finding::code).forEach(trapsSeen::add);
            alreadyReady += plan.steps().isEmpty() ? 1 : 0;
            withBlockers += plan.before().findings(FindingKind.BLOCKER).isEmpty() ? 0 : 1;
        }

        assertThat(levelsAndTargets).containsExactlyInAnyOrder("JUNIOR→JUNIOR", "JUNIOR→MID", "JUNIOR→SENIOR",
                "JUNIOR→STAFF", "MID→MID", "MID→SENIOR", "MID→STAFF", "SENIOR→SENIOR", "SENIOR→STAFF",
                "STAFF→STAFF");
        assertThat(trapsSeen).containsExactlyInAnyOrderElementsOf(TRAPS);
        assertThat(alreadyReady).as("already READY").isGreaterThan(PROFILES / 100);
        assertThat(withBlockers).as("with blockers").isGreaterThan(PROFILES / 10);
        assertThat(milestones).as("with ALMOST nearer than READY").isGreaterThan(PROFILES / 10);
    }

    /**
     * A profile of a random level and target (or none, for the default), whose ratings and counts
     * follow one random strength, so some are READY and some far from it; a third are then bent
     * into the trap their level can fall into.
     */
    static Profile generate(Random random, int index) {
        List<Level> levels = Ladder.article().levels();
        Level level = levels.get(random.nextInt(levels.size()));
        int targetIndex = level.rank() + random.nextInt(levels.size() - level.rank());
        Level target = random.nextInt(5) == 0 ? null : levels.get(targetIndex);
        double strength = random.nextDouble();
        Map<String, Double> competencies = new HashMap<>();
        for (ProfileKey key : Ladder.article().competencies()) {
            double rating = Math.round(strength * 4 + random.nextGaussian());
            competencies.put(key.name(), Math.max(0, Math.min(4, rating)));
        }
        Map<String, Double> evidence = new HashMap<>();
        for (ProfileKey key : Ladder.article().evidence()) {
            evidence.put(key.name(), key.scale().equals(ProfileKey.Scale.SHARE)
                    ? Math.round(random.nextDouble() * 100) / 100.0
                    : (double) random.nextInt(1 + (int) Math.round(strength * 40)));
        }
        evidence.put("redesignsProposed", (double) random.nextInt(3));
        double years = random.nextInt(17) / 2.0;
        if (random.nextInt(3) == 0) {
            years = bendIntoTrap(level, target, random, competencies, evidence, years);
        }
        Map<String, Double> values = new HashMap<>(competencies);
        values.putAll(evidence);
        return new Profile("generated-" + index, "Generated " + index, level, target, years,
                Values.of(Ladder.article(), values), null);
    }

    private static double bendIntoTrap(Level level, Level target, Random random, Map<String, Double> competencies,
            Map<String, Double> evidence, double years) {
        switch (level.name()) {
            case "JUNIOR" -> {    // architecting-too-early
                evidence.put("redesignsProposed", 1.0 + random.nextInt(3));
                competencies.put(random.nextBoolean() ? "incidentResponse" : "observability",
                        (double) random.nextInt(2));
            }
            case "MID" -> {       // mid-level-plateau
                competencies.put("productionDebugging", 3.0 + random.nextInt(2));
                competencies.put("infrastructureAsCode", 3.0 + random.nextInt(2));
                competencies.put("crossTeamInfluence", (double) random.nextInt(2));
                evidence.put("crossTeamInitiatives", 0.0);
                return 3 + random.nextInt(5);
            }
            case "SENIOR" -> {
                if (Levels.STAFF.equals(target) && random.nextBoolean()) {  // impact-not-scaling
                    competencies.put("productionDebugging", 3.0 + random.nextInt(2));
                    competencies.put("infrastructureAsCode", 3.0 + random.nextInt(2));
                    evidence.put("engineersEnabled", (double) random.nextInt(5));
                    competencies.put("platformBuilding", (double) random.nextInt(2));
                } else {          // wont-let-go
                    evidence.put("handsOnIncidentShare", 0.5 + random.nextInt(51) / 100.0);
                    if (random.nextBoolean()) {
                        evidence.put("mentees", 0.0);
                    } else {
                        competencies.put("mentoring", (double) random.nextInt(2));
                    }
                }
            }
            default -> {
            }
        }
        return years;
    }
}
