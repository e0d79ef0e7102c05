package dev.sreladder.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A password given on the command line reaches the tuned JVM through its environment, never its command line. */
class SecretsTest {

    @Test
    void shouldMoveAPasswordFromTheArgumentsToTheEnvironment() {
        Secrets secrets = Secrets.split(List.of("-Xmx1g"), List.of("--spring.datasource.url=jdbc:postgresql://db/x",
                "--spring.datasource.password=s3cr=t", "profiles"));

        assertThat(secrets.args()).containsExactly("--spring.datasource.url=jdbc:postgresql://db/x", "profiles");
        assertThat(secrets.jvmOptions()).containsExactly("-Xmx1g");
        assertThat(secrets.environment()).isEqualTo(Map.of("SPRING_DATASOURCE_PASSWORD", "s3cr=t"));
    }

    @Test
    void shouldMoveASecretGivenAsAJvmOptionToo() {
        Secrets secrets = Secrets.split(List.of("-Dspring.datasource.password=x", "-Dladder.actor=alice"),
                List.of("history", "maya-chen"));

        assertThat(secrets.jvmOptions()).containsExactly("-Dladder.actor=alice");
        assertThat(secrets.args()).containsExactly("history", "maya-chen");
        assertThat(secrets.environment()).containsEntry("SPRING_DATASOURCE_PASSWORD", "x");
    }

    @Test
    void shouldNameTheVariableAsSpringBootReadsIt() {
        assertThat(Secrets.variable("spring.datasource.hikari.data-source-properties.password"))
                .isEqualTo("SPRING_DATASOURCE_HIKARI_DATASOURCEPROPERTIES_PASSWORD");
    }
}
