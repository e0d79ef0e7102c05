package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sreladder.database.Grants.Privilege;
import dev.sreladder.database.Grants.Role;
import dev.sreladder.database.SqlStatements.Statement;

/**
 * The grants that 'database grants' prints hold every statement sre-ladder runs, read from its
 * sources: a member's, an eraser's on the erase path, the owner's in the migrations; and no grant
 * is there that no statement needs. A new table or statement fails here until Grants says who may
 * run it.
 */
class GrantsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Where 'delete ID --reason' erases (AuditService#erase calls these in one write): the only
     * methods whose statements run under an eraser's grants. Every other statement is a member's.
     */
    private static final Set<String> ERASE_PATH = Set.of("StoredProfiles#erase", "AuditTrail#erase",
            "AuditTrail#tombstone");

    /** What a part only known at run time can be, where a method builds a statement from one. */
    private static final Map<String, List<String>> RUN_TIME_PARTS = Map.of(
            "AuditTrail#profileOf", List.of("decision", "erasure"));

    /**
     * Classes whose SQL runs only on an embedded H2 file (HalfMigrated looks into a file an earlier
     * first run left half-made), never on a shared PostgreSQL, so no grant is needed for them.
     */
    private static final Set<String> H2_FILE_ONLY = Set.of("HalfMigrated");

    /** What Flyway itself reads at every start, outside the sources: the schema's version. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^create table (\\w+)");
    private static final Pattern OWNERS_STATEMENT = Pattern.compile(
            "(?i)^(create table (\\w+)|create (?:unique )?index \\w+ on (\\w+)|alter table (\\w+)"
                    + "|insert into (\\w+)|update (\\w+) set)\\b.*");

    @Test
    void shouldCoverEveryStatementAMemberRunsWithTheMembersGrants() {
        List<Statement> members = statements(SqlStatements.in(SOURCES)).stream()
                .filter(statement -> !onTheErasePath(statement)).toList();

        assertThat(members).as("statements found").hasSizeGreaterThan(40);
        assertThat(uncovered(members, Role.MEMBER)).as("a member's statements the member's grants do not allow")
                .isEmpty();
    }

    @Test
    void shouldCoverTheErasePathWithTheErasersGrantsOnly() {
        List<Statement> erasing = statements(SqlStatements.in(SOURCES)).stream().filter(GrantsTest::onTheErasePath)
                .toList();

        assertThat(erasing).extracting(statement -> statement.where().replaceAll(":.*", ""))
                .as("every method of the erase path holds SQL").containsAll(ERASE_PATH);
        assertThat(uncovered(erasing, Role.ERASER)).as("erase statements the eraser's grants do not allow").isEmpty();
        assertThat(uncovered(erasing, Role.MEMBER)).as("erase statements a member may run too").isNotEmpty();
    }

    @Test
    void shouldGrantNothingNoStatementNeeds() {
        List<Statement> statements = statements(SqlStatements.in(SOURCES));
        List<Statement> members = statements.stream().filter(statement -> !onTheErasePath(statement)).toList();
        List<Statement> erasing = statements.stream().filter(GrantsTest::onTheErasePath).toList();

        List<Privilege> erasersOwn = new ArrayList<>(Grants.of(Role.ERASER));
        erasersOwn.removeAll(Grants.of(Role.MEMBER));
        assertThat(Grants.of(Role.MEMBER).stream().filter(privilege -> !privilege.table().equals(FLYWAY_HISTORY)
                && !neededBy(privilege, members)).map(GrantsTest::describe))
                .as("member grants no member statement needs").isEmpty();
        assertThat(erasersOwn.stream().filter(privilege -> !neededBy(privilege, erasing)).map(GrantsTest::describe))
                .as("eraser grants no erase statement needs").isEmpty();
        assertThat(Grants.of(Role.MEMBER)).as("members never change or delete a recorded row")
                .noneMatch(privilege -> privilege.action().equals("DELETE")
                        || privilege.action().equals("UPDATE") && privilege.table().equals("audit_record"));
    }

    @Test
    void shouldKnowEveryTableTheMigrationsCreateAndLetTheOwnerRunEveryMigration() {
        List<String> migrations = migrationStatements(MIGRATIONS);
        Set<String> created = new TreeSet<>();
        migrations.forEach(sql -> {
            Matcher table = CREATE_TABLE.matcher(sql);
            if (table.find()) {
                created.add(table.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        });
        created.add(FLYWAY_HISTORY);

        assertThat(new TreeSet<>(Grants.TABLES)).as("Grants.TABLES against the tables the migrations create")
                .isEqualTo(created);
        assertThat(beyondTheOwner(migrations, created)).as("migration statements the owner's grants do not allow")
                .isEmpty();
        assertThat(Grants.statements(Role.OWNER, "sre_ladder_owner", "public"))
                .contains("GRANT CREATE ON SCHEMA public TO sre_ladder_owner;");
    }

    @Test
    void shouldPrintForEachRoleExactlyItsGrants() {
        List<String> member = Grants.statements(Role.MEMBER, "alice", "committee");

        assertThat(member).contains("GRANT USAGE ON SCHEMA committee TO alice;",
                "GRANT UPDATE (last_version, last_evaluation) ON committee.profile TO alice;",
                "GRANT UPDATE (records, last_hash) ON committee.audit_head TO alice;");
        assertThat(String.join("\n", member)).doesNotContain("DELETE").doesNotContain("UPDATE ON");
        assertThat(member).filteredOn(line -> line.startsWith("GRANT INSERT")).singleElement().asString()
                .doesNotContain("erasure");
        assertThat(Grants.statements(Role.ERASER, "bob", "public"))
                .contains("GRANT DELETE ON public.profile_version, public.evaluation, public.decision TO bob;");
    }

    /** The check itself, on sources that hold what it must catch. */
    @Test
    void shouldNameAStatementNoGrantCoversATableNoGrantNamesAndAPartNotKnown() {
        List<Statement> added = SqlStatements.inSource("""
                package dev.sreladder.cycle;
                class Cycles {
                    private static final String COLUMNS = "select name, state from cycle";
                    void pin(org.springframework.jdbc.core.simple.JdbcClient jdbc, String table) {
                        jdbc.sql(COLUMNS + " where name = ?").param("x").query(String.class).list();
                        jdbc.sql(\"""
                                update audit_record set hash = ?
                                where seq = ?\""").params("h", 1).update();
                        jdbc.sql("select count(*) from " + table).query(Long.class).single();
                        jdbc.sql("update profile set last_version = 0, created_at = ? where id = ?").update();
                    }
                }
                """);

        assertThat(uncovered(statements(added), Role.MEMBER)).containsExactly(
                "Cycles: select name, state from cycle — needs SELECT on cycle",
                "Cycles#pin: select name, state from cycle where name = ? — needs SELECT on cycle",
                "Cycles#pin: update audit_record set hash = ? where seq = ? — needs UPDATE (hash) on audit_record",
                "Cycles#pin: select count(*) from {?} — built at run time from a part this test does not know:"
                        + " say what it can be in RUN_TIME_PARTS",
                "Cycles#pin: update profile set last_version = 0, created_at = ? where id = ? — needs UPDATE"
                        + " (last_version, created_at) on profile");
        assertThat(beyondTheOwner(List.of("create table cycle (name varchar(100))", "create extension pgcrypto",
                "alter table profile add column cycle varchar(100)"), Set.of("profile")))
                .containsExactly("create table cycle (name varchar(100))", "create extension pgcrypto");
    }

    private static boolean onTheErasePath(Statement statement) {
        return ERASE_PATH.contains(statement.where());
    }

    /** The statements, each with its run-time part filled in by every value it can take. */
    private static List<Statement> statements(List<Statement> found) {
        List<Statement> statements = new ArrayList<>();
        for (Statement statement : found) {
            if (H2_FILE_ONLY.contains(statement.where().replaceAll("#.*", ""))) {
                continue;
            }
            if (statement.sql().contains(SqlStatements.UNKNOWN) && RUN_TIME_PARTS.containsKey(statement.where())) {
                RUN_TIME_PARTS.get(statement.where()).forEach(part -> statements.add(new Statement(statement.where(),
                        statement.sql().replace(SqlStatements.UNKNOWN, part))));
            } else {
                statements.add(statement);
            }
        }
        return statements;
    }

    /** Each statement with a need {@code role}'s grants do not allow, and which. */
    private static List<String> uncovered(List<Statement> statements, Role role) {
        Set<String> uncovered = new LinkedHashSet<>();
        for (Statement statement : statements) {
            if (statement.sql().contains(SqlStatements.UNKNOWN)) {
                uncovered.add(statement + " — built at run time from a part this test does not know: say what it"
                        + " can be in RUN_TIME_PARTS");
                continue;
            }
            statement.needs().stream().filter(need -> !Grants.covers(role, need)).findFirst()
                    .ifPresent(need -> uncovered.add(statement + " — needs " + need.action()
                            + (need.columns().isEmpty() ? "" : " (" + String.join(", ", need.columns()) + ")")
                            + " on " + need.table()));
        }
        return List.copyOf(uncovered);
    }

    private static boolean neededBy(Privilege privilege, List<Statement> statements) {
        return statements.stream().flatMap(statement -> statement.needs().stream())
                .anyMatch(need -> need.action().equals(privilege.action()) && need.table().equals(privilege.table())
                        && (privilege.columns().isEmpty() ? need.columns().isEmpty()
                                : need.columns().stream().anyMatch(privilege.columns()::contains)));
    }

    private static String describe(Privilege privilege) {
        return privilege.action() + " " + privilege.columns() + " on " + privilege.table();
    }

    /**
     * Migration statements the owner may not run with its grants: it owns the tables it creates, so
     * it may create, alter, index and fill them, and nothing else (no extension, schema or role).
     */
    private static List<String> beyondTheOwner(List<String> migrations, Set<String> tables) {
        List<String> beyond = new ArrayList<>();
        for (String sql : migrations) {
            Matcher statement = OWNERS_STATEMENT.matcher(sql);
            boolean owned = statement.matches() && Stream.of(statement.group(2), statement.group(3),
                    statement.group(4), statement.group(5), statement.group(6)).anyMatch(table -> table != null
                            && tables.contains(table.toLowerCase(java.util.Locale.ROOT)));
            if (!owned) {
                beyond.add(sql);
            }
        }
        return beyond;
    }

    private static List<String> migrationStatements(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> statements = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Files.readString(file).replaceAll("(?m)--.*$", "");
                Arrays.stream(sql.split(";")).map(SqlStatements::normal).filter(text -> !text.isEmpty())
                        .forEach(statements::add);
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
