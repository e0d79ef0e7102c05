package dev.sreladder.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import dev.sreladder.system.LadderException;

/**
 * Profiles are personnel data: an H2 database lives in a folder (0700, see PrivateFolder) and files
 * (0600) for their owner only; files an earlier build left readable by others are restricted here.
 */
final class FilePrivacy {

    static final String OWNER_FOLDER = "rwx------";
    static final String OWNER_FILE = "rw-------";

    private FilePrivacy() {
    }

    /** Makes the database's files (base.mv.db and any sibling H2 writes) readable by their owner only. */
    static void restrictFiles(String base) {
        Path file = Path.of(base).toAbsolutePath();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.filter(path -> path.getFileName().toString().startsWith(file.getFileName() + "."))
                    .forEach(path -> restrict(path, OWNER_FILE));
        } catch (IOException e) {
            throw LadderException.badInput("cannot protect the database files in " + file.getParent() + ": "
                    + e.getMessage());
        }
    }

    /** Sets {@code permissions} ("rw-------") on {@code path}, where the file system has POSIX permissions. */
    static void restrict(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not ours to change: the platform's own protection applies.
        }
    }
}
