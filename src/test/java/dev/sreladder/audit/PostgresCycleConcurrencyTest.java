package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.cycle.CycleService;
import dev.sreladder.database.Chain;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.profile.ProfileImport;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Two and three committee members at once on one PostgreSQL server, in process: opening the same
 * two cycles (names differing in case are one name) and adding overlapping candidates to both;
 * evaluating and deciding while one member closes the cycle; evaluating while one re-pins it. Each
 * round starts its members together (a barrier) on fresh cycles. An act lands in the cycle before
 * the close or re-pin that would make it wrong, or is refused as bad input naming the cycle; never
 * an internal error, every write reported is stored, the chain stays whole and the cycle's counts
 * agree with its rows. The members log in as a member role holding exactly what 'database grants'
 * prints, in a schema of its own. Skipped without {@value PostgresStorageFlowTest#URL_VARIABLE}.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.datasource.hikari.maximum-pool-size=6"})
class PostgresCycleConcurrencyTest {

    /** How many members act at once in each round: two, then three, twice. */
    static final List<Integer> ROUNDS = List.of(2, 3, 2, 3);
    /** Fewer rounds for re-pinning: each pin compiles and tries a rule set. */
    static final List<Integer> PIN_ROUNDS = List.of(2, 3);

    @Autowired
    ProfileImport imports;

    @Autowired
    AuditService audit;

    @Autowired
    CycleService cycles;

    @Autowired
    DataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private ExecutorService members;
    private JdbcClient jdbc;
    /** What each test saw, for the report at the end of the class. */
    private static final List<String> OUTCOMES = Collections.synchronizedList(new ArrayList<>());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String postgres = System.getenv(PostgresStorageFlowTest.URL_VARIABLE);
        registry.add("spring.datasource.url", () -> postgres == null || postgres.isBlank() ? "jdbc:h2:mem:unused"
                : asAMember(postgres));
    }

    private static String memberUrl;

    /** Made once: Spring asks for the property more than once, and every answer must name one role. */
    private static synchronized String asAMember(String server) {
        if (memberUrl == null) {
            try {
                PostgresRoles roles = PostgresRoles.create(server, "cycles");
                memberUrl = roles.url(roles.migratedAndGranted("committee", "member"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return memberUrl;
    }

    @BeforeEach
    void requirePostgres() {
        String postgres = System.getenv(PostgresStorageFlowTest.URL_VARIABLE);
        assumeTrue(postgres != null && !postgres.isBlank(), "PostgreSQL cycle concurrency tests skipped: set "
                + PostgresStorageFlowTest.URL_VARIABLE);
        members = Executors.newFixedThreadPool(3);
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (members != null) {
            members.shutdownNow();
            members.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void report() {
        OUTCOMES.forEach(System.out::println);
    }

    @Test
    void shouldOpenEachCycleOnceAndMakeEachProfileACandidateOfOneWhenMembersOpenAndAddAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS.size(); round++) {
            int count = ROUNDS.get(round);
            List<String> ids = imported("add-" + round, 6);
            List<String> names = List.of("add-a-" + run + "-" + round, "add-b-" + run + "-" + round);
            List<String> opened = Collections.synchronizedList(new ArrayList<>());
            List<LadderException> notOpened = Collections.synchronizedList(new ArrayList<>());
            // Every member opens both cycles at once, odd ones in capitals and in the other order.
            together(count, member -> {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(member % 2 == 0 ? i : names.size() - 1 - i);
                    try {
                        opened.add(cycles.open(member % 2 == 0 ? name : name.toUpperCase(Locale.ROOT), null,
                                "opened by member " + member).name());
                    } catch (LadderException e) {
                        notOpened.add(e);
                    }
                }
            });
            assertThat(opened).hasSize(2);
            assertThat(notOpened).hasSize(2 * count - 2).allSatisfy(error -> {
                assertThat(error.exitCode()).as(error.getMessage()).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(error.getMessage()).startsWith("there is a cycle ")
                        .endsWith("give the new one another name");
            });
            String first = opened.stream().filter(name -> name.equalsIgnoreCase(names.get(0))).findFirst()
                    .orElseThrow();
            String second = opened.stream().filter(name -> name.equalsIgnoreCase(names.get(1))).findFirst()
                    .orElseThrow();
            assertThat(jdbc.sql("select count(*) from cycle_act where act = 'open' and lower(cycle) in (?, ?)")
                    .params(names.get(0), names.get(1)).query(Integer.class).single()).isEqualTo(2);
            List<Added> reported = Collections.synchronizedList(new ArrayList<>());
            List<Landed> evaluated = Collections.synchronizedList(new ArrayList<>());
            List<LadderException> notEvaluated = Collections.synchronizedList(new ArrayList<>());

            together(count, member -> {
                // Even members add to the first cycle, odd ones to the second, each in its own order.
                String cycle = member % 2 == 0 ? first : second;
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get((i + member * 2) % ids.size());
                    try {
                        var added = cycles.add(cycle, List.of(id));
                        reported.add(new Added(cycle, id, added.added().contains(id) ? "added" : "already", null));
                    } catch (LadderException e) {
                        reported.add(new Added(cycle, id, "refused", e));
                    }
                    // And evaluates one that another member may be adding just now.
                    String ahead = ids.get((i + member * 2 + 3) % ids.size());
                    try {
                        audit.evaluateEach(new ProfileRef.StoredId(ahead, Path.of(ahead)), null, given -> evaluated.add(
                                new Landed(Chain.EVALUATION, given.cycle().map(Cycle::name).orElse(null), ahead,
                                        given.recordedAs().orElseThrow())));
                    } catch (LadderException e) {
                        notEvaluated.add(e);
                    }
                }
            });

            Set<String> inFirst = candidates(first);
            Set<String> inSecond = candidates(second);
            assertThat(inFirst).as("candidates of both open cycles").doesNotContainAnyElementsOf(inSecond);
            assertThat(union(inFirst, inSecond)).containsExactlyInAnyOrderElementsOf(ids);
            for (String id : ids) {
                String holder = inFirst.contains(id) ? first : second;
                assertThat(audit.cycles().openCycleOf(id)).map(Cycle::name).contains(holder);
                assertThat(jdbc.sql("select count(*) from cycle_act where act = 'add' and profile_id = ?").param(id)
                        .query(Integer.class).single()).as("add acts of " + id).isEqualTo(1);
                List<Added> ofId = reported.stream().filter(added -> added.id().equals(id)).toList();
                assertThat(ofId).as(id).hasSize(count);
                assertThat(ofId).filteredOn(added -> added.outcome().equals("added")).singleElement()
                        .extracting(Added::cycle).isEqualTo(holder);
                assertThat(ofId).filteredOn(added -> added.outcome().equals("already"))
                        .allSatisfy(added -> assertThat(added.cycle()).isEqualTo(holder));
                assertThat(ofId).filteredOn(added -> added.outcome().equals("refused")).allSatisfy(added -> {
                    assertThat(added.cycle()).isNotEqualTo(holder);
                    assertThat(added.refusal().exitCode()).as(added.refusal().getMessage())
                            .isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(added.refusal().getMessage()).contains(id + " is a candidate of the open cycle "
                            + holder + " already").endsWith("no profile was added");
                });
            }
            // An evaluation is recorded in the cycle its profile was a candidate of when it was recorded.
            assertThat(evaluated).allSatisfy(act -> {
                String holder = inFirst.contains(act.profileId()) ? first : second;
                long added = seq(Chain.CYCLE, holder, jdbc.sql("select id from cycle_act where act = 'add' and"
                        + " profile_id = ?").param(act.profileId()).query(Long.class).single());
                assertThat(act.cycle()).as(act + " against the add at record " + added)
                        .isEqualTo(seq(act.kind(), act.profileId(), act.number()) > added ? holder : null);
            });
            assertThat(notEvaluated).allSatisfy(error -> {
                assertThat(error.exitCode()).as(error.getMessage()).isEqualTo(ExitCode.BAD_INPUT);
                String id = error.getMessage().substring(0, error.getMessage().indexOf(' '));
                assertThat(error.getMessage()).isEqualTo(id + " became a candidate of cycle "
                        + (inFirst.contains(id) ? first : second) + " while it was being evaluated; the evaluation was"
                        + " not recorded — evaluate " + id + " again");
            });
            List<Landed> stored = new ArrayList<>();
            for (String id : ids) {
                audit.history(id).evaluations().forEach(recorded -> stored.add(new Landed(Chain.EVALUATION,
                        recorded.cycle(), id, recorded.number())));
            }
            assertThat(stored).containsExactlyInAnyOrderElementsOf(evaluated);
            assertTheCountsAgreeWithTheRows(first);
            assertTheCountsAgreeWithTheRows(second);
            OUTCOMES.add("open and add, " + count + " members: " + notOpened.size() + " opens refused, adds "
                    + outcomes(reported, Added::outcome) + ", evaluations " + outcomes(evaluated,
                            act -> act.cycle() == null ? "outside any cycle" : "in the cycle") + " and "
                    + notEvaluated.size() + " refused as the profile became a candidate meanwhile");
            assertTheChainIsWhole();
        }
    }

    @Test
    void shouldLandEveryEvaluationAndDecisionBeforeTheCloseOrRefuseItNamingTheClosedCycle() throws Exception {
        for (int round = 0; round < ROUNDS.size(); round++) {
            int count = ROUNDS.get(round);
            String cycle = "close-" + run + "-" + round;
            List<String> ids = imported("close-" + round, 4);
            cycles.open(cycle, null, null);
            cycles.add(cycle, ids);
            List<Integer> setUp = new ArrayList<>();
            cycles.evaluateAll(cycle, null, given -> setUp.add(given.recordedAs().orElseThrow()));
            assertThat(setUp).hasSize(ids.size());
            List<Landed> landed = Collections.synchronizedList(new ArrayList<>());
            List<LadderException> refused = Collections.synchronizedList(new ArrayList<>());
            boolean closesAfterDecisions = round < 2;

            together(count, member -> {
                if (member == 0) {
                    // Closes once decisions landed, or (later rounds) once the others' evaluations began to
                    // land, so some land before the close and the rest after it, some of them in flight.
                    awaitInTheCycle(closesAfterDecisions ? () -> audit.cycles().decisionsIn(cycle).size() >= 2
                            : () -> audit.cycles().evaluationsIn(cycle).size() > setUp.size());
                    cycles.close(cycle, true, "closed by member 0 while the others decide");
                    return;
                }
                // Goes on until a whole pass began after the close: every member meets it, evaluating and deciding.
                for (int pass = 0; pass < 200; pass++) {
                    boolean closedBefore = closed(cycle);
                    try {
                        cycles.evaluateAll(cycle, null, given -> landed.add(new Landed(Chain.EVALUATION,
                                given.cycle().map(Cycle::name).orElse(null), idOf(given),
                                given.recordedAs().orElseThrow())));
                    } catch (LadderException e) {
                        refused.add(e);
                    }
                    for (String id : ids) {
                        try {
                            var decided = audit.decide(id, (pass + member) % 2 == 0 ? AuditTrail.Choice.PROMOTE
                                    : AuditTrail.Choice.DEFER, "member " + member + ", pass " + pass);
                            landed.add(new Landed(Chain.DECISION, decided.decision().cycle(), id,
                                    decided.decision().id()));
                        } catch (LadderException e) {
                            refused.add(e);
                        }
                    }
                    if (closedBefore) {
                        return;
                    }
                }
                throw new AssertionError("member " + member + " never met the close");
            });

            long close = seq(Chain.CYCLE, cycle, jdbc.sql("select id from cycle_act where cycle = ? and act = 'close'")
                    .param(cycle).query(Long.class).single());
            assertThat(landed).as("acts landed").isNotEmpty()
                    .allSatisfy(act -> {
                        assertThat(act.cycle()).as(act.toString()).isEqualTo(cycle);
                        assertThat(seq(act.kind(), act.profileId(), act.number())).as(act + " against the close")
                                .isLessThan(close);
                    });
            if (closesAfterDecisions) {
                assertThat(count(landed, Chain.DECISION)).as("decisions before the close").isGreaterThanOrEqualTo(2);
            }
            assertThat(refused).as("acts refused")
                    .anyMatch(error -> error.getMessage().contains("nothing was evaluated"))
                    .anyMatch(error -> error.getMessage().contains("no decision was recorded"))
                    .allSatisfy(error -> {
                        assertThat(error.exitCode()).as(error.getMessage()).isEqualTo(ExitCode.BAD_INPUT);
                        assertThat(error.getMessage()).startsWith("cycle " + cycle + " is closed (by ");
                    });
            // Nothing in the database but what was reported, and nothing of the cycle after its close.
            List<Landed> stored = storedIn(cycle);
            assertThat(stored).allSatisfy(act -> assertThat(seq(act.kind(), act.profileId(), act.number()))
                    .as(act.toString()).isLessThan(close));
            assertThat(stored).filteredOn(act -> act.kind().equals(Chain.EVALUATION)).hasSize(setUp.size()
                    + (int) landed.stream().filter(act -> act.kind().equals(Chain.EVALUATION)).count());
            assertThat(stored).containsAll(landed);
            assertThat(stored).filteredOn(act -> act.kind().equals(Chain.DECISION))
                    .containsExactlyInAnyOrderElementsOf(landed.stream()
                            .filter(act -> act.kind().equals(Chain.DECISION)).toList());
            Map<String, Integer> counts = assertTheCountsAgreeWithTheRows(cycle);
            assertThat(counts).containsEntry("unevaluated", 0);
            assertThat(cycles.show(cycle).cycle().forced()).isEqualTo(counts.get("undecided") > 0);
            OUTCOMES.add("close" + (closesAfterDecisions ? " after decisions" : " after evaluations") + ", " + count
                    + " members: " + count(landed, Chain.EVALUATION) + " evaluations and "
                    + count(landed, Chain.DECISION) + " decisions landed before the close, " + refused.size()
                    + " refused after it (" + outcomes(refused, error -> error.getMessage().contains("no decision")
                            ? "decisions" : error.getMessage().contains("nothing was evaluated") ? "evaluate --cycle"
                            : "evaluations in flight") + ")");
            assertTheChainIsWhole();
        }
    }

    @Test
    void shouldRecordEveryEvaluationUnderThePinInForceWhenItWasRecordedWhileAMemberRePins() throws Exception {
        Path raised = raisedBar();
        for (int round = 0; round < PIN_ROUNDS.size(); round++) {
            int count = PIN_ROUNDS.get(round);
            String cycle = "pin-" + run + "-" + round;
            List<String> ids = imported("pin-" + round, 3);
            cycles.open(cycle, null, null);
            cycles.add(cycle, ids);
            List<Landed> landed = Collections.synchronizedList(new ArrayList<>());
            List<LadderException> refused = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean pinned = new AtomicBoolean();

            together(count, member -> {
                if (member == 0) {
                    // To the raised bar, back to the rules in use, and to the raised bar again.
                    for (Path rules : List.of(raised, Path.of("rules"), raised)) {
                        cycles.pin(cycle, rules, "member 0 re-pins while the others evaluate");
                    }
                    pinned.set(true);
                    return;
                }
                boolean afterTheLastPin = false;
                while (!afterTheLastPin) {
                    afterTheLastPin = pinned.get();
                    try {
                        // Each other evaluation one at a time, the rest the whole cycle at once.
                        if (member == 1) {
                            cycles.evaluateAll(cycle, null, given -> landed.add(new Landed(Chain.EVALUATION,
                                    given.cycle().map(Cycle::name).orElse(null), idOf(given),
                                    given.recordedAs().orElseThrow())));
                        } else {
                            for (String id : ids) {
                                audit.evaluateEach(new ProfileRef.StoredId(id, Path.of(id)), null,
                                        given -> landed.add(new Landed(Chain.EVALUATION,
                                                given.cycle().map(Cycle::name).orElse(null), idOf(given),
                                                given.recordedAs().orElseThrow())));
                            }
                        }
                    } catch (LadderException e) {
                        refused.add(e);
                        afterTheLastPin = false;
                    }
                    // Leaves the pinner, compiling rules, its share of the machine.
                    Thread.sleep(10);
                }
            });

            List<Pin> pins = jdbc.sql("select id, fingerprint from cycle_act where cycle = ? and act in ('open', 'pin')"
                    + " order by id").param(cycle).query((rs, row) -> new Pin(seq(Chain.CYCLE, cycle, rs.getLong(1)),
                            rs.getString(2))).list();
            assertThat(pins).hasSize(4).extracting(Pin::seq).isSorted();
            assertThat(pins.get(1).fingerprint()).isNotEqualTo(pins.get(0).fingerprint());
            Map<String, Long> byFingerprint = new HashMap<>();
            for (Landed act : storedIn(cycle)) {
                long seq = seq(act.kind(), act.profileId(), act.number());
                String fingerprint = jdbc.sql("select fingerprint from evaluation where profile_id = ? and number = ?")
                        .params(act.profileId(), act.number()).query(String.class).single();
                String inForce = pins.stream().filter(pin -> pin.seq() < seq).reduce((a, b) -> b).orElseThrow()
                        .fingerprint();
                assertThat(fingerprint).as(act + " at record " + seq + " under the pins " + pins)
                        .isEqualTo(inForce);
                byFingerprint.merge(fingerprint, 1L, Long::sum);
            }
            assertThat(landed).allSatisfy(act -> assertThat(act.cycle()).isEqualTo(cycle));
            assertThat(storedIn(cycle)).containsExactlyInAnyOrderElementsOf(landed);
            assertThat(landed.stream().filter(act -> {
                long seq = seq(act.kind(), act.profileId(), act.number());
                return seq > pins.get(pins.size() - 1).seq();
            })).as("evaluations under the last pin").isNotEmpty();
            assertThat(refused).allSatisfy(error -> {
                assertThat(error.exitCode()).as(error.getMessage()).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(error.getMessage()).startsWith("cycle " + cycle + " was pinned to other rules while ")
                        .contains("evaluate ").endsWith(" again");
            });
            assertThat(assertTheCountsAgreeWithTheRows(cycle)).containsEntry("unevaluated", 0);
            OUTCOMES.add("pin, " + count + " members: " + landed.size() + " evaluations landed ("
                    + byFingerprint.values() + " by rule set), " + refused.size() + " refused as pinned to other"
                    + " rules");
            assertTheChainIsWhole();
        }
    }

    /** An act reported as recorded: an evaluation (its number) or a decision (its id), and its cycle. */
    record Landed(String kind, String cycle, String profileId, long number) {
    }

    record Added(String cycle, String id, String outcome, LadderException refusal) {
    }

    record Pin(long seq, String fingerprint) {
    }

    /** Runs {@code work} as {@code count} members started together, and fails on anything a member threw. */
    private void together(int count, Member work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        List<Future<Void>> futures = new ArrayList<>();
        for (int member = 0; member < count; member++) {
            int which = member;
            Callable<Void> task = () -> {
                start.await(30, TimeUnit.SECONDS);
                work.run(which);
                return null;
            };
            futures.add(members.submit(task));
        }
        for (Future<Void> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    interface Member {
        void run(int member) throws Exception;
    }

    private boolean closed(String cycle) {
        return cycles.closed().stream().anyMatch(each -> each.name().equals(cycle));
    }

    private static void awaitInTheCycle(java.util.function.BooleanSupplier landed) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!landed.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the acts the close waits for").isLessThan(until);
            Thread.sleep(2);
        }
    }

    /** Every evaluation recorded in the cycle, and every decision on one, as the database holds them. */
    private List<Landed> storedIn(String cycle) {
        List<Landed> stored = new ArrayList<>();
        audit.cycles().evaluationsIn(cycle).forEach(recorded -> stored.add(new Landed(Chain.EVALUATION, cycle,
                recorded.profileId(), recorded.number())));
        audit.cycles().decisionsIn(cycle).forEach(decision -> stored.add(new Landed(Chain.DECISION, cycle,
                decision.profileId(), decision.id())));
        return stored;
    }

    /**
     * The counts 'cycle show' gives against the rows: per candidate, the verdict of its latest
     * evaluation and the latest decision on it, when that evaluation was recorded in the cycle.
     */
    private Map<String, Integer> assertTheCountsAgreeWithTheRows(String cycle) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            expected.put(verdict.name(), 0);
        }
        for (String key : List.of("unevaluated", "promote", "defer", "undecided", "erased")) {
            expected.put(key, 0);
        }
        for (String id : candidates(cycle)) {
            Optional<Map<String, Object>> latest = jdbc.sql("select id, verdict, cycle from evaluation where profile_id"
                    + " = ? order by number desc limit 1").param(id).query().listOfRows().stream().findFirst();
            if (latest.isEmpty() || !cycle.equals(latest.get().get("cycle"))) {
                // Its latest evaluation, if any, was recorded before it became a candidate.
                expected.merge("unevaluated", 1, Integer::sum);
                expected.merge("undecided", 1, Integer::sum);
                continue;
            }
            expected.merge((String) latest.get().get("verdict"), 1, Integer::sum);
            Optional<String> decision = jdbc.sql("select decision from decision where evaluation_id = ? order by id"
                    + " desc limit 1").param(latest.get().get("id")).query(String.class).optional();
            expected.merge(decision.map(choice -> choice.toLowerCase(Locale.ROOT)).orElse("undecided"), 1,
                    Integer::sum);
        }
        Map<String, Integer> counts = cycles.show(cycle).counts();
        assertThat(counts).as("counts of " + cycle).isEqualTo(expected);
        return counts;
    }

    private void assertTheChainIsWhole() {
        assertThat(audit.verify(Optional.empty()).firstBreak()).as("audit verify").isEmpty();
    }

    private long seq(String kind, String profileId, long number) {
        return jdbc.sql("select seq from audit_record where kind = ? and profile_id = ? and number = ?")
                .params(kind, profileId, number).query(Long.class).single();
    }

    private Set<String> candidates(String cycle) {
        Set<String> ids = new HashSet<>();
        cycles.show(cycle).cycle().candidates().forEach(candidate -> ids.add(candidate.profileId()));
        return ids;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String idOf(AuditService.Given given) {
        return ((dev.sreladder.evaluation.EvaluationService.Evaluated) given.outcome()).stored().orElseThrow().id();
    }

    private static long count(List<Landed> acts, String kind) {
        return acts.stream().filter(act -> act.kind().equals(kind)).count();
    }

    private static <T> Map<String, Integer> outcomes(List<T> all, java.util.function.Function<T, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List.copyOf(all).forEach(each -> counts.merge(key.apply(each), 1, Integer::sum));
        return counts;
    }

    /** {@code count} new profiles stored, named after the round; their ids. */
    private List<String> imported(String round, int count) throws IOException {
        Path folder = Files.createTempDirectory("cycle-race");
        List<String> ids = new ArrayList<>();
        String maya = StorageFlowTest.maya();
        for (int i = 0; i < count; i++) {
            String id = round + "-" + run + "-" + i;
            Files.writeString(folder.resolve(id + ".yaml"), "id: " + id + "\n" + maya);
            ids.add(id);
        }
        ProfileImport.Result result = imports.importEach(folder.toString(), imported -> { });
        assertThat(result.errors()).isEmpty();
        return ids;
    }

    /** A copy of rules/ with the bar on game days for senior raised from 1 to 3. */
    private static Path raisedBar() throws IOException {
        Path rules = Files.createTempDirectory("raised-bar");
        for (var file : RuleSources.fromDirectory(Path.of("rules"))) {
            String content = file.content();
            if (file.fileName().equals("senior.drl")) {
                String raised = content.replace("atLeast(\"gameDays\", 1)", "atLeast(\"gameDays\", 3)");
                assertThat(raised).as("senior.drl's bar on game days").isNotEqualTo(content);
                content = raised;
            }
            Files.writeString(rules.resolve(file.fileName()), content);
        }
        return rules;
    }
}
