package dev.sreladder.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;

/**
 * Reads the profiles a REF names ({@link ProfileRef}): a profile file, every profile in a folder,
 * or a stored profile by id.
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
        forEach(ProfileRef.ofPath(ref), ladder, each);
    }

    /** As {@link #forEach(String, Ladder, Consumer)}, for a REF already resolved. */
    public void forEach(ProfileRef ref, Ladder ladder, Consumer<Loaded> each) {
        if (ref instanceof ProfileRef.StoredId id) {
            Optional<ProfileStore.Stored> stored = store.latest(id.text(), ladder);
            if (stored.isPresent()) {
                each.accept(new Read(stored.get()));
                return;
            }
            Optional<String> erased = store.erasure(id.text());
            if (erased.isPresent()) {
                throw LadderException.badInput(erased.get());
            }
        }
        if (ref instanceof ProfileRef.Folder folder) {
            for (Path file : folder.files()) {
                each.accept(loadFile(file, ladder));
            }
            return;
        }
        // A file, or nothing there: the reader reads it or says why it cannot.
        ProfileDocument document = reader.read(Path.of(ref.text()), ladder);
        each.accept(new Read(document));
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
        ProfileRef resolved = ProfileRef.ofPath(ref);
        if (resolved instanceof ProfileRef.Folder) {
            throw LadderException.badInput(command + " works on one profile; " + ref
                    + " is a folder — give one of its files");
        }
        // Not a folder: one profile, read, or the read has thrown its error.
        List<Loaded> loaded = new ArrayList<>();
        forEach(resolved, ladder, loaded::add);
        return ((Read) loaded.get(0)).document();
    }
}
