package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.LadderException;

/**
 * {@code rules reload}: a failed reload changes nothing, a good one changes the verdicts, an
 * evaluation in flight finishes on the rules it started with, and old rule sets do not pile up.
 */
class RuleReloadTest {

    /** The default rules, read once: reloads swap between these and edited copies. */
    private static final List<RuleFile> DEFAULTS = RuleSources.fromDirectory(Path.of("rules"));

    /** The default rules with senior's game-day threshold raised from 1 to 3. */
    private static final List<RuleFile> MORE_GAME_DAYS = edit(DEFAULTS, "senior.drl",
            "atLeast(\"gameDays\", 1)", "atLeast(\"gameDays\", 3)");

    private final AtomicReference<List<RuleFile>> sources = new AtomicReference<>(DEFAULTS);
    private final CurrentRules rules = new CurrentRules(sources::get, "rules", new RuleCompiler());
    private final EvaluationService evaluations = new EvaluationService(new ProfileLoader(new ProfileReader()), rules);

    static List<RuleFile> edit(List<RuleFile> files, String fileName, String from, String to) {
        return files.stream().map(file -> {
            if (!file.fileName().equals(fileName)) {
                return file;
            }
            assertThat(file.content()).contains(from);
            return new RuleFile(file.path(), file.content().replace(from, to));
        }).toList();
    }

    /** The outcomes of a REF whose profiles are all good: each evaluated. */
    private List<EvaluationService.Evaluated> evaluated(String ref) {
        return evaluations.evaluate(ref, null, false).stream().map(EvaluationService.Evaluated.class::cast).toList();
    }

    /** What a user sees of each sample's evaluation: verdict, score and findings. */
    private List<String> samples() {
        return evaluated("samples").stream()
                .map(outcome -> outcome.evaluation().profile().id() + " " + outcome.evaluation().verdict() + " "
                        + outcome.evaluation().score() + " " + outcome.evaluation().findings())
                .toList();
    }

