package dev.sreladder.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;

/**
 * Resolves the REF of a command to profiles: a profile file, every profile in a folder, or a
 * stored profile by id. A path that exists wins over an id of the same name.
 */
public final class ProfileLoader {

    private final ProfileReader reader;
    private final ProfileStore store;

    public ProfileLoader(ProfileReader reader, ProfileStore store) {
        this.reader = reader;
        this.store = store;
    }

    /** A loader for profile files only, with no storage behind it. */
    public ProfileLoader(ProfileReader reader) {
        this(reader, (id, ladder) -> Optional.empty());
    }

    /** One profile of a REF: read, or the one-line reason it could not be. */
    public sealed interface Loaded permits Read, Unreadable {
        String source();
    }

    /** A profile read, with its stored version when it came from storage. */
    public record Read(String source, ProfileDocument document, Optional<ProfileStore.Stored> stored)
            implements Loaded {

        public Read(ProfileDocument document) {
            this(document.source(), document, Optional.empty());
        }

        public Read(ProfileStore.Stored stored) {
            this(stored.document().source(), stored.document(), Optional.of(stored));
        }
    }

    /** A file of a folder that could not be read, and why, with its file and line. */
    public record Unreadable(String source, String reason) implements Loaded {
    }

    /**
     * Every profile REF names. A bad single file is thrown as a bad-input error; in a folder each
     * bad file becomes a failed entry and the rest are still read.
     */
    public List<Loaded> load(String ref, Ladder ladder) {
        List<Loaded> loaded = new ArrayList<>();
        forEach(ref, ladder, loaded::add);
        return loaded;
    }

    /** As {@link #load}, one profile at a time, so a large folder is never held in memory whole. */
    public void forEach(String ref, Ladder ladder, Consumer<Loaded> each) {
        Path path = Path.of(ref);
        if (!Files.exists(path) && Profile.ID.matcher(ref).matches()) {
            Optional<ProfileStore.Stored> stored = store.latest(ref, ladder);
            if (stored.isPresent()) {
                each.accept(new Read(stored.get()));
                return;
            }
        }
        if (!ProfileFiles.isFolder(path)) {
            ProfileDocument document = reader.read(path, ladder);
            each.accept(new Read(document));
            return;
        }
        for (Path file : ProfileFiles.inFolder(path)) {
            each.accept(loadFile(file, ladder));
        }
    }

    /** One file of a folder: its profile, or the one-line reason it could not be read. */
    public Loaded loadFile(Path file, Ladder ladder) {
        try {
            ProfileDocument document = reader.read(file, ladder);
            return new Read(document);
        } catch (LadderException e) {
            return new Unreadable(file.toString(), e.getMessage());
        }
    }

    /** Exactly one profile: for commands such as what-if and plan that work on one person. */
    public ProfileDocument loadOne(String ref, String command, Ladder ladder) {
        if (ProfileFiles.isFolder(Path.of(ref))) {
            throw LadderException.badInput(command + " works on one profile; " + ref
                    + " is a folder — give one of its files");
        }
        // Not a folder: one profile, read, or the read has thrown its error.
        return ((Read) load(ref, ladder).get(0)).document();
    }
}
