package dev.sreladder.database;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;

import dev.sreladder.system.LadderException;

/**
 * A statement the database refused for want of a privilege (PostgreSQL's SQL state 42501, H2's
 * error 90096): one line naming the act, the privilege and the table, and who grants what. The
 * driver's message is not quoted (H2's carries the statement's values); only the table it names
 * is read from it.
 */
final class PermissionDenied {

    static final String POSTGRES_STATE = "42501";
    static final int H2_NOT_ENOUGH_RIGHTS = 90096;

    private static final Pattern STATEMENT = Pattern.compile("SQL \\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern REFUSED_TABLE = Pattern.compile(
            "(?i)(?:for (?:table|relation) \"?(\\w+)\"?|\"\\w+\\.(\\w+)\")");

    private PermissionDenied() {
    }

    static LadderException of(String where, Throwable error, String driverMessage) {
        Optional<SqlNeeds.Need> refused = statement(error).map(sql -> refused(SqlNeeds.of(sql), driverMessage));
        if (refused.isEmpty()) {
            return new LadderException(dev.sreladder.system.ExitCode.BAD_INPUT, "permission denied by the database at "
                    + where + ": your database role lacks a privilege this needs — 'sre-ladder database grants' "
                    + "prints what each kind of user needs; the schema's owner grants it", error);
        }
        SqlNeeds.Need need = refused.get();
        String privilege = need.action() + (need.columns().isEmpty() ? "" : " (" + String.join(", ", need.columns())
                + ")") + " on table " + need.table();
        String act = Grants.neededBy(need.action(), need.table()).orElse("this command");
        Optional<Grants.Role> role = Grants.needing(need);
        String fix = role.map(needed -> "the schema's owner grants what " + articled(needed) + " needs: "
                + "'sre-ladder database grants --role " + needed.word() + " --user YOUR_DB_ROLE' prints the "
                + "statements").orElse("sre-ladder never asks a member for this: run it as the schema's owner");
        return new LadderException(dev.sreladder.system.ExitCode.BAD_INPUT, "permission denied by the database at "
                + where + ": " + act + " needs " + privilege + ", which your database role lacks — " + fix, error);
    }

    private static String articled(Grants.Role role) {
        return (role == Grants.Role.ERASER ? "an " : "a ") + role.word();
    }

    /** The refused statement's need: the one on the table the driver names, else its first write. */
    private static SqlNeeds.Need refused(List<SqlNeeds.Need> needs, String driverMessage) {
        Matcher table = REFUSED_TABLE.matcher(driverMessage == null ? "" : driverMessage);
        if (table.find()) {
            String name = (table.group(1) != null ? table.group(1) : table.group(2)).toLowerCase(java.util.Locale.ROOT);
            List<SqlNeeds.Need> onIt = needs.stream().filter(need -> need.table().equals(name)).toList();
            if (!onIt.isEmpty()) {
                return SqlNeeds.main(onIt);
            }
        }
        return SqlNeeds.main(needs);
    }

    /** The statement's text (with its ? placeholders, never its values), as Spring's exceptions carry it. */
    private static Optional<String> statement(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadSqlGrammarException grammar && grammar.getSql() != null) {
                return Optional.of(grammar.getSql());
            }
            if (cause instanceof UncategorizedSQLException uncategorized && uncategorized.getSql() != null) {
                return Optional.of(uncategorized.getSql());
            }
            Matcher statement = STATEMENT.matcher(cause.getMessage() == null ? "" : cause.getMessage());
            if (cause instanceof org.springframework.dao.DataAccessException && statement.find()) {
                return Optional.of(statement.group(1));
            }
        }
        return Optional.empty();
    }
}
