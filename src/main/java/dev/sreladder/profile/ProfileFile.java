package dev.sreladder.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.SpecialFile;

/**
 * Reads one profile file, and only a regular one. A FIFO named {@code x.yaml} would block the read
 * until someone writes to it, and a device ({@code /dev/zero}, a terminal behind {@code /dev/stdin})
 * never ends: both are refused from their attributes, before the file is opened. A link is followed,
 * since what is read is its target. The type is checked once more after opening, by the identity of
 * the file opened; a FIFO put in its place in the moment between the check and the open would still
 * block the open (Java cannot open without blocking), which only someone who can write the folder can do.
 */
final class ProfileFile {

    private ProfileFile() {
    }

    /** The file's bytes, at most {@code maxBytes} + 1 (one over is enough to refuse it as too large). */
    static byte[] read(Path file, String shown, int maxBytes) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        if (before.isDirectory()) {
            throw LadderException.badInput(shown + " is a folder, not a profile file");
        }
        if (!before.isRegularFile()) {
            throw notAFile(file, shown);
        }
        if (before.size() > maxBytes) {
            throw LadderException.badInput(shown, 1, "file is " + (before.size() + 1023) / 1024 + " KiB",
                    "a profile may be at most " + maxBytes / 1024 + " KiB");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                InputStream in = Channels.newInputStream(channel)) {
            Object opened = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            if (!Objects.equals(before.fileKey(), opened)) {
                throw LadderException.badInput(shown + " was replaced while it was being read — read it again");
            }
            // Bounded: a file that grows after the check is still read only so far.
            return in.readNBytes(maxBytes + 1);
        }
    }

    private static LadderException notAFile(Path file, String shown) {
        return LadderException.badInput(shown + " is " + SpecialFile.kind(file) + ", not a profile file — give a"
                + " regular file (to read a profile from a pipe, give '-' to evaluate or explain:"
                + " cat x.yaml | … evaluate -)");
    }
}
