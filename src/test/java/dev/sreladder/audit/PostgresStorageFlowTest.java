package dev.sreladder.audit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.testing.PublicSchemaLock;

/**
 * The committee flow on a real PostgreSQL server: the same migrations and code as on H2.
 * {@code .ci/run} starts a throwaway server and sets {@value #URL_VARIABLE}; without it these
 * tests are skipped with that reason, never passed silently. The database is emptied first.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
@ExtendWith(PublicSchemaLock.class)
class PostgresStorageFlowTest extends StorageFlowTest {

    static final String URL_VARIABLE = "SRELADDER_TEST_POSTGRES_URL";

    private static boolean configured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    @BeforeAll
    static void emptyTheDatabase() throws SQLException {
        if (!configured()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(System.getenv(URL_VARIABLE));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
        // A new database at the same URL: the head remembered for the old one no longer applies.
        try {
            java.nio.file.Files.deleteIfExists(dev.sreladder.database.RememberedHead.fileFor(
                    java.nio.file.Path.of(System.getProperty("ladder.home", "target/test-home")).toAbsolutePath(),
                    System.getenv(URL_VARIABLE)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void requirePostgres() {
        assumeTrue(configured(),
                "PostgreSQL storage tests skipped: set " + URL_VARIABLE + " to a throwaway database's JDBC URL");
    }

    /** Without a server the context still starts (on an unused in-memory database) so each test can skip. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> configured() ? System.getenv(URL_VARIABLE) : "jdbc:h2:mem:unused");
    }
}
