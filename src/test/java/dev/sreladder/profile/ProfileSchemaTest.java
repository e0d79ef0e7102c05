package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.LadderFile;

/**
 * The schema generated from a ladder: the default ladder's is {@code samples/profile.schema.json}
 * byte for byte, and the platform example's accepts its samples and refuses the article's words.
 */
class ProfileSchemaTest {

    static final Path PLATFORM = Path.of("samples/ladders/platform");

    static Ladder ladder(Path rules) throws IOException {
        Path file = rules.resolve(Ladder.FILE_NAME);
        return LadderFile.read(file.toString(), Files.readString(file));
    }

    static Schema schema(Ladder ladder) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ProfileSchema.of(ladder), InputFormat.JSON);
    }

    static Stream<Path> platformSamples() {
        return ProfileFiles.inFolder(PLATFORM.resolve("samples")).stream();
    }

    @Test
    void shouldBeTheSampleSchemaByteForByteForTheDefaultLadder() throws IOException {
        String generated = ProfileSchema.of(ladder(Path.of("rules")));

        assertThat(generated).as("samples/profile.schema.json is out of date: regenerate it with"
                + " 'ladder schema rules > samples/profile.schema.json'")
                .isEqualTo(Files.readString(Path.of("samples/profile.schema.json")));
    }

    @Test
    void shouldDescribeEachKeyWithItsMeaningFromTheLadderFile() throws IOException {
        String schema = ProfileSchema.of(ladder(PLATFORM.resolve("rules")));

        assertThat(schema).contains("\"description\": \"Builds access control, secrets handling and patching into"
                + " the platform. A whole number from 0 to 3; a missing one counts as 0.\"");
        assertThat(schema).contains("\"description\": \"Share of the team's pages this person answers. A number from"
                + " 0 to 1; missing = 0.\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platformSamples")
    void shouldAcceptEveryPlatformSample(Path sample) throws IOException {
        List<Error> errors = schema(ladder(PLATFORM.resolve("rules"))).validate(Files.readString(sample),
                InputFormat.YAML);

        assertThat(errors).as(sample.toString()).isEmpty();
    }

    @Test
    void shouldRefuseTheArticlesLevelsAndKeysAndARatingAboveThePlatformScale() throws IOException {
        List<Error> errors = schema(ladder(PLATFORM.resolve("rules"))).validate("""
                name: Maya Chen
                level: JUNIOR
                competencies:
                  security: 4
                evidence:
                  gameDays: 1
                """, InputFormat.YAML);

        assertThat(errors).extracting(Error::getInstanceLocation).extracting(String::valueOf)
                .containsExactlyInAnyOrder("/level", "/competencies/security", "/evidence");
    }

    @Test
    void shouldAcceptALevelInAnyCaseTheReaderAccepts() throws IOException {
        Schema schema = schema(ladder(PLATFORM.resolve("rules")));

        assertThat(Stream.of("PRINCIPAL", "principal", "Principal")
                .flatMap(level -> schema.validate("name: Kai\nlevel: " + level + "\n", InputFormat.YAML).stream()))
                .isEmpty();
    }
}
