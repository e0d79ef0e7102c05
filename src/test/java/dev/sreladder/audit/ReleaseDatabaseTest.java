package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.sreladder.system.ExitCode;
import java.util.Map;
import java.util.HashMap;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.IOException;

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

    /**
     * Replays each recorded evaluation under the rules it was given with; each must say identical.
     * Returns what each replay printed, by "id number".
     */
    Map<String, String> replayedIdentically(List<StoredEvaluation> recorded) {
        Map<String, String> replayed = new HashMap<>();
        for (StoredEvaluation stored : recorded) {
            CommandRun replay = run("evaluate", stored.profileId(), "--replay", Integer.toString(stored.number()));

            assertThat(replay.exitCode()).as(stored + ": " + replay.out() + replay.err()).isEqualTo(ExitCode.OK);
            assertThat(replay.out()).as(stored.toString())
                    .contains("replayed evaluation " + stored.number() + " of " + stored.profileId())
                    .contains("identical: ");
            replayed.put(stored.toString(), replay.out());
        }
        return replayed;
    }

    /**
     * Each recorded document printed by {@code history ID --show N --format json} exactly as the release
     * printed it ({@code shown/ID-N.json} beside its database), and stored as it was given: manager, team
     * and evidence items are shown from the profile version.
     */
    void assertShownAsTheReleaseShowedThem(String release, List<StoredEvaluation> recorded) throws IOException {
        for (StoredEvaluation stored : recorded) {
            CommandRun shown = run("history", stored.profileId(), "--show", Integer.toString(stored.number()),
                    "--format", "json");
            String printed = Files.readString(Path.of("src/test/resources/fixtures/release-" + release + "/shown/"
                    + stored.profileId() + "-" + stored.number() + ".json"));

            assertThat(shown.exitCode()).as(stored + ": " + shown.err()).isEqualTo(ExitCode.OK);
            assertThat(shown.out().strip()).as(stored.toString()).isEqualTo(printed.strip());
            assertThat(shown.out().strip().replaceFirst(",\"manager\":.*,\"ruleset\":", ",\"ruleset\":"))
                    .as(stored.toString()).isEqualTo(stored.document());
        }
    }

    /** Every evaluation the copy holds, read after a first command has opened (and migrated) it. */
    List<StoredEvaluation> recorded() {
        run("profiles");
        return ReleaseFixture.evaluations(dataSource);
    }
}
