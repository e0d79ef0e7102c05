package dev.sreladder.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ladder in the audit trail on the embedded H2 default, in a fresh file of its own. */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class H2LadderStorageTest extends LadderStorageTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-h2-ladders");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("ladder")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        registry.add("ladder.rules-dir", RULES::toString);
    }
}
