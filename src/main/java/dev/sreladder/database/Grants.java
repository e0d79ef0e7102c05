package dev.sreladder.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.sreladder.system.LadderException;

/**
 * The privileges each kind of user needs on a shared PostgreSQL, derived from the SQL the tool
 * runs ({@code GrantsTest} scans it, so a new table or write cannot slip past). A member reads,
 * imports, evaluates and decides, and never changes or deletes a recorded row: the only UPDATEs
 * are the two counters of {@code profile} and the chain's head. An eraser is a member who may also
 * erase a profile. The owner creates the tables and migrates them.
 */
public final class Grants {

    /** The kinds of database user, from the least privileged. */
    public enum Role {
        MEMBER("reads, imports, evaluates and decides; never changes or deletes a recorded row"),
        ERASER("a member who may also erase a profile ('delete ID --reason TEXT')"),
        OWNER("creates the tables and migrates them when a new sre-ladder needs it");

        private final String does;

        Role(String does) {
            this.does = does;
        }

        public String does() {
            return does;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role named on the command line; bad input naming the three otherwise. */
        public static Role parse(String word) {
            for (Role role : values()) {
                if (role.word().equals(word == null ? "" : word.strip().toLowerCase(Locale.ROOT))) {
                    return role;
                }
            }
            throw LadderException.badInput("unknown role '" + word + "' for --role — use member, eraser or owner");
        }
    }

    /** One privilege on one table, on some {@code columns} only when not empty, and the act that needs it. */
    public record Privilege(String action, String table, List<String> columns, String neededBy) {
    }

    /** Every table the migrations create, and Flyway's own record of them. */
    public static final List<String> TABLES = List.of("profile", "profile_version", "rule_set", "rule_file",
            "evaluation", "decision", "erasure", "cycle_act", "audit_head", "audit_record", "flyway_schema_history");

    private static final String READING = "every command that reads stored data";
    private static final String IMPORT = "'import' (storing a profile version)";
    private static final String EVALUATE = "'evaluate' (recording an evaluation)";
    private static final String DECIDE = "'decide' (recording a decision)";
    private static final String RECORD = "every recorded act (the audit chain)";
    private static final String CYCLE = "'cycle' (opening, adding to, pinning or closing a cycle)";
    private static final String ERASE = "'delete' (erasing a profile)";

    /**
     * A member reads every table, Flyway's history too: Flyway reads the schema version at every start, to
     * refuse a schema newer or older than the build.
     */
    private static final List<Privilege> READS = TABLES.stream()
            .map(table -> new Privilege("SELECT", table, List.of(), READING)).toList();

    private static final List<Privilege> MEMBER = concat(READS, List.of(
            new Privilege("INSERT", "profile", List.of(), IMPORT),
            new Privilege("INSERT", "profile_version", List.of(), IMPORT),
            new Privilege("UPDATE", "profile", List.of("last_version"), IMPORT),
            new Privilege("INSERT", "rule_set", List.of(), EVALUATE),
            new Privilege("INSERT", "rule_file", List.of(), EVALUATE),
            new Privilege("INSERT", "evaluation", List.of(), EVALUATE),
            new Privilege("UPDATE", "profile", List.of("last_evaluation"), EVALUATE),
            new Privilege("INSERT", "decision", List.of(), DECIDE),
            new Privilege("INSERT", "cycle_act", List.of(), CYCLE),
            new Privilege("INSERT", "audit_record", List.of(), RECORD),
            // Also what lets every write lock the head row first (select ... for update).
            new Privilege("UPDATE", "audit_head", List.of("records", "last_hash"), RECORD)));

    private static final List<Privilege> ERASER_TOO = List.of(
            new Privilege("DELETE", "profile_version", List.of(), ERASE),
            new Privilege("DELETE", "evaluation", List.of(), ERASE),
            new Privilege("DELETE", "decision", List.of(), ERASE),
            new Privilege("INSERT", "erasure", List.of(), ERASE));

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final int MAX_NAME_BYTES = 63;

    private Grants() {
    }

