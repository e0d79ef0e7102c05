package dev.sreladder.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A database written by an earlier release (src/test/resources/fixtures/release-COMMIT), copied
 * to a folder of its own so a migration never changes the fixture, and the H2 URL of the copy.
 */
final class ReleaseFixture {

    private ReleaseFixture() {
    }

    static String copyOf(String release) {
        try {
            Path folder = Files.createTempDirectory("sre-ladder-release-" + release);
            Files.copy(Path.of("src/test/resources/fixtures/release-" + release + "/ladder.mv.db"),
                    folder.resolve("ladder.mv.db"));
            return "jdbc:h2:file:" + folder.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
