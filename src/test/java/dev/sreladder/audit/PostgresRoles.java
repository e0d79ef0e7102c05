package dev.sreladder.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema of its own on the test server, and database roles that log in to it holding exactly
 * what 'database grants' prints: its owner (the superuser runs the owner's statements) and members
 * and erasers (the owner runs theirs, once its first run created the tables). The server's URL
 * ({@value PostgresStorageFlowTest#URL_VARIABLE}) names a superuser.
 */
final class PostgresRoles {

    private final String server;
    private final String schema;
    private final String suffix;
    private final String password;
    private final String owner;

    private PostgresRoles(String server, String prefix) {
        this.server = server;
        this.suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        this.schema = prefix + "_" + suffix;
        this.password = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
                .putLong(ThreadLocalRandom.current().nextLong()).array());
        this.owner = "owner_" + suffix;
    }

    /** A new schema named {@code prefix_<random>} and its owner's role (no grant yet). */
    static PostgresRoles create(String server, String prefix) throws SQLException {
        PostgresRoles roles = new PostgresRoles(server, prefix);
        roles.asSuperuser("create schema " + roles.schema);
        roles.login(roles.owner);
        return roles;
    }

    String schema() {
        return schema;
    }

    /** The password every role of this schema logs in with. */
    String password() {
        return password;
    }

    String owner() {
        return owner;
    }

    /** A new role that may log in (cluster-wide, hence the schema's suffix), with no privilege yet. */
    String role(String name) throws SQLException {
        String role = name + "_" + suffix;
        login(role);
        return role;
    }

    /** The URL that logs in as {@code role} with the schema as its current one. */
    String url(String role) {
        return withParameters(server, "user=" + role, "password=" + password, "currentSchema=" + schema);
    }

    /** The URL of the superuser the server's URL names, in this schema: for what no member may do. */
    String superuserUrl() {
        return withParameters(server, "currentSchema=" + schema);
    }

    /** Runs, as the superuser, the statements 'database grants --role owner' printed. */
    void grantAsSuperuser(String printed) throws SQLException {
        execute(superuserUrl(), printed);
    }

    /** Runs, as the owner, the statements 'database grants --role member|eraser' printed. */
    void grantAsOwner(String printed) throws SQLException {
        execute(url(owner), printed);
    }

    /**
     * For tests in one process: the schema migrated as its owner's first run migrates it, and a new
     * role {@code name} holding exactly the statements 'database grants --role {@code kind}' prints.
     */
    String migratedAndGranted(String name, String kind) throws SQLException {
        String ownerUrl = url(owner);
        grantAsSuperuser(String.join("\n", new DatabaseGrants(ownerUrl).statements("owner", owner).get(0)));
        new dev.sreladder.database.Database(new org.springframework.jdbc.datasource.DriverManagerDataSource(ownerUrl),
                ownerUrl).read(jdbc -> jdbc.sql("select count(*) from profile").query(Long.class).single());
        String role = role(name);
        grantAsOwner(String.join("\n", new DatabaseGrants(ownerUrl).statements(kind, role).get(0)));
        return role;
    }

    /** Every line that is not a comment, as printed, one statement a line. */
    private static void execute(String url, String printed) throws SQLException {
        List<String> statements = printed.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("--")).toList();
        if (statements.isEmpty() || !statements.stream().allMatch(line -> line.startsWith("GRANT "))) {
            throw new IllegalArgumentException("not what 'database grants' prints:\n" + printed);
        }
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String grant : statements) {
                statement.execute(grant);
            }
        }
    }

    private void login(String role) throws SQLException {
        asSuperuser("create role " + role + " login password '" + password + "'");
    }

    private void asSuperuser(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The URL with these parameters instead of any of the same name. */
    private static String withParameters(String url, String... parameters) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            List<String> replaced = Arrays.stream(parameters).map(parameter -> parameter.substring(0,
                    parameter.indexOf('=') + 1)).toList();
            Arrays.stream(url.substring(query + 1).split("&")).filter(parameter -> !parameter.isEmpty()
                    && replaced.stream().noneMatch(parameter::startsWith)).forEach(kept::add);
        }
        kept.addAll(List.of(parameters));
        return base + "?" + String.join("&", kept);
    }
}
