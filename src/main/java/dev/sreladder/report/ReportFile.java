package dev.sreladder.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.SpecialFile;

/**
 * Writes a report file whole or not at all: into a temporary file beside it, flushed to disk,
 * then renamed over the target in one step. On any failure the temporary file is removed and
 * whatever was at the target before is left as it was. Only a regular file (or a new one) is
 * ever replaced: a rename over a device, a named pipe or a folder would destroy it, not write
 * to it. A report names people, so the file is readable by its owner only (0600).
 */
public final class ReportFile {

    /** Writes the content; may fail part-way, which is what this class guards against. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private static final String REPORT = "the report";

    private ReportFile() {
    }

    /**
     * Refuses a target that is not a regular file or a new one, before any work is done; a
     * symbolic link to a regular file is followed, so the link stays and the file it names is
     * replaced. Returns the path to replace.
     */
    public static Path check(Path target) {
        return check(target, REPORT);
    }

    /** {@link #check(Path)} for a file that messages call {@code what} ("the ladder page"). */
    public static Path check(Path target, String what) {
        String cannot = "cannot write " + what + " to " + target + ": ";
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            try {
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                throw LadderException.badInput(cannot + describe(e));
            }
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw LadderException.badInput(cannot + "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw LadderException.badInput(cannot + "it is a folder; give a file name");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)
                && !Files.isSymbolicLink(absolute)) {
            throw LadderException.badInput(cannot + "it is " + SpecialFile.kind(absolute)
                    + ", not a regular file — give the path of a regular file or a new one");
        }
        return absolute;
    }

    public static void write(Path target, Content content) {
        write(target, REPORT, content);
    }

    /** {@link #write(Path, Content)} for a file that messages call {@code what} ("the ladder page"). */
    public static void write(Path target, String what, Content content) {
        Path absolute = check(target, what);
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            // Created readable by its owner only (0600 on a POSIX file system), and renamed as it is.
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream stream = Channels.newOutputStream(channel);
                    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
                writer.flush();
                channel.force(true);
            }
            // Again just before the rename: something may have been put there while the report was written.
            check(absolute, what);
            move(temporary, absolute);
            temporary = null;
        } catch (IOException e) {
            throw LadderException.badInput("cannot write " + what + " to " + target + ": " + describe(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Nothing more to do: the target is untouched either way.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("this file system cannot replace a file in one step", e);
        }
    }

    private static String describe(IOException e) {
        if (e.getClass() == IOException.class && e.getMessage() != null) {
            return e.getMessage();
        }
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
