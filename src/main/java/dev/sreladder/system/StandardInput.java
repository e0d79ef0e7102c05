package dev.sreladder.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether standard input was closed when this JVM started ({@code java -jar sre-ladder.jar <&-}).
 * The JVM opens its own files on the lowest free descriptor, so a closed descriptor 0 becomes one of
 * them (the runtime image {@code lib/modules}, a jar of the class path, a class-data archive), and
 * reading "standard input" then reads that file. Linux tells what descriptor 0 is in {@code /proc};
 * where it does not, standard input counts as open.
 */
public final class StandardInput {

    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

    private StandardInput() {
    }

    public static boolean isClosed() {
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return false;
        }
        Path target;
        try {
            target = Files.readSymbolicLink(DESCRIPTOR);
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        return isOwnFileOfTheJvm(target);
    }

    static boolean isOwnFileOfTheJvm(Path target) {
        if (!target.isAbsolute()) {
            return false; // pipe:[…], socket:[…], anon_inode:…
        }
        Path file = target.normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String javaHome = System.getProperty("java.home", "");
        if ((!javaHome.isEmpty() && file.startsWith(realPath(javaHome))) || name.endsWith(".jsa")) {
            return true;
        }
        for (String entry : System.getProperty("java.class.path", "").split(System.getProperty("path.separator"))) {
            if (!entry.isEmpty() && file.equals(realPath(entry))) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(String path) {
        try {
            return Path.of(path).toRealPath();
        } catch (IOException | RuntimeException e) {
            return Path.of(path).toAbsolutePath().normalize();
        }
    }
}
