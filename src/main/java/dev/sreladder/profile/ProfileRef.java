package dev.sreladder.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the REF of a command names, decided here once: {@code -} (standard input), a folder of
 * profiles, a file, or the id of a stored profile. A path that exists wins over an id of the same
 * name; what is neither is {@link Missing}, left to the reader or the command to word.
 */
public sealed interface ProfileRef {

    /** The REF that reads one profile from standard input ({@code evaluate -}, {@code explain -}). */
    String STANDARD_INPUT = "-";

    /** The REF as the user gave it. */
    String text();

    /** {@code -}: one profile read from standard input. */
    record StandardInput(String text) implements ProfileRef {
    }

    /** A folder: every profile in it, by file name. */
    record Folder(String text, Path path) implements ProfileRef {

        /** Every {@code *.yaml} and {@code *.yml} file directly in the folder, by file name. */
        public List<Path> files() {
            return ProfileFiles.inFolder(path);
        }
    }

    /** Something at that path that is not a folder: one profile file. */
    record File(String text, Path path) implements ProfileRef {
    }

    /** No such path, and shaped like a stored profile's id. */
    record StoredId(String text, Path path) implements ProfileRef {
    }

    /** No such path, and not shaped like an id. */
    record Missing(String text, Path path) implements ProfileRef {
    }

    /** A REF of a command that reads standard input for {@code -}. */
    static ProfileRef of(String ref) {
        return ref.equals(STANDARD_INPUT) ? new StandardInput(ref) : ofPath(ref);
    }

    /** A REF of a command for which {@code -} is only a file name. */
    static ProfileRef ofPath(String ref) {
        Path path = Path.of(ref);
        if (Files.isDirectory(path)) {
            return new Folder(ref, path);
        }
        if (Files.exists(path)) {
            return new File(ref, path);
        }
        return Profile.ID.matcher(ref).matches() ? new StoredId(ref, path) : new Missing(ref, path);
    }
}
