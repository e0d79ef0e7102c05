package dev.sreladder.database;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import dev.sreladder.system.LadderException;

/**
 * The folder of an H2 database file (by default the data folder) is its owner's alone: created
 * 0700 before H2 writes anything in it; a folder of the user's own that others may read or write is
 * made 0700 (said once, on stderr); a folder of someone else's, or a symbolic link to a folder that
 * is not private, is refused with the fix, since changing what a link points at could take a folder
 * shared on purpose away from others.
 */
final class PrivateFolder {

    static final String PRIVATE = FilePrivacy.OWNER_FOLDER;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFolder() {
    }

    /** Creates {@code folder} private, or makes it private, or refuses it; {@code notice} hears what was changed. */
    static void prepare(Path folder, String userName, Consumer<String> notice) {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                create(folder);
                return;
            }
            if (!posix(folder)) {
                return; // Not a POSIX file system: the platform's own protection applies.
            }
            if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
                return; // Nothing can be stored there: the write is refused with its own line and fix.
            }
            boolean link = Files.isSymbolicLink(folder);
            if (!Files.isDirectory(folder)) {
                throw LadderException.badInput("the database folder " + folder + " is not a folder"
                        + (link ? " (a symbolic link to " + Files.readSymbolicLink(folder) + ")" : "")
                        + " — set SRE_LADDER_HOME to a folder of your own");
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
            String owner = attributes.owner().getName();
            Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
            open.addAll(attributes.permissions());
            open.retainAll(OTHERS);
            if (!owner.equals(userName)) {
                throw LadderException.badInput("the database folder " + folder
                        + (link ? " (a symbolic link to " + folder.toRealPath() + ")" : "") + " belongs to '" + owner
                        + "', not to you ('" + userName + "') — set SRE_LADDER_HOME to a folder of your own");
            }
            if (open.isEmpty()) {
                return;
            }
            String was = PosixFilePermissions.toString(attributes.permissions());
            if (link) {
                Path target = folder.toRealPath();
                throw LadderException.badInput("the database folder " + folder + " is a symbolic link to " + target
                        + ", which others may use (" + was + ") — make it private (chmod 700 " + target
                        + ") or set SRE_LADDER_HOME to a private folder");
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(PRIVATE));
            notice.accept("made the database folder " + folder + " private (it was " + was + ", now " + PRIVATE
                    + "): it holds personal data");
        } catch (IOException e) {
            throw LadderException.badInput("cannot prepare the database folder " + folder + ": " + reason(e));
        }
    }

    /**
     * The user this process runs as, named as the file system names owners: the owner of
     * /proc/self where there is one (a user without a name in the password database, as in many
     * containers, is then its number on both sides), else Java's user.name.
     */
    static String currentUser() {
        try {
            return Files.getOwner(Path.of("/proc/self")).getName();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.getProperty("user.name");
        }
    }

    private static void create(Path folder) throws IOException {
        Path parent = folder.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        try {
            if (posix(parent == null ? folder.getRoot() : parent)) {
                // Created 0700 (under any umask), not created then changed: no moment others could enter.
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString(PRIVATE)));
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(PRIVATE));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            // Created by another sre-ladder a moment ago: checked as it is at the next run.
        }
    }

    private static boolean posix(Path path) throws IOException {
        return path != null && Files.getFileStore(path).supportsFileAttributeView("posix");
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
    }
}
