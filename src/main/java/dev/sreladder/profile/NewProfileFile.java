package dev.sreladder.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import dev.sreladder.system.LadderException;

/**
 * Where {@code profile new} writes: the file given, or, given a folder or nothing, a file named
 * after the engineer ({@link ProfileAnswers#idFor}{@code .yaml}) in that folder or the working one.
 * A named file's folder is checked before the first question is asked.
 *
 * @param given the file or folder given; null for the working folder
 * @param intoFolder whether the file is named after the engineer
 */
public record NewProfileFile(Path given, boolean intoFolder) {

    /** FILE as the command was given it (null or blank: the working folder). */
    public static NewProfileFile of(String file) {
        Path chosen = file == null || file.isBlank() ? null : Path.of(file);
        boolean intoFolder = chosen == null || Files.isDirectory(chosen);
        if (!intoFolder && !Files.isDirectory(chosen.toAbsolutePath().getParent())) {
            throw LadderException.badInput("cannot write " + chosen + ": no such folder "
                    + chosen.toAbsolutePath().getParent());
        }
        return new NewProfileFile(chosen, intoFolder);
    }

    /** The file named on the command line; empty when the file is named after the engineer. */
    public Optional<Path> named() {
        return intoFolder ? Optional.empty() : Optional.of(given);
    }

    /** The file to write for the engineer of this name. */
    public Path forName(String name) {
        if (!intoFolder) {
            return given;
        }
        String fileName = ProfileAnswers.idFor(name) + ".yaml";
        return given == null ? Path.of(fileName) : given.resolve(fileName);
    }

    /** Whether an existing file may be replaced: --force, or yes to the question; no: nothing written. */
    public static boolean mayReplace(Path file, boolean force, Predicate<String> confirm) {
        if (!Files.exists(file)) {
            return false;
        }
        if (force || confirm.test(file + " exists: replace it?")) {
            return true;
        }
        throw LadderException.badInput(file + " exists; nothing written — give another file, or --force to "
                + "replace it");
    }
}
