package dev.sreladder.audit;

import java.util.Arrays;
import java.util.List;

import dev.sreladder.database.DatabaseUrl;
import dev.sreladder.database.Grants;

/**
 * Who may do what to the committee's record on a shared PostgreSQL: the GRANT statements each kind
 * of user needs in the configured database's schema (see {@link Grants}). Prints only; touches no
 * database.
 */
public final class DatabaseGrants {

    /** The kinds of user, as {@code --role} names them. */
    public static final List<String> ROLES = Arrays.stream(Grants.Role.values()).map(Grants.Role::word).toList();

    private final String schema;

    public DatabaseGrants(String url) {
        this.schema = new DatabaseUrl(url).currentSchema().orElse("public");
    }

    /**
     * One block of statements per role, for {@code role} (all three when null) and the database role
     * {@code user} (when null, sre_ladder_ and the role's name).
     */
    public List<List<String>> statements(String role, String user) {
        List<Grants.Role> roles = role == null ? List.of(Grants.Role.values()) : List.of(Grants.Role.parse(role));
        return roles.stream().map(each -> Grants.statements(each, user == null ? "sre_ladder_" + each.word() : user,
                schema)).toList();
    }
}
