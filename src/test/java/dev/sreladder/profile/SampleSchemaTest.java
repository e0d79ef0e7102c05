package dev.sreladder.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** {@code samples/profile.schema.json} describes the profile format, and every sample follows it. */
class SampleSchemaTest {

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("samples/profile.schema.json")), InputFormat.JSON);
    }

    static Stream<Path> samples() {
        return ProfileFiles.inFolder(Path.of("samples")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldValidateEverySampleAgainstTheSchema(Path sample) throws IOException {
        List<Error> errors = schema().validate(Files.readString(sample), InputFormat.YAML);

        assertThat(errors).as(sample.toString()).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownKeyAndAnOutOfRangeRating() throws IOException {
        List<Error> errors = schema().validate("""
                name: Maya Chen
                level: MID
                competencies:
                  mentorng: 2
                  writing: 5
                """, InputFormat.YAML);

        assertThat(errors).hasSize(2);
    }

    @Test
    void shouldAcceptWhatAProfileMaySayForTheCommittee() throws IOException {
        List<Error> errors = schema().validate("""
                name: Maya Chen
                level: MID
                manager: Dana Wu
                team: Payments SRE
                competencies:
                  resilienceTesting: 1
                selfRatings:
                  resilienceTesting: 3
                evidence:
                  gameDays:
                    - what: Q3 region failover game day
                      link: https://wiki.example.com/gd/2026-q3
                      when: 2026-08-14
                    - Kafka broker loss drill
                  mentees: 1
                waived:
                  mentoring: the team has not hired anyone in the review period
                """, InputFormat.YAML);

        assertThat(errors).isEmpty();
    }

    @Test
    void shouldRefuseWhatTheReaderRefusesOfThoseParts() throws IOException {
        List<Error> errors = schema().validate("""
                name: Maya Chen
                level: MID
                selfRatings:
                  resilienceTesting: 5
                  mentorng: 2
                evidence:
                  gameDays:
                    - what: Q3 region failover game day
                      link: http://wiki.example.com/gd/2026-q3
                    - link: https://wiki.example.com/gd/2026-q2
                  handsOnIncidentShare: [a share is not a list]
                waived:
                  Mentoring Mid: the code is not one
                  mentoring: ""
                """, InputFormat.YAML);

        assertThat(errors).extracting(Error::getInstanceLocation).extracting(String::valueOf)
                .contains("/selfRatings/resilienceTesting", "/selfRatings", "/evidence/gameDays",
                        "/evidence/handsOnIncidentShare", "/waived", "/waived/mentoring");
    }

    @Test
    void shouldListEveryProfileKeyTheReaderKnows() throws IOException {
        String schema = Files.readString(Path.of("samples/profile.schema.json"));

        assertThat(Ladder.article().keys()).allSatisfy(key -> assertThat(schema).contains("\"" + key.name() + "\""));
    }
}
