package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.LadderFile;
import dev.sreladder.system.LadderException;

/**
 * The schema generated from a ladder: the default ladder's is {@code samples/profile.schema.json}
 * byte for byte, and the platform example's accepts its samples and refuses the article's words.
 */
class ProfileSchemaTest {

    static final Path PLATFORM = Path.of("samples/ladders/platform");

    @TempDir
    Path folder;

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

        // The level's anyOf (listed casings, any casing) fails once per alternative, at the same place.
        assertThat(errors.stream().map(Error::getInstanceLocation).map(String::valueOf).distinct())
                .containsExactlyInAnyOrder("/level", "/competencies/security", "/evidence");
    }

    /**
     * The reader and the schema take the same casings, word for word: for each way of writing a level
     * or a verdict, the schema accepts it exactly when the reader does (issue 25).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("casings")
    void shouldAcceptExactlyTheCasingsTheReaderAccepts(String part, String yaml, boolean read) throws IOException {
        Ladder ladder = ladder(PLATFORM.resolve("rules"));
        Path file = Files.writeString(folder.resolve("kai.yaml"), yaml);
        boolean readerAccepts = true;
        try {
            new ProfileReader().read(file, ladder);
        } catch (LadderException refused) {
            readerAccepts = false;
        }

        assertThat(readerAccepts).as("the reader on " + part).isEqualTo(read);
        // An anyOf that fails says so once per alternative, all at the same place.
        assertThat(schema(ladder).validate(yaml, InputFormat.YAML).stream().map(Error::getInstanceLocation)
                .map(String::valueOf).distinct()).as("the schema on " + part)
                .isEqualTo(read ? List.of() : List.of(part.substring(0, part.indexOf(' '))));
    }

    static Stream<Arguments> casings() {
        Stream<Arguments> levels = Stream.of("SENIOR", "senior", "Senior", "sEnIoR", "SENIOr").flatMap(written ->
                Stream.of(Arguments.of("/level " + written, "name: Kai\nlevel: " + written + "\n", true),
                        Arguments.of("/target " + written, "name: Kai\nlevel: ENGINEER\ntarget: " + written + "\n",
                                true)));
        Stream<Arguments> verdicts = Stream.of("READY", "ready", "Ready", "not_yet", "Not_Yet").map(written ->
                Arguments.of("/expected/verdict " + written, "name: Kai\nlevel: SENIOR\nexpected:\n  verdict: "
                        + written + "\n", true));
        Stream<Arguments> refused = Stream.of(
                Arguments.of("/level with a dotless i", "name: Kai\nlevel: sen\u0131or\n", false),
                Arguments.of("/level with a space inside", "name: Kai\nlevel: \"SEN IOR\"\n", false),
                Arguments.of("/level past the top", "name: Kai\nlevel: PRINCIPAL2\n", false),
                Arguments.of("/target with a dotless i", "name: Kai\nlevel: SENIOR\ntarget: pr\u0131ncipal\n", false),
                Arguments.of("/expected/verdict with a dotless i", "name: Kai\nlevel: SENIOR\nexpected:\n"
                        + "  verdict: not_yet\u0131\n", false),
                Arguments.of("/expected/verdict with a space", "name: Kai\nlevel: SENIOR\nexpected:\n"
                        + "  verdict: \"NOT YET\"\n", false));
        return Stream.of(levels, verdicts, refused).flatMap(cases -> cases);
    }

    @Test
    void shouldAcceptALevelInAnyCaseTheReaderAccepts() throws IOException {
        Schema schema = schema(ladder(PLATFORM.resolve("rules")));

        assertThat(Stream.of("PRINCIPAL", "principal", "Principal", "pRiNcIpAl")
                .flatMap(level -> schema.validate("name: Kai\nlevel: " + level + "\n", InputFormat.YAML).stream()))
                .isEmpty();
    }
}
