package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/** Issue 26: {@code audit verify} counts its records in English, on a database of its own. */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class AuditVerifyCountTest {

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-one-record");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("ladder")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    /** A new database holds one record, written when the tool first opens it. */
    @Test
    void shouldSayOneRecordNotOneRecords() {
        CommandRun verify = CommandRun.of(context, "audit", "verify");

        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).startsWith("the audit trail is whole: 1 record\n");
    }
}
