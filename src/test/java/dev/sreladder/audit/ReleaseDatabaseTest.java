package dev.sreladder.audit;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.sreladder.audit.ReleaseFixture.StoredEvaluation;
import dev.sreladder.shell.CommandRun;

/**
 * The one harness of the release-database tests: a database an earlier release wrote
 * ({@link ReleaseFixture}), opened by today's build in a context of its own, and what the tests
 * do with it (run a command, query the tables, read what the release recorded). Each class
 * names its release in a {@code @DynamicPropertySource} that calls {@link #openACopyOf}: a copy
 * per class, so no class sees what another wrote.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
abstract class ReleaseDatabaseTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    /** Makes a fresh copy of the release's database the one this class's context opens. */
    static void openACopyOf(String release, DynamicPropertyRegistry registry) {
        String url = ReleaseFixture.copyOf(release);
        registry.add("spring.datasource.url", () -> url);
    }

    public CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Every evaluation the copy holds, read after a first command has opened (and migrated) it. */
    List<StoredEvaluation> recorded() {
        run("profiles");
        return ReleaseFixture.evaluations(dataSource);
    }
}
