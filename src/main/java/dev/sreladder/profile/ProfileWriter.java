package dev.sreladder.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

import dev.sreladder.system.LadderException;

/**
 * Writes a profile file readable by its owner only (rw-------; a file system without POSIX
 * permissions keeps its own), from its first byte: profiles are personnel data. An existing file is
 * replaced only when asked, whole or not at all.
 */
public final class ProfileWriter {

    private ProfileWriter() {
    }

    /**
     * Writes {@code profile} to {@code file} in the template's layout; {@code replace}: an existing
     * file may go. True when the file is the owner's alone (rw-------).
     */
    public static boolean write(Path file, Profile profile, boolean replace) {
        byte[] yaml = ProfileTemplate.of(profile).getBytes(StandardCharsets.UTF_8);
        Path folder = file.toAbsolutePath().getParent();
        try {
            FileAttribute<?>[] ownerOnly = ownerOnly(folder);
            if (replace) {
                // Beside the file, then moved over it: a reader never sees half a profile.
                Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".partial", ownerOnly);
                try {
                    Files.write(partial, yaml);
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
                return ownerOnly.length > 0;
            }
            try (SeekableByteChannel out = Files.newByteChannel(file,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly)) {
                out.write(ByteBuffer.wrap(yaml));
                return ownerOnly.length > 0;
            } catch (IOException e) {
                if (!(e instanceof FileAlreadyExistsException)) {
                    Files.deleteIfExists(file);
                }
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw LadderException.badInput(file + " exists; nothing written — give another file, or --force to "
                    + "replace it");
        } catch (NoSuchFileException e) {
            throw LadderException.badInput("cannot write " + file + ": no such folder " + folder);
        } catch (AccessDeniedException e) {
            throw LadderException.badInput("cannot write " + file + ": permission denied");
        } catch (IOException e) {
            throw LadderException.badInput("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
