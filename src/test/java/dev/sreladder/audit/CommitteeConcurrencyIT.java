package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three committee members on one PostgreSQL database at once, as the packaged jar runs: ten
 * rounds in which all three import the same folder of new ids, re-import a changed folder,
 * evaluate the same id under the rules in use and under a new rule set, decide differently on
 * one evaluation, and erase a profile while the others evaluate it; first as one-shot processes,
 * then in three open shells. No act may end in an internal error, every write reported must be
 * in the database, unchanged content is never stored twice, and the audit trail verifies whole
 * until a row is edited behind the tool's back. Each member logs in as a database role of its own
 * holding exactly what 'database grants' prints (member-0 an eraser, the others members, whose
 * deletes are refused in one line); the schema's owner migrated it first.
 */
class CommitteeConcurrencyIT {

    private static final String URL_VARIABLE = "SRELADDER_TEST_POSTGRES_URL";
    private static final Path JAR = Path.of(System.getProperty("sreladder.jar", "target/sre-ladder.jar"))
            .toAbsolutePath();
    private static final int MEMBERS = 3;
    // Ten rounds of three members at once keep every act contended; twenty cost four minutes of CI.
    private static final int ROUNDS = 10;
    private static final int PER_FOLDER = 6;

    private static final Pattern IMPORTED = Pattern.compile("(?m)^(?:sre-ladder:> )?imported (\\S+) \\(version "
            + "(\\d+)\\)");
    private static final Pattern UNCHANGED = Pattern.compile("(?m)^(?:sre-ladder:> )?unchanged: (\\S+), version "
            + "(\\d+)");
    private static final Pattern EVALUATED = Pattern.compile("recorded as evaluation (\\d+) of (\\S+)");
    private static final Pattern ERASED = Pattern.compile("(?m)^(?:sre-ladder:> )?erased ([a-z0-9-]+):");
    private static final Pattern REFUSED_DELETE = Pattern.compile("delete: permission denied by the database at"
            + " [^\n]*'delete' \\(erasing a profile\\) needs DELETE on table \\w+, which your database role lacks");
    private static final Pattern DECIDED = Pattern.compile("(?m)^(?:sre-ladder:> )?recorded: (promote|defer)");

    @TempDir
    Path work;

    /** The superuser's, for what no member may do: reading the result, and tampering. */
    private String url;
    private final String[] memberUrls = new String[MEMBERS];
    /** The one member who may also erase; the others' deletes are refused. */
    private static final int ERASER = 0;
    private final List<String> refusedDeletes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> imported = ConcurrentHashMap.newKeySet();
    private final Set<String> evaluated = ConcurrentHashMap.newKeySet();
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private final Set<String> decidedOn = ConcurrentHashMap.newKeySet();

    /**
     * A schema of its own, migrated by its owner, and members holding exactly what 'database grants'
     * prints: member-0 an eraser, the others members (whose deletes are refused).
     */
    @BeforeEach
    void aSchemaOfItsOwnAndMembersHoldingThePrintedGrants() throws Exception {
        String server = System.getenv(URL_VARIABLE);
        assumeTrue(server != null && !server.isBlank(),
                "the committee concurrency suite needs PostgreSQL: set " + URL_VARIABLE + " (.ci/run does)");
        PostgresRoles roles = PostgresRoles.create(server, "committee");
        url = roles.superuserUrl();
        String ownerUrl = roles.url(roles.owner());
        roles.grantAsSuperuser(granted(ownerUrl, "owner", roles.owner()));
        Run migrated = start(ownerUrl, List.of("--ladder.actor=owner", "audit", "verify"), null);
        assertThat(migrated.exit()).as("the owner's first run migrates: " + migrated).isZero();
        for (int member = 0; member < MEMBERS; member++) {
            String role = roles.role("member" + member);
            roles.grantAsOwner(granted(ownerUrl, member == ERASER ? "eraser" : "member", role));
            memberUrls[member] = roles.url(role);
        }
    }

    private String granted(String asUrl, String role, String user) throws IOException, InterruptedException {
        Run grants = start(asUrl, List.of("database", "grants", "--role", role, "--user", user), null);
        assertThat(grants.exit()).as(grants.toString()).isZero();
        return grants.stdout();
    }

