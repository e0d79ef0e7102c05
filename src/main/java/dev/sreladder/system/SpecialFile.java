package dev.sreladder.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a path that is neither a regular file nor a folder is, in words, from its POSIX file type. */
public final class SpecialFile {

    /** The type bits of a {@code unix:mode}, and the types that are not regular files. */
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFile() {
    }

    /** "a named pipe (FIFO)", "a character device", …; "a special file" where the type cannot be read. */
    public static String kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
