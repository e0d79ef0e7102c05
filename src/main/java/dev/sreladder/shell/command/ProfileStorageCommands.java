package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.CycleLedger;
import dev.sreladder.cycle.CycleService;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileImport;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.shell.render.CycleText;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.StoredProfileJson;
import dev.sreladder.shell.render.StoredProfileText;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.TerminalInputReader;
import dev.sreladder.shell.terminal.TerminalQuestions;
import dev.sreladder.system.DatabaseUnavailable;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/** {@code import}, {@code profiles}, {@code show} and {@code delete}: the profiles a committee keeps. */
@Component
class ProfileStorageCommands {

    static final String IMPORT_HELP = """
            import PATH [--cycle NAME]

            Stores a profile file, or every *.yaml/*.yml profile in a folder. Each file is stored \
            whole or not at all; a profile whose id is already stored becomes its next version (the \
            old versions stay, for the history), unless its content is unchanged. Each version records \
            who imported it (ladder.actor) and when. Bad files, and files the database refused, are \
            reported by name; the others are stored, and the exit code is 1. With --cycle NAME, the \
            profiles stored (or unchanged) then become candidates of that open cycle, as 'cycle add' \
            makes them.""";
    static final String PROFILES_HELP = """
            profiles [--format text|json]

            The stored profiles: id, name, level → target, versions, and the latest verdict with when \
            it was given. With --format json, one array of objects with the same fields (id, name, \
            level, target, versions, latestVerdict, when), an empty array when nothing is stored.""";
    static final String SHOW_HELP = """
            show ID [--version N]

            The stored profile as YAML, exactly as imported (the latest version, or version N), and \
            the list of its versions.""";
    static final String DELETE_HELP = """
            delete ID --reason TEXT [--yes]

            Erases a stored profile's personal data (all its versions, evaluations and decisions) and \
            leaves a tombstone: the id, who, when, the reason and how many records went. 'history ID' \
            then says the id was erased; numbers continue if it is imported again. The reason is \
            required. In the interactive shell, delete then asks you to type the id to confirm; \
            anything else erases nothing. --yes erases without asking. Run as a one-shot command \
            (java -jar sre-ladder.jar delete …), or in a shell fed through a pipe, the reason is the \
            confirmation and nothing is asked, so scripts keep working (--force is still accepted and \
            changes nothing).""";

    private final ProfileImport imports;
    private final StoredProfiles profiles;
    private final AuditService audit;
    private final CycleService cycles;
    private final ObjectProvider<TemplateExecutor> templates;
    private final ResourceLoader resources;

    ProfileStorageCommands(ProfileImport imports, StoredProfiles profiles, AuditService audit, CycleService cycles,
            ObjectProvider<TemplateExecutor> templates, ResourceLoader resources) {
        this.imports = imports;
        this.templates = templates;
        this.resources = resources;
        this.cycles = cycles;
        this.profiles = profiles;
        this.audit = audit;
    }

