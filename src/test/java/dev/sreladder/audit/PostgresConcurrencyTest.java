package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.database.Actor;
import dev.sreladder.database.Database;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileImport;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Many members writing at once to one PostgreSQL server, in process: threads over one pooled
 * DataSource (each write on a connection of its own). No write may fail with an internal error;
 * every write reported is stored; the audit chain stays whole. Skipped without
 * {@value PostgresStorageFlowTest#URL_VARIABLE}.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.datasource.hikari.maximum-pool-size=8"})
class PostgresConcurrencyTest {

    static final int MEMBERS = 6;

    @Autowired
    ProfileImport imports;

    @Autowired
    StoredProfiles profiles;

    @Autowired
    AuditService audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private ExecutorService members;

    /**
     * The members log in as one eraser (they erase as well), holding exactly what 'database grants'
     * prints, in a schema of their own that its owner migrated.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String postgres = System.getenv(PostgresStorageFlowTest.URL_VARIABLE);
        registry.add("spring.datasource.url", () -> postgres == null || postgres.isBlank() ? "jdbc:h2:mem:unused"
                : asAnEraser(postgres));
    }

    private static String eraserUrl;

    /** Made once: Spring asks for the property more than once, and every answer must name one role. */
    private static synchronized String asAnEraser(String server) {
        if (eraserUrl == null) {
            try {
                PostgresRoles roles = PostgresRoles.create(server, "concurrency");
                eraserUrl = roles.url(roles.migratedAndGranted("members", "eraser"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return eraserUrl;
    }

    @BeforeEach
    void requirePostgres() {
        String postgres = System.getenv(PostgresStorageFlowTest.URL_VARIABLE);
        assumeTrue(postgres != null && !postgres.isBlank(), "PostgreSQL concurrency tests skipped: set "
                + PostgresStorageFlowTest.URL_VARIABLE);
        members = Executors.newFixedThreadPool(MEMBERS);
    }

    @AfterEach
    void verifyTheChainAndStop() throws InterruptedException {
        if (members == null) {
            return;
        }
        members.shutdownNow();
        members.awaitTermination(30, TimeUnit.SECONDS);
        AuditService.Verified verified = audit.verify(java.util.Optional.empty());
        assertThat(verified.firstBreak()).as("audit verify after the run").isEmpty();
    }

    @Test
    void shouldStoreOverlappingImportsOfNewIdsOnceEach() throws Exception {
        Path folder = folderOf(10, 0);
        List<ProfileImport.Imported> reported = Collections.synchronizedList(new ArrayList<>());

        List<ProfileImport.Result> results = all(member -> imports.importEach(folder.toString(), reported::add));

        assertThat(results).allSatisfy(result -> assertThat(result.errors()).isEmpty());
        assertThat(reported).hasSize(MEMBERS * 10);
        for (int i = 0; i < 10; i++) {
            assertThat(profiles.versions(id(i))).as(id(i)).hasSize(1);
        }
        assertThat(reported).filteredOn(imported -> !imported.unchanged()).hasSize(10);
    }

    @Test
    void shouldNumberConcurrentReImportsWithoutGapsOrIdenticalNeighbours() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int member = 0; member < MEMBERS; member++) {
            folders.add(folderOf(5, member % 3));
        }
        List<ProfileImport.Imported> reported = Collections.synchronizedList(new ArrayList<>());

        List<ProfileImport.Result> results = all(member -> imports.importEach(folders.get(member).toString(),
                reported::add));

        assertThat(results).allSatisfy(result -> assertThat(result.errors()).isEmpty());
        for (int i = 0; i < 5; i++) {
            List<StoredProfiles.Version> versions = profiles.versions(id(i));
            assertThat(versions).extracting(StoredProfiles.Version::version)
                    .containsExactlyElementsOf(range(1, versions.size()));
            for (int v = 1; v < versions.size(); v++) {
                assertThat(versions.get(v).yaml()).isNotEqualTo(versions.get(v - 1).yaml());
            }
            String stored = id(i);
            assertThat(reported).filteredOn(imported -> imported.id().equals(stored))
                    .allSatisfy(imported -> assertThat(imported.version()).isBetween(1, versions.size()));
        }
    }

    @Test
    void shouldNumberConcurrentEvaluationsOfOneIdOnceEach() throws Exception {
        imports.importEach(folderOf(1, 0).toString(), imported -> { });
        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());

        all(member -> {
            for (int i = 0; i < 3; i++) {
                audit.evaluateEach(id(0), null, given -> numbers.add(given.recordedAs().orElseThrow()));
            }
            return null;
        });

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(range(1, MEMBERS * 3));
        assertThat(trail.history(id(0))).hasSize(MEMBERS * 3);
    }

    @Test
    void shouldStoreANewRuleSetOnceWhenMembersRecordWithItAtOnce() throws Exception {
        imports.importEach(folderOf(1, 0).toString(), imported -> { });
        Path rules = Files.createTempDirectory("concurrent-rules");
        for (var file : RuleSources.fromDirectory(Path.of("rules"))) {
            Files.writeString(rules.resolve(file.fileName()), file.content() + (file.isLadder() ? "\n# " : "\n// ")
                    + run + "\n");
        }
        try (RuleSet own = new RuleCompiler().compile(RuleSources.fromDirectory(rules), "own rules")) {
            var stored = profiles.latest(id(0), Ladder.article()).orElseThrow();
            var evaluation = new Evaluator().evaluate(own, stored.document().profile(), null);

            all(member -> trail.record(id(0), stored.version(), evaluation, own));

            assertThat(JdbcClient.create(dataSource).sql("select count(*) from rule_set where fingerprint = ?")
                    .param(own.fingerprint()).query(Integer.class).single()).isEqualTo(1);
            assertThat(trail.ruleFiles(own.fingerprint())).hasSize(own.files().size());
        }
        assertThat(trail.history(id(0))).hasSize(MEMBERS);
    }

    @Test
    void shouldKeepEveryConcurrentDecisionAndMarkTheConflicts() throws Exception {
        imports.importEach(folderOf(1, 0).toString(), imported -> { });
        audit.evaluateEach(id(0), null, given -> { });

        all(member -> new AuditTrail(new Database(dataSource, url, new Actor("member-" + member)))
                .decide(id(0), member % 2 == 0 ? AuditTrail.Choice.DEFER : AuditTrail.Choice.PROMOTE,
                        "the committee's reason " + member));

        List<AuditTrail.Decision> decisions = trail.decisions(id(0));
        assertThat(decisions).hasSize(MEMBERS);
        assertThat(decisions.get(0).conflict()).isFalse();
        assertThat(decisions).anyMatch(AuditTrail.Decision::conflict);
        for (int i = 1; i < decisions.size(); i++) {
            AuditTrail.Decision decision = decisions.get(i);
            boolean differs = decisions.subList(0, i).stream()
                    .anyMatch(earlier -> !earlier.decision().equals(decision.decision()));
            assertThat(decision.conflict()).as("decision " + i).isEqualTo(differs);
        }
    }

    @Test
    void shouldRefuseOnlyWithBadInputWhenAProfileIsErasedDuringEvaluations() throws Exception {
        imports.importEach(folderOf(1, 0).toString(), imported -> { });
        List<Throwable> refused = Collections.synchronizedList(new ArrayList<>());

        all(member -> {
            for (int i = 0; i < 4; i++) {
                try {
                    if (member == 0 && i == 1) {
                        audit.erase(id(0), "erased during the evaluations");
                    } else {
                        audit.evaluateEach(id(0), null, given -> { });
                    }
                } catch (LadderException e) {
                    refused.add(e);
                }
            }
            return null;
        });

        assertThat(refused).allSatisfy(error -> assertThat(((LadderException) error).exitCode())
                .as(error.getMessage()).isEqualTo(ExitCode.BAD_INPUT));
        assertThat(trail.erasures(id(0))).hasSize(1);
        assertThat(trail.history(id(0))).isEmpty();
    }

    /** Runs {@code work} as every member at once, and fails on any exception a member met. */
    private <T> List<T> all(Member<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int member = 0; member < MEMBERS; member++) {
            int which = member;
            Callable<T> task = () -> {
                start.await();
                return work.run(which);
            };
            futures.add(members.submit(task));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    @FunctionalInterface
    interface Member<T> {
        T run(int member) throws Exception;
    }

    private String id(int i) {
        return "conc-" + run + "-" + i;
    }

    /** A folder of {@code count} profiles of new ids; {@code variant} changes their content. */
    private Path folderOf(int count, int variant) throws IOException {
        Path folder = Files.createTempDirectory("concurrent");
        String maya = StorageFlowTest.maya().replace("mentoring: 1", "mentoring: " + (variant + 1));
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(id(i) + ".yaml"), "id: " + id(i) + "\n" + maya);
        }
        return folder;
    }

    private static List<Integer> range(int from, int to) {
        Set<Integer> numbers = new TreeSet<>();
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        return List.copyOf(numbers);
    }
}
