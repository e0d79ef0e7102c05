package dev.sreladder.database;

import java.util.Arrays;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.system.LadderException;

/**
 * Members never migrate a shared PostgreSQL schema: when it is behind this build and the database
 * user is not its owner (does not own, or act as the role that owns, Flyway's history table),
 * one line says who must migrate it, instead of a migration failing half-way on a privilege.
 */
final class SchemaOwner {

    private SchemaOwner() {
    }

    static void refuseMigrationByAMember(DataSource dataSource, DatabaseUrl url, MigrationInfoService info) {
        if (url.url() == null || !url.url().startsWith("jdbc:postgresql:")) {
            return;
        }
        Optional<MigrationInfo> pending = Arrays.stream(info.pending()).filter(MigrationInfo::isVersioned)
                .reduce((first, second) -> second);
        if (pending.isEmpty() || pending.get().getState() != MigrationState.PENDING) {
            return;
        }
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String user = jdbc.sql("select current_user").query(String.class).single();
        Optional<String> owner = jdbc.sql("""
                select tableowner from pg_tables where schemaname = current_schema() and tablename = ?""")
                .param("flyway_schema_history").query(String.class).optional();
        String needed = pending.get().getVersion().toString();
        String where = url.where();
        if (owner.isPresent()) {
            boolean actsAsOwner = jdbc.sql("select pg_has_role(current_user, ?, 'USAGE')").param(owner.get())
                    .query(Boolean.class).single();
            if (!actsAsOwner) {
                throw LadderException.badInput("the database at " + where + " is at schema version "
                        + Optional.ofNullable(info.current()).map(current -> current.getVersion().toString())
                                .orElse("none")
                        + " and this sre-ladder needs " + needed + "; members never migrate it — its owner (database"
                        + " role '" + owner.get() + "', you are '" + user + "') runs this sre-ladder once to migrate"
                        + " it, then everyone may use it");
            }
            return;
        }
        boolean mayCreate = Boolean.TRUE.equals(jdbc.sql(
                "select has_schema_privilege(current_user, current_schema(), 'CREATE')").query(Boolean.class)
                .optional().orElse(false));
        if (!mayCreate) {
            throw LadderException.badInput("the database at " + where + " has no sre-ladder tables yet, and your"
                    + " database role '" + user + "' may not create them — its owner runs sre-ladder first"
                    + " ('sre-ladder database grants --role owner --user OWNER' prints what the owner needs)");
        }
    }
}