    @Command(name = "import", group = "Profiles", description = "Store a profile file or a folder of profiles",
            help = IMPORT_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void importProfiles(@Argument(index = 0, description = "profile file or folder") String path,
            @Option(longName = "cycle", description = "open cycle to make them candidates of") String cycle,
            CommandContext context) {
        String ref = Arguments.required(path, "import", "a profile file or folder", IMPORT_HELP);
        if (cycle != null) {
            // Checked first, so a cycle that is unknown or closed stores nothing.
            cycles.requireOpen(CycleLedger.requireName(cycle), "nothing was imported");
        }
        List<String> ids = new ArrayList<>();
        PrintWriter out = context.outputWriter();
        // Each file is reported (flushed) as soon as it is stored, so an interrupted import shows
        // exactly what is stored.
        int[] stored = {0};
        ProfileImport.Result result;
        try {
            result = imports.importEach(ref, imported -> {
                out.println(StoredProfileText.imported(imported));
                out.flush();
                stored[0]++;
                ids.add(imported.id());
            });
        } catch (DatabaseUnavailable e) {
            // One line: what is stored for sure, and that the profile in flight may or may not be.
            throw new LadderException(e.exitCode(), e.afterStoring(stored[0], "profile"), e);
        }
        if (cycle != null && !ids.isEmpty()) {
            out.println(CycleText.added(cycles.add(cycle, ids)));
            out.flush();
        }
        if (!result.errors().isEmpty()) {
            throw LadderException.someProfiles(result.errors(), result.stored(),
                    "were not imported; " + result.stored() + " were");
        }
    }

    @Command(name = "profiles", group = "Profiles", description = "List the stored profiles", help = PROFILES_HELP,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void list(@Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        OutputFormat outputFormat = OutputFormat.parse(format);
        List<AuditService.ProfileOverview> overviews = audit.profiles();
        PrintWriter out = context.outputWriter();
        if (outputFormat == OutputFormat.JSON) {
            out.println(StoredProfileJson.list(overviews));
            out.flush();
            return;
        }
        if (overviews.isEmpty()) {
            out.println("no stored profiles yet — 'import PATH' stores some");
            out.flush();
            return;
        }
        out.print(StoredProfileText.list(overviews));
        out.flush();
    }

    @Command(name = "show", group = "Profiles", description = "Show a stored profile and its versions",
            help = SHOW_HELP)
    public void show(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "version", description = "version number (default: latest)") String version,
            CommandContext context) {
        String profileId = storedId(id, "show", SHOW_HELP);
        List<StoredProfiles.Version> versions = profiles.versions(profileId);
        if (versions.isEmpty()) {
            throw profiles.missing(profileId);
        }
        StoredProfiles.Version shown = version == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(v -> v.version() == Arguments.positiveNumber(version, "--version"))
                        .findFirst().orElseThrow(() -> LadderException.badInput(profileId + " has no version "
                                + version + "; it has " + versions.size()));
        PrintWriter out = context.outputWriter();
        out.print(StoredProfileText.shown(profileId, shown, versions));
        out.flush();
    }

    @Command(name = "delete", group = "Profiles", description = "Erase a stored profile and all its history",
            help = DELETE_HELP)
    public void delete(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "reason", description = "why the profile is erased (required)") String reason,
            @Option(longName = "force", description = "accepted for older scripts; the reason confirms") boolean force,
            @Option(longName = "yes", description = "erase without asking in the interactive shell") boolean yes,
            CommandContext context) {
        String profileId = storedId(id, "delete", DELETE_HELP);
        String storable = Text.requireStorable(reason, "--reason", Text.MAX_REASON);
        // A shell fed commands through a pipe (a dumb terminal) runs a script, which --reason confirms as it
        // does for a one-shot.
        if (!yes && context.inputReader() instanceof TerminalInputReader shell
                && TerminalQuestions.canAsk(shell.terminal())) {
            // What would refuse the erasure is said before the question, not after it.
            AuditService.requireReason(profileId, storable);
            audit.requireStored(profileId);
            confirm(shell.terminal(), profileId, context);
        }
        AuditService.Erased erased = audit.erase(profileId, storable);
        context.outputWriter().println(StoredProfileText.erased(erased));
        context.outputWriter().flush();
    }

    /**
     * In the interactive shell, erasing for good waits for the id typed back, as {@code gh repo delete}
     * does: a slip of Enter or of the arrow keys in the history cannot erase anyone.
     */
    private void confirm(Terminal terminal, String id, CommandContext context) {
        String typed;
        try (TerminalQuestions questions = new TerminalQuestions(terminal, resources, templates.getObject(),
                context.outputWriter()::flush)) {
            typed = questions.answer("This erases every version, evaluation and decision of " + id
                    + " for good, leaving only a tombstone. Type " + id + " to confirm:");
        } catch (LadderException e) {
            // Ctrl-C or the end of the input while asking: say what matters here.
            throw new LadderException(e.exitCode(), e.getMessage().replace("nothing written", "nothing erased"), e);
        }
        if (!typed.strip().equals(id)) {
            throw LadderException.badInput("nothing erased: the answer was not " + id + " — type the id exactly to"
                    + " confirm, or give --yes");
        }
    }

    static String storedId(String id, String command, String help) {
        String value = Arguments.required(id, command, "a stored profile id", help);
        if (!Profile.ID.matcher(value).matches()) {
            throw LadderException.badInput("'" + value
                    + "' is not a profile id (a-z, 0-9 and '-', starting and ending with a letter or digit);"
                    + " 'profiles' lists them");
        }
        return value;
    }
}