    @Test
    void shouldKeepEveryMembersWritesWholeAndTheTrailVerifiedInOneShotsAndInShells() throws Exception {
        Path rules = Files.createDirectories(work.resolve("rules"));
        ExecutorService members = Executors.newFixedThreadPool(MEMBERS);
        CyclicBarrier together = new CyclicBarrier(MEMBERS);
        List<Future<?>> running = new ArrayList<>();
        for (int member = 0; member < MEMBERS; member++) {
            int me = member;
            running.add(members.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    if (me == 0) {
                        prepareRound(round, rules);
                    }
                    together.await(5, TimeUnit.MINUTES); // the round's folders are ready: all start at once
                    oneShotRound(me, round);
                }
                return null;
            }));
        }
        for (Future<?> member : running) {
            member.get(20, TimeUnit.MINUTES);
        }
        running.clear();
        for (int member = 0; member < MEMBERS; member++) {
            int me = member;
            running.add(members.submit(() -> {
                shell(me);
                return null;
            }));
        }
        for (Future<?> member : running) {
            member.get(10, TimeUnit.MINUTES);
        }
        members.shutdown();

        assertThat(faults).as("internal errors or leaked faults").isEmpty();
        assertEveryReportedWriteIsStored();
        assertThat(refusedDeletes).as("deletes refused in one line, to members only").isNotEmpty()
                .doesNotContain("member-" + ERASER);
        assertNoUnchangedContentStoredTwice();
        Run verify = run("member-0", "audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();

        String tampered = tamperWithOneEvaluation();
        Run broken = run("member-0", "audit", "verify");
        assertThat(broken.exit()).as(broken.toString()).isEqualTo(1);
        assertThat(broken.stdout() + broken.stderr()).contains(tampered);
    }

    /** Round r's folders: new ids, and the folder of round r-1 changed; a new rule set every fifth round. */
    private void prepareRound(int round, Path rules) throws IOException {
        String maya = Files.readString(Path.of("samples/maya-chen.yaml"));
        Path fresh = Files.createDirectories(work.resolve("new-" + round));
        Path changed = Files.createDirectories(work.resolve("changed-" + round));
        for (int i = 0; i < PER_FOLDER; i++) {
            String id = "c" + round + "-" + i;
            String yaml = maya.replaceFirst("(?m)^id: .*$", "id: " + id).replaceFirst("(?m)^name: .*$",
                    "name: Candidate " + round + "-" + i);
            Files.writeString(fresh.resolve(id + ".yaml"), yaml);
            String before = "c" + (round - 1) + "-" + i;
            Files.writeString(changed.resolve(before + ".yaml"), yaml.replace("id: " + id, "id: " + before)
                    .replaceFirst("(?m)^yearsInLevel: .*$", "yearsInLevel: 3.5"));
        }
        Path roundRules = Files.createDirectories(rules.resolve("round-" + round));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".drl")).toList()) {
                Files.writeString(roundRules.resolve(file.getFileName()), Files.readString(file)
                        + "\n// round " + round + "\n");
            }
        }
    }

    /**
     * One act per member and round, all three at once. A folder imported in round b is re-imported
     * changed in b+1, its first id evaluated under a new rule set in b+2, decided on (promote
     * against defer) in b+3, and erased by one member while the others evaluate it in b+4.
     */
    private void oneShotRound(int me, int round) throws IOException, InterruptedException {
        String actor = "member-" + me;
        int kind = round % 5;
        String first = "c" + (round - kind) + "-0";
        record(switch (kind) {
            case 0 -> run(actor, "import", work.resolve("new-" + round).toString());
            case 1 -> run(actor, "import", work.resolve("changed-" + round).toString());
            case 2 -> run(actor, "--ladder.rules-dir=" + work.resolve("rules/round-" + round), "evaluate", first);
            case 3 -> run(actor, "decide", first, "--decision", me % 2 == 0 ? "promote" : "defer",
                    "--reason", "member " + me + " read the packet");
            default -> me == 0 ? run(actor, "delete", first, "--reason", "asked to be removed from the cycle")
                    : run(actor, "evaluate", first);
        });
    }

    /** One open shell per member: the same kinds of act on ids of their own and shared ones, from stdin. */
    private void shell(int me) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            String shared = "c" + (round % 10) + "-2";
            script.append("import ").append(work.resolve("new-" + round)).append('\n');
            script.append("evaluate ").append(shared).append('\n');
            script.append("decide ").append(shared).append(" --decision ").append(me == 1 ? "defer" : "promote")
                    .append(" --reason \"shell ").append(me).append("\"\n");
            if (round % 7 == me) {
                script.append("delete c").append(round).append("-3 --reason \"withdrawn\"\n");
            }
        }
        script.append("exit\n");
        Path input = work.resolve("shell-" + me + ".txt");
        Files.writeString(input, script);
        Run shell = start(memberUrls[me], List.of("--ladder.actor=member-" + me), input);
        record(shell);
        Matcher refused = REFUSED_DELETE.matcher(shell.stdout() + shell.stderr());
        while (refused.find()) {
            refusedDeletes.add("member-" + me);
        }
    }

    private void record(Run run) {
        String all = run.stdout() + "\n" + run.stderr();
        if (run.exit() == 2 || all.contains("internal error") || all.contains("SQL state")
                || all.contains("Exception") || all.contains("\tat ")) {
            faults.add(run.toString());
        }
        collect(IMPORTED.matcher(run.stdout()), imported);
        collect(UNCHANGED.matcher(run.stdout()), imported);
        Matcher evaluation = EVALUATED.matcher(run.stdout());
        while (evaluation.find()) {
            evaluated.add(evaluation.group(2) + "#" + evaluation.group(1));
        }
        Matcher erasure = ERASED.matcher(run.stdout());
        while (erasure.find()) {
            erased.add(erasure.group(1));
        }
        if (DECIDED.matcher(run.stdout()).find()) {
            decidedOn.add(run.command());
        }
    }

    private static void collect(Matcher versions, Set<String> into) {
        while (versions.find()) {
            into.add(versions.group(1) + "#" + versions.group(2));
        }
    }

    private void assertEveryReportedWriteIsStored() throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            for (String version : imported) {
                String[] parts = version.split("#");
                if (!erased.contains(parts[0]) && !exists(connection,
                        "select 1 from profile_version where profile_id = '" + parts[0] + "' and version = "
                        + parts[1])) {
                    missing.add("version " + version);
                }
            }
            for (String evaluation : evaluated) {
                String[] parts = evaluation.split("#");
                if (!erased.contains(parts[0]) && !exists(connection,
                        "select 1 from evaluation where profile_id = '" + parts[0] + "' and number = " + parts[1])) {
                    missing.add("evaluation " + evaluation);
                }
            }
        }
        assertThat(imported).as("imports reported").isNotEmpty();
        assertThat(evaluated).as("evaluations reported").isNotEmpty();
        assertThat(erased).as("erasures reported").isNotEmpty();
        assertThat(decidedOn).as("decisions reported").isNotEmpty();
        assertThat(missing).as("reported as stored but not in the database").isEmpty();
    }

    /** Content may come back (A, B, A), but a re-import of the latest content is never a new version. */
    private void assertNoUnchangedContentStoredTwice() throws SQLException {
        List<String> twice = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select a.profile_id, b.version from profile_version a"
                        + " join profile_version b on b.profile_id = a.profile_id and b.version = a.version + 1"
                        + " where a.yaml = b.yaml")) {
            while (rows.next()) {
                twice.add(rows.getString(1) + " version " + rows.getInt(2));
            }
        }
        assertThat(twice).as("a version whose content is the same as the version before it").isEmpty();
    }

    /** Changes one recorded verdict with SQL, as someone with database access could; returns its profile id. */
    private String tamperWithOneEvaluation() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select id, profile_id from evaluation where verdict <> 'READY' order by id limit 1")) {
            assertThat(row.next()).isTrue();
            long id = row.getLong(1);
            String profile = row.getString(2);
            statement.executeUpdate("update evaluation set verdict = 'READY', score = 100 where id = " + id);
            return profile;
        }
    }

    private static boolean exists(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    /** What one process printed and how it ended. */
    record Run(String command, int exit, String stdout, String stderr) {
        @Override
        public String toString() {
            return command + " → exit " + exit + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    /** One-shot as member-N ("member-N"), logged in as that member's database role. */
    private Run run(String actor, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("--ladder.actor=" + actor));
        command.addAll(List.of(args));
        return start(memberUrls[Integer.parseInt(actor.substring("member-".length()))], command, null);
    }

    private Run start(String url, List<String> args, Path stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--spring.datasource.url=" + url));
        command.addAll(args);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(new File(".").getAbsoluteFile())
                .redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.from(stdin.toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            faults.add(String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new Run(String.join(" ", args), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
