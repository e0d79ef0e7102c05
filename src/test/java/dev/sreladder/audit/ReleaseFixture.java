package dev.sreladder.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** One evaluation row as it is stored: whose, which number, its document and the document's schema. */
    record StoredEvaluation(String profileId, int number, int schema, String document) {

        @Override
        public String toString() {
            return profileId + " " + number;
        }
    }

    /** Every stored evaluation, by profile id and number, read straight from the table. */
    static List<StoredEvaluation> evaluations(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("select profile_id, number, document_schema, document from evaluation order by profile_id, number")
                .query((rs, row) -> new StoredEvaluation(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getString(4)))
                .list();
    }
}
