package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.DatabaseGrants;
import dev.sreladder.shell.terminal.LadderCompletion;

/** {@code database grants}: what each kind of user needs on a shared PostgreSQL database. */
@Component
class DatabaseCommands {

    static final String GRANTS_HELP = """
            database grants [--role member|eraser|owner] [--user NAME]

            The PostgreSQL GRANT statements each kind of user of a shared database needs, and no \
            more: the owner creates the tables and migrates them (a superuser runs its statements \
            first); members read, import, evaluate and decide, and may neither change nor delete a \
            recorded row; erasers are members who may also 'delete' a profile (the owner runs theirs \
            once the tables exist). Without --role, all three. --user names the database role to \
            grant to (default: sre_ladder_member, sre_ladder_eraser, sre_ladder_owner). The schema \
            is the configured database's (currentSchema in the URL), else public. Prints only; \
            touches no database.""";

    private final DatabaseGrants grants;

    DatabaseCommands(DatabaseGrants grants) {
        this.grants = grants;
    }

    @Command(name = {"database", "grants"}, group = "Committee",
            description = "The PostgreSQL grants each kind of user needs",
            help = GRANTS_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void grants(@Option(longName = "role", description = "member, eraser or owner (default: all three)")
            String role,
            @Option(longName = "user", description = "the database role to grant to") String user,
            CommandContext context) {
        PrintWriter out = context.outputWriter();
        List<List<String>> blocks = grants.statements(role, user);
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.println();
            }
            blocks.get(i).forEach(out::println);
        }
        out.flush();
    }
}
