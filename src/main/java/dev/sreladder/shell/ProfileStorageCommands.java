package dev.sreladder.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.storage.StoredProfiles;
import dev.sreladder.system.LadderException;

/** {@code import}, {@code profiles}, {@code show} and {@code delete}: the profiles a committee keeps. */
@Component
class ProfileStorageCommands {

    static final String IMPORT_HELP = """
            import PATH

            Stores a profile file, or every *.yaml/*.yml profile in a folder. Each file is stored
            whole or not at all; a profile whose id is already stored becomes its next version (the
            old versions stay, for the history). Bad files are reported with file and line, nothing
            of them is stored, and the exit code is 1.""";
    static final String PROFILES_HELP = """
            profiles

            The stored profiles: id, name, level → target, versions, and the latest verdict with when
            it was given.""";
    static final String SHOW_HELP = """
            show ID [--version N]

            The stored profile as YAML, exactly as imported (the latest version, or version N), and
            the list of its versions.""";
    static final String DELETE_HELP = """
            delete ID [--force]

            Erases a stored profile with all its versions, evaluations and decisions, and says what
            was erased. The shell asks for confirmation; a one-shot run needs --force.""";

    private final StoredProfiles profiles;
    private final ProfileLoader loader;

    ProfileStorageCommands(StoredProfiles profiles, ProfileLoader loader) {
        this.profiles = profiles;
        this.loader = loader;
    }

    @Command(name = "import", group = "Profiles", description = "Store a profile file or a folder of profiles",
            help = IMPORT_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void importProfiles(@Argument(index = 0, description = "profile file or folder") String path,
            CommandContext context) {
        String ref = Arguments.required(path, "import", "a profile file or folder", IMPORT_HELP);
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(ref))) {
            throw LadderException.badInput("no such file or folder: " + ref);
        }
        PrintWriter out = context.outputWriter();
        List<String> errors = new ArrayList<>();
        int[] stored = {0};
        // One file at a time: read, stored in its own transaction, reported (flushed) at once, so
        // an interrupted import shows exactly what is stored and a large folder is never held whole.
        loader.forEach(ref, loaded -> {
            if (loaded.failed()) {
                errors.add(loaded.error());
                return;
            }
            int version = profiles.importProfile(loaded.document());
            stored[0]++;
            out.println("imported " + loaded.document().profile().id() + " (version " + version + ") from "
                    + loaded.source());
            out.flush();
        });
        if (!errors.isEmpty()) {
            throw LadderException.badInput(String.join("\n", errors) + "\n" + errors.size() + " of "
                    + (errors.size() + stored[0]) + " profiles were not imported; " + stored[0] + " were");
        }
    }

    @Command(name = "profiles", group = "Profiles", description = "List the stored profiles", help = PROFILES_HELP,
            exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME)
    public void list(CommandContext context) {
        List<StoredProfiles.Summary> summaries = profiles.list();
        PrintWriter out = context.outputWriter();
        if (summaries.isEmpty()) {
            out.println("no stored profiles yet — 'import PATH' stores some");
            out.flush();
            return;
        }
        Table table = new Table("ID", "NAME", "LEVEL → TARGET", "VERSIONS", "LATEST VERDICT", "WHEN");
        for (StoredProfiles.Summary summary : summaries) {
            String target = summary.target() == null ? "(next)" : summary.target();
            table.row(summary.id(), summary.name(), summary.level() + " → " + target,
                    Integer.toString(summary.versions()),
                    summary.latestVerdict() == null ? "not evaluated" : summary.latestVerdict(),
                    summary.latestEvaluatedAt() == null ? "" : Table.when(summary.latestEvaluatedAt()));
        }
        out.print(table);
        out.flush();
    }

    @Command(name = "show", group = "Profiles", description = "Show a stored profile and its versions",
            help = SHOW_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME)
    public void show(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "version", description = "version number (default: latest)") String version,
            CommandContext context) {
        String profileId = storedId(id, "show", SHOW_HELP);
        List<StoredProfiles.Version> versions = profiles.versions(profileId);
        if (versions.isEmpty()) {
            throw notStored(profileId);
        }
        StoredProfiles.Version shown = version == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(v -> v.version() == Arguments.positiveNumber(version, "--version"))
                        .findFirst().orElseThrow(() -> LadderException.badInput(profileId + " has no version "
                                + version + "; it has " + versions.size()));
        PrintWriter out = context.outputWriter();
        out.println("# " + profileId + ", version " + shown.version() + " of " + versions.size() + ", imported "
                + Table.when(shown.importedAt()) + " from " + shown.source());
        out.print(shown.yaml().endsWith("\n") ? shown.yaml() : shown.yaml() + "\n");
        out.println("# versions:");
        versions.forEach(v -> out.println("#   " + v.version() + "  " + Table.when(v.importedAt()) + "  " + v.name()
                + ", " + v.level() + "  from " + v.source()));
        out.flush();
    }

    @Command(name = "delete", group = "Profiles", description = "Erase a stored profile and all its history",
            help = DELETE_HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME)
    public void delete(@Argument(index = 0, description = "stored profile id") String id,
            @Option(longName = "force", description = "erase without asking") boolean force,
            CommandContext context) throws Exception {
        String profileId = storedId(id, "delete", DELETE_HELP);
        if (profiles.latestVersion(profileId).isEmpty()) {
            throw notStored(profileId);
        }
        if (!force && !confirmed(context, profileId)) {
            context.outputWriter().println("nothing erased");
            context.outputWriter().flush();
            return;
        }
        StoredProfiles.Erased erased = profiles.delete(profileId).orElseThrow(() -> notStored(profileId));
        context.outputWriter().println("erased " + erased.id() + ": " + erased.versions() + " version(s), "
                + erased.evaluations() + " evaluation(s), " + erased.decisions() + " decision(s)");
        context.outputWriter().flush();
    }

    private static boolean confirmed(CommandContext context, String id) throws Exception {
        String answer;
        try {
            answer = context.inputReader().readInput("Erase " + id + " with all its versions, evaluations and "
                    + "decisions? Type the id to confirm: ");
        } catch (UnsupportedOperationException e) {
            throw LadderException.badInput("delete asks for confirmation; in a one-shot run give --force: delete "
                    + id + " --force");
        }
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).equals(id);
    }

    static String storedId(String id, String command, String help) {
        String value = Arguments.required(id, command, "a stored profile id", help);
        if (!ProfileReader.ID.matcher(value).matches()) {
            throw LadderException.badInput("'" + value + "' is not a profile id (a-z, 0-9 and '-'); 'profiles' lists them");
        }
        return value;
    }

    static LadderException notStored(String id) {
        return LadderException.badInput("no stored profile '" + id + "' — 'profiles' lists them, 'import PATH' adds one");
    }
}