    /** What a role needs on the tables; the owner owns them, so needs no grant on any. */
    public static List<Privilege> of(Role role) {
        return switch (role) {
            case MEMBER -> MEMBER;
            case ERASER -> concat(MEMBER, ERASER_TOO);
            case OWNER -> List.of();
        };
    }

    /** The least privileged role whose grants allow {@code need}. */
    public static Optional<Role> needing(SqlNeeds.Need need) {
        return Stream.of(Role.MEMBER, Role.ERASER).filter(role -> covers(role, need)).findFirst();
    }

    /**
     * Whether {@code role}'s grants allow what a statement needs: the same action on the same table, on
     * every column it names (a need that names none, like a lock's UPDATE, takes any column). The
     * catalogs (pg_*) are readable by everyone; the owner owns every table.
     */
    public static boolean covers(Role role, SqlNeeds.Need need) {
        if (role == Role.OWNER || (need.action().equals("SELECT") && need.table().startsWith("pg_"))) {
            return true;
        }
        List<Privilege> onTable = of(role).stream().filter(privilege -> privilege.action().equals(need.action())
                && privilege.table().equals(need.table())).toList();
        return !onTable.isEmpty() && (onTable.stream().anyMatch(privilege -> privilege.columns().isEmpty())
                || onTable.stream().flatMap(privilege -> privilege.columns().stream()).toList()
                        .containsAll(need.columns()));
    }

    /** The act that needs {@code action} on {@code table}, as the user knows it. */
    public static Optional<String> neededBy(String action, String table) {
        return of(Role.ERASER).stream().filter(privilege -> privilege.action().equals(action)
                && privilege.table().equals(table)).map(Privilege::neededBy).findFirst();
    }

    /**
     * The PostgreSQL statements that give {@code user} what {@code role} needs in {@code schema}: for
     * the owner, run by a superuser before the first run; for the others, by the owner after it.
     */
    public static List<String> statements(Role role, String user, String schema) {
        String to = identifier(user, "--user");
        String in = identifier(schema, "the schema");
        List<String> lines = new ArrayList<>();
        lines.add("-- " + role.word() + ": " + role.does());
        if (role == Role.OWNER) {
            lines.add("-- run as a superuser, before the owner's first sre-ladder run creates the tables");
            // With the grant option on USAGE, the owner can let members into the schema: members need no superuser.
            lines.add("GRANT USAGE ON SCHEMA " + in + " TO " + to + " WITH GRANT OPTION;");
            lines.add("GRANT CREATE ON SCHEMA " + in + " TO " + to + ";");
            return lines;
        }
        lines.add("-- run as the owner, once its first sre-ladder run has created the tables");
        lines.add("GRANT USAGE ON SCHEMA " + in + " TO " + to + ";");
        Map<String, List<String>> tablesByAction = new LinkedHashMap<>();
        Map<String, List<String>> columnsByTable = new LinkedHashMap<>();
        for (Privilege privilege : of(role)) {
            if (privilege.columns().isEmpty()) {
                tablesByAction.computeIfAbsent(privilege.action(), key -> new ArrayList<>())
                        .add(in + "." + privilege.table());
            } else {
                columnsByTable.computeIfAbsent(privilege.action() + " " + in + "." + privilege.table(),
                        key -> new ArrayList<>()).addAll(privilege.columns());
            }
        }
        tablesByAction.forEach((action, tables) -> lines.add("GRANT " + action + " ON " + String.join(", ", tables)
                + " TO " + to + ";"));
        columnsByTable.forEach((actionAndTable, columns) -> {
            String[] parts = actionAndTable.split(" ", 2);
            lines.add("GRANT " + parts[0] + " (" + String.join(", ", columns) + ") ON " + parts[1] + " TO " + to + ";");
        });
        return lines;
    }

    /** A PostgreSQL name as it must be written: as is when plain lower case, else double-quoted. */
    static String identifier(String name, String option) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(Character::isISOControl)
                || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw LadderException.badInput(option + " must be a PostgreSQL role or schema name: 1 to "
                    + MAX_NAME_BYTES + " bytes, no control characters");
        }
        return PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static List<Privilege> concat(List<Privilege> first, List<Privilege> second) {
        List<Privilege> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
