package dev.sreladder.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The one reading of a JDBC URL: which H2 file it names, whether H2 runs embedded, how it is shown. */
class DatabaseUrlTest {

    @Test
    void shouldFindTheFileOfAnEmbeddedH2UrlWithOrWithoutFileAndOptions() {
        assertThat(new DatabaseUrl("jdbc:h2:file:/data/ladder;WRITE_DELAY=0").h2File())
                .contains(Path.of("/data/ladder.mv.db"));
        assertThat(new DatabaseUrl("jdbc:h2:/data/ladder").h2File()).contains(Path.of("/data/ladder.mv.db"));
        assertThat(new DatabaseUrl("jdbc:h2:~/ladder").h2Base()).contains(System.getProperty("user.home") + "/ladder");
    }

    @Test
    void shouldNameNoFileForMemoryServersOrPostgres() {
        assertThat(new DatabaseUrl("jdbc:h2:mem:unused").h2File()).isEmpty();
        assertThat(new DatabaseUrl("jdbc:h2:tcp://host/ladder").h2File()).isEmpty();
        assertThat(new DatabaseUrl("jdbc:postgresql://db/ladder").h2File()).isEmpty();
    }

    @Test
    void shouldTreatFileAndMemoryAsEmbeddedButNotH2sServers() {
        assertThat(new DatabaseUrl("jdbc:h2:file:/data/ladder").embeddedH2()).isTrue();
        assertThat(new DatabaseUrl("jdbc:h2:mem:x").embeddedH2()).isTrue();
        assertThat(new DatabaseUrl("jdbc:h2:ssl://host/ladder").embeddedH2()).isFalse();
        assertThat(new DatabaseUrl("jdbc:postgresql://db/ladder").embeddedH2()).isFalse();
        assertThat(H2CloseOnExitOff.withCloseOnExitOff("jdbc:h2:mem:x"))
                .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(H2CloseOnExitOff.withCloseOnExitOff("jdbc:h2:tcp://host/x")).isEqualTo("jdbc:h2:tcp://host/x");
        assertThat(H2CloseOnExitOff.withCloseOnExitOff("jdbc:h2:mem:x;db_close_on_exit=true"))
                .isEqualTo("jdbc:h2:mem:x;db_close_on_exit=true");
    }

    @Test
    void shouldShowAServerUrlWithoutItsPassword() {
        assertThat(new DatabaseUrl("jdbc:postgresql://db/ladder?user=l&password=secret&ssl=true").where())
                .isEqualTo("jdbc:postgresql://db/ladder?user=l&password=…&ssl=true");
        assertThat(new DatabaseUrl("jdbc:h2:file:/data/ladder").where()).isEqualTo("/data/ladder.mv.db");
    }
}
