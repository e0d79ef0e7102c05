package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * The database connection lost in the middle of a folder import, as when a PostgreSQL server
 * stops: the commit in flight reaches the database but its answer does not (SQL state 08006),
 * then no new connection can be made (08001). One line says what is stored for sure, that the
 * profile in flight may or may not be, and how to check; exit 1; no stack trace.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class ConnectionLossTest {

    /** Commits left before the connection is lost; 0 or less: never. */
    static final AtomicInteger COMMITS_BEFORE_LOSS = new AtomicInteger();
    /** Statements left before the connection is lost in the middle of a unit of work; 0 or less: never. */
    static final AtomicInteger STATEMENTS_BEFORE_LOSS = new AtomicInteger();
    static final AtomicBoolean LOST = new AtomicBoolean();
    /** Every statement prepared, to measure what one import costs instead of assuming it. */
    static final AtomicInteger PREPARED = new AtomicInteger();
    static Path database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("sre-ladder-loss");
        database = folder.resolve("ladder.mv.db");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + folder.resolve("ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @TestConfiguration
    static class LosingConnections {
        @Bean
        static BeanPostProcessor losingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? new Losing(dataSource) : bean;
                }
            };
        }
    }

    /** A data source whose connections fail as a stopped server's do. */
    static final class Losing extends DelegatingDataSource {
        Losing(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (LOST.get()) {
                throw new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
            }
            Connection real = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        try {
                            if (method.getName().equals("prepareStatement")) {
                                PREPARED.incrementAndGet();
                            }
                            if (method.getName().equals("prepareStatement") && STATEMENTS_BEFORE_LOSS.get() > 0
                                    && STATEMENTS_BEFORE_LOSS.decrementAndGet() == 0) {
                                LOST.set(true);
                                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                            }
                            if (method.getName().equals("rollback") && LOST.get()) {
                                // What the pool says of a connection it has marked broken: no SQL state.
                                throw new SQLException("Connection is closed");
                            }
                            Object result = method.invoke(real, args);
                            if (method.getName().equals("commit") && COMMITS_BEFORE_LOSS.get() > 0
                                    && COMMITS_BEFORE_LOSS.decrementAndGet() == 0) {
                                LOST.set(true);
                                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                            }
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    StoredProfiles profiles;

    @AfterEach
    void reconnect() {
        COMMITS_BEFORE_LOSS.set(0);
        STATEMENTS_BEFORE_LOSS.set(0);
        LOST.set(false);
    }

    @Test
    void shouldSayInOneLineWhatIsStoredWhenTheConnectionIsLostMidImport() throws IOException {
        Path folder = Files.createTempDirectory("cohort");
        for (String id : new String[] {"loss-a", "loss-b", "loss-c"}) {
            Files.writeString(folder.resolve(id + ".yaml"), "id: " + id + "\nname: A\nlevel: MID\n");
        }
        assertThat(CommandRun.of(context, "profiles").exitCode()).as("migrated before the loss").isEqualTo(ExitCode.OK);
        COMMITS_BEFORE_LOSS.set(2);

        CommandRun run = CommandRun.of(context, "import", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out().lines()).hasSize(1).allMatch(line -> line.startsWith("imported loss-a (version 1)"));
        assertThat(run.err()).isEqualTo("import: lost the connection to the database at " + database
                + " (SQL state 08006) after storing 1 profile (listed above); the profile being stored then may or "
                + "may not be stored — once the database is back, 'profiles' and 'history ID' show what is"
                + System.lineSeparator());
        LOST.set(false);
        assertThat(profiles.latestVersion("loss-b")).as("the commit in flight reached the database").isPresent();
        assertThat(profiles.latestVersion("loss-c")).isEmpty();
    }

    @Test
    void shouldSayTheFirstProfileMayOrMayNotBeStoredWhenTheConnectionIsLostOnIt() throws IOException {
        Path folder = Files.createTempDirectory("cohort");
        Files.writeString(folder.resolve("loss-first.yaml"), "id: loss-first\nname: A\nlevel: MID\n");
        assertThat(CommandRun.of(context, "profiles").exitCode()).isEqualTo(ExitCode.OK);
        COMMITS_BEFORE_LOSS.set(1);

        CommandRun run = CommandRun.of(context, "import", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("import: lost the connection to the database at " + database
                + " (SQL state 08006) — the change in flight may or may not be stored; once the database is back, "
                + "'profiles' and 'history ID' show what is" + System.lineSeparator());
    }

    @Test
    void shouldNameTheLostConnectionAndNotTheRollbackThatFailedAfterIt() throws IOException {
        Path folder = Files.createTempDirectory("cohort");
        for (String id : new String[] {"midway-a", "midway-b"}) {
            Files.writeString(folder.resolve(id + ".yaml"), "id: " + id + "\nname: A\nlevel: MID\n");
        }
        assertThat(CommandRun.of(context, "profiles").exitCode()).isEqualTo(ExitCode.OK);
        Path probe = Files.createTempDirectory("probe");
        Files.writeString(probe.resolve("midway-probe.yaml"), "id: midway-probe\nname: A\nlevel: MID\n");
        // Measured on a write after the first: from then on each write first checks the remembered head.
        Path first = Files.createTempDirectory("first");
        Files.writeString(first.resolve("midway-first.yaml"), "id: midway-first\nname: A\nlevel: MID\n");
        assertThat(CommandRun.of(context, "import", first.toString()).exitCode()).isEqualTo(ExitCode.OK);
        int before = PREPARED.get();
        assertThat(CommandRun.of(context, "import", probe.toString()).exitCode()).isEqualTo(ExitCode.OK);
        int perProfile = PREPARED.get() - before;
        // The second profile's first statement is lost.
        STATEMENTS_BEFORE_LOSS.set(perProfile + 1);

        CommandRun run = CommandRun.of(context, "import", folder.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out().lines()).hasSize(1).allMatch(line -> line.startsWith("imported midway-a (version 1)"));
        assertThat(run.err()).startsWith("import: lost the connection to the database at " + database
                + " (SQL state 08006) after storing 1 profile (listed above); the profile being stored then may or "
                + "may not be stored")
                .hasLineCount(1);
    }

    @Test
    void shouldSayTheDatabaseCannotBeReachedWhenItIsGoneBeforeTheCommand() {
        assertThat(CommandRun.of(context, "profiles").exitCode()).isEqualTo(ExitCode.OK);
        LOST.set(true);

        CommandRun run = CommandRun.of(context, "profiles");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("profiles: cannot reach the database at " + database + ": ")
                .hasLineCount(1);
    }
}
