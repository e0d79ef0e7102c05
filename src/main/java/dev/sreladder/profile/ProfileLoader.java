package dev.sreladder.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.sreladder.system.LadderException;

/**
 * Resolves the REF of a command to profiles: a profile file, or every profile in a folder.
 * Stored profiles (by id) plug in here too, so every command accepts the same REFs.
 */
public final class ProfileLoader {

    private final ProfileReader reader;

    public ProfileLoader(ProfileReader reader) {
        this.reader = reader;
    }

    /** One profile read from a REF, or the one-line reason it could not be. */
    public record Loaded(String source, ProfileDocument document, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Every profile REF names. A bad single file is thrown as a bad-input error; in a folder each
     * bad file becomes a failed entry and the rest are still read.
     */
    public List<Loaded> load(String ref) {
        Path path = Path.of(ref);
        if (!ProfileFiles.isFolder(path)) {
            ProfileDocument document = reader.read(path);
            return List.of(new Loaded(document.source(), document, null));
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : ProfileFiles.inFolder(path)) {
            try {
                ProfileDocument document = reader.read(file);
                loaded.add(new Loaded(document.source(), document, null));
            } catch (LadderException e) {
                loaded.add(new Loaded(file.toString(), null, e.getMessage()));
            }
        }
        return loaded;
    }

    /** Exactly one profile: for commands such as what-if and plan that work on one person. */
    public ProfileDocument loadOne(String ref, String command) {
        if (ProfileFiles.isFolder(Path.of(ref))) {
            throw LadderException.badInput(command + " works on one profile; " + ref
                    + " is a folder — give one of its files");
        }
        return load(ref).get(0).document();
    }
}