    @Test
    void shouldKeepServingTheSameRulesWhenAReloadFails() {
        List<String> before = samples();
        String fingerprint = rules.get().fingerprint();
        sources.set(edit(DEFAULTS, "traps.drl", "Promotion(from == \"MID\")", "Promotion(from == \"MID\""));

        assertThatThrownBy(rules::reload).isInstanceOf(LadderException.class).hasMessageContaining("rules/traps.drl:");

        assertThat(rules.get().fingerprint()).isEqualTo(fingerprint);
        assertThat(rules.get().isDisposed()).isFalse();
        assertThat(samples()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAReloadThatFailsTheLintAndKeepTheRulesInUse() {
        String fingerprint = rules.get().fingerprint();
        sources.set(edit(DEFAULTS, "notes.drl", "insert(note(drools, $profile,",
                "System.exit(3);\n    insert(note(drools, $profile,"));

        assertThatThrownBy(rules::reload)
                .hasMessageContaining("forbidden in a rule: uses System.exit: System is neither a variable");
        assertThat(rules.get().fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void shouldChangeTheVerdictsAndDisposeOfTheOldRulesWhenAReloadSucceeds() {
        RuleSet old = rules.get();
        Verdict before = verdictOf("samples/ngozi-adeyemi-senior-staff-ready.yaml");
        sources.set(edit(DEFAULTS, "staff.drl", "atLeast(\"engineersEnabled\", 20)",
                "atLeast(\"engineersEnabled\", 500)"));

        CurrentRules.Reloaded reloaded = rules.reload();

        assertThat(reloaded.before()).isSameAs(old);
        assertThat(reloaded.after().fingerprint()).isNotEqualTo(old.fingerprint());
        assertThat(old.isDisposed()).as("no evaluation holds the old rules").isTrue();
        assertThat(before).isEqualTo(Verdict.READY);
        assertThat(verdictOf("samples/ngozi-adeyemi-senior-staff-ready.yaml")).isEqualTo(Verdict.ALMOST);
    }

    @Test
    void shouldLetAnEvaluationInFlightFinishOnTheRulesItStartedWith() {
        RuleSet.Lease lease = rules.acquire();
        sources.set(MORE_GAME_DAYS);
        rules.reload();

        assertThat(lease.rules().isDisposed()).as("still leased").isFalse();
        assertThat(new Evaluator().evaluate(lease.rules(),
                new ProfileReader().read(Path.of("samples/maya-chen.yaml"), Ladder.article()).profile(), null)
                .fingerprint())
                .isEqualTo(RuleCompiler.fingerprint(DEFAULTS));
        lease.close();
        assertThat(lease.rules().isDisposed()).as("disposed with its last lease").isTrue();
    }

    private Verdict verdictOf(String file) {
        return evaluated(file).get(0).evaluation().verdict();
    }

    @Test
    void shouldGiveEveryEvaluationOneWholeRuleSetWhileReloadsRunOnAnotherThread() throws Exception {
        Map<String, List<String>> expected = Map.of(
                RuleCompiler.fingerprint(DEFAULTS), verdictsUnder(DEFAULTS),
                RuleCompiler.fingerprint(MORE_GAME_DAYS), verdictsUnder(MORE_GAME_DAYS));
        assertThat(expected.values()).as("the two rule sets disagree on some sample").doesNotHaveDuplicates();
        AtomicBoolean reloading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(2);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int worker = 0; worker < 2; worker++) {
            workers.add(pool.submit(() -> {
                started.countDown();
                int evaluated = 0;
                while (reloading.get() || evaluated == 0) {
                    List<EvaluationService.Evaluated> outcomes = evaluated("samples");
                    List<String> fingerprints = outcomes.stream().map(o -> o.evaluation().fingerprint())
                            .distinct().toList();
                    List<String> verdicts = outcomes.stream().map(o -> o.evaluation().verdict().name()).toList();
                    if (fingerprints.size() != 1 || !verdicts.equals(expected.get(fingerprints.get(0)))) {
                        mismatches.add(fingerprints + " " + verdicts);
                    }
                    seen.add(fingerprints.get(0));
                    evaluated++;
                }
                return evaluated;
            }));
        }
        started.await();
        for (int reload = 0; reload < 6; reload++) {
            sources.set(reload % 2 == 0 ? MORE_GAME_DAYS : DEFAULTS);
            rules.reload();
        }
        reloading.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> worker : workers) {
            assertThat(worker.get()).isPositive();
        }

        assertThat(mismatches).as("evaluations that mixed rule sets or got another set's verdicts").isEmpty();
        assertThat(seen).as("both rule sets served").containsAll(expected.keySet());
    }

    private static List<String> verdictsUnder(List<RuleFile> files) {
        try (RuleSet set = new RuleCompiler().compile(files, "rules")) {
            ProfileLoader loader = new ProfileLoader(new ProfileReader());
            return loader.load("samples", Ladder.article()).stream()
                    .map(loaded -> new Evaluator().evaluate(set, ((ProfileLoader.Read) loaded).document().profile(),
                    null).verdict().name())
                    .toList();
        }
    }

    /**
     * Each rule set left behind would keep its container, about 0.9 MiB for the default rules and
     * proportionally less for fewer rules; compiling costs time in the same proportion. The traps,
     * notes and verdict files (10 rules) keep the loop to about 15 s; with the compiled modules left
     * in the repository the heap grew by 33 MiB here, against about 0.2 MiB without.
     */
    @Test
    void shouldNotGrowTheHeapOver200Reloads() {
        List<RuleFile> traps = DEFAULTS.stream()
                .filter(file -> List.of("traps.drl", "notes.drl", "verdict.drl").contains(file.fileName())).toList();
        List<RuleFile> otherTraps = edit(traps, "traps.drl", "yearsInLevel >= 3", "yearsInLevel >= 2");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sources.set(traps);
        for (int reload = 0; reload < 20; reload++) {
            rules.reload();
        }
        long before = heapAfterGc(memory);
        long started = System.nanoTime();
        for (int reload = 20; reload < 200; reload++) {
            sources.set(reload % 2 == 0 ? otherTraps : traps);
            rules.reload();
            assertThat(verdictOf("samples/rahul-mehta-mid-plateau.yaml")).isEqualTo(Verdict.NOT_YET);
        }
        long after = heapAfterGc(memory);
        System.out.printf("180 reloads: heap after GC %d KiB -> %d KiB, %.0f ms per reload%n", before >> 10,
                after >> 10, (System.nanoTime() - started) / 180 / 1e6);

        assertThat(after - before).as("heap growth over 180 reloads, bytes").isLessThan(8L << 20);
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
