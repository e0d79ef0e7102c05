package dev.sreladder.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.DatabaseUnavailable;
import dev.sreladder.system.LadderException;

/** {@code import PATH}: stores a profile file, or every profile in a folder, one at a time. */
public final class ProfileImport {

    private final ProfileLoader loader;
    private final StoredProfiles profiles;
    private final Supplier<Ladder> ladder;

    /** {@code ladder}: the ladder of the rules in use, which profiles are read against and stored under. */
    public ProfileImport(ProfileLoader loader, StoredProfiles profiles, Supplier<Ladder> ladder) {
        this.loader = loader;
        this.profiles = profiles;
        this.ladder = ladder;
    }

    /**
     * One profile stored: its id, the version it became (or already was, when {@code unchanged}),
     * and the file it came from.
     */
    public record Imported(String id, int version, boolean unchanged, String source) {
    }

    /** How many went through (stored or unchanged), and the one-line reason for each file that did not. */
    public record Result(int stored, List<String> errors) {
    }

    /**
     * Reads and stores each profile in its own transaction, and tells {@code each} as soon as it is
     * stored, so a large folder is never held whole; bad files store nothing and are listed, and
     * so is a file the database refused (named, with the reason), while the others go on.
     */
    public Result importEach(String path, Consumer<Imported> each) {
        Ladder ladder = this.ladder.get();
        if (!Files.exists(Path.of(path))) {
            throw LadderException.badInput("no such file or folder: " + path);
        }
        List<String> errors = new ArrayList<>();
        int[] stored = {0};
        loader.forEach(path, ladder, loaded -> {
            if (!(loaded instanceof ProfileLoader.Read read)) {
                errors.add(((ProfileLoader.Unreadable) loaded).reason());
                return;
            }
            StoredProfiles.Saved saved;
            try {
                saved = profiles.importProfile(read.document());
            } catch (DatabaseUnavailable e) {
                throw e; // the database is gone: the files after this one would fail too; say it once
            } catch (LadderException e) {
                errors.add(read.source() + ": not imported — " + e.getMessage());
                return;
            }
            stored[0]++;
            each.accept(new Imported(read.document().profile().id(), saved.version(), saved.unchanged(),
                    read.source()));
        });
        return new Result(stored[0], List.copyOf(errors));
    }
}
