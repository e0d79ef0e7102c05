package dev.sreladder.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.sreladder.system.LadderException;

/** {@code import PATH}: stores a profile file, or every profile in a folder, one at a time. */
public final class ProfileImport {

    private final ProfileLoader loader;
    private final StoredProfiles profiles;

    public ProfileImport(ProfileLoader loader, StoredProfiles profiles) {
        this.loader = loader;
        this.profiles = profiles;
    }

    /** One profile stored: its id, the version it became, and the file it came from. */
    public record Imported(String id, int version, String source) {
    }

    /** How many were stored, and the one-line reason for each file that was not. */
    public record Result(int stored, List<String> errors) {
    }

    /**
     * Reads and stores each profile in its own transaction, and tells {@code each} as soon as it is
     * stored, so a large folder is never held whole; bad files store nothing and are listed.
     */
    public Result importEach(String path, Consumer<Imported> each) {
        if (!Files.exists(Path.of(path))) {
            throw LadderException.badInput("no such file or folder: " + path);
        }
        List<String> errors = new ArrayList<>();
        int[] stored = {0};
        loader.forEach(path, loaded -> {
            if (!(loaded instanceof ProfileLoader.Read read)) {
                errors.add(((ProfileLoader.Unreadable) loaded).reason());
                return;
            }
            int version = profiles.importProfile(read.document());
            stored[0]++;
            each.accept(new Imported(read.document().profile().id(), version, read.source()));
        });
        return new Result(stored[0], List.copyOf(errors));
    }
}
