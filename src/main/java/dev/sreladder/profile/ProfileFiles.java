package dev.sreladder.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.sreladder.system.LadderException;

/** The profile files of a folder ({@link ProfileRef.Folder}). */
public final class ProfileFiles {

    private ProfileFiles() {
    }

    /** Whether the file is named as a profile is: {@code *.yaml} or {@code *.yml}. */
    public static boolean isNamedAsProfile(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Every {@code *.yaml} and {@code *.yml} file directly in the folder, by file name. */
    public static List<Path> inFolder(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(ProfileFiles::isNamedAsProfile)
                    .filter(path -> !Files.isDirectory(path))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
            if (files.isEmpty()) {
                throw LadderException.badInput("no profiles (*.yaml, *.yml) in " + folder);
            }
            return files;
        } catch (IOException e) {
            throw LadderException.badInput("cannot list " + folder + ": " + e.getMessage());
        }
    }
}
