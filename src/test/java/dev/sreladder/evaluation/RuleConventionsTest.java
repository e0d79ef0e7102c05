package dev.sreladder.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import dev.sreladder.testing.TestRules;

/**
 * Conventions every rule in {@code rules/} keeps: a sentence for a name, {@code @code} and
 * {@code @section} metadata naming a real section of the article, codes that do not collide, and
 * a test or sample that exercises each code.
 */
class RuleConventionsTest {

    private static final Set<String> ARTICLE_SECTIONS = Set.of(
            "Building a Career in SRE: The Real Path from Junior to Staff Engineer",
            "The Junior Years: Learning to Keep the Lights On",
            "Mid-Level: Owning Systems, Not Just Tasks",
            "Senior: Designing for Reliability at Scale",
            "Staff: Shaping Strategy and Culture",
            "The Skills That Matter at Every Level",
            "Final Thoughts");
    private static final String EVERY_LEVEL = "The Skills That Matter at Every Level";

    private static List<Rule> rules() {
        return TestRules.defaults().kieBase().getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream()).toList();
    }

    private static String file(Rule rule) {
        return Path.of(((RuleImpl) rule).getResource().getSourcePath()).getFileName().toString();
    }

    @Test
    void shouldGiveEveryRuleACodeAndAnArticleSection() {
        assertThat(rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(RuleInfo.metadata(rule, "code")).as(rule.getName()).matches("[a-z0-9-]+");
            assertThat(RuleInfo.metadata(rule, "section")).as(rule.getName()).isIn(ARTICLE_SECTIONS);
        });
    }

    @Test
    void shouldGiveEveryRuleAKindReadFromWhatItInserts() {
        assertThat(TestRules.defaults().rules()).hasSameSizeAs(rules())
                .allSatisfy(rule -> assertThat(rule.kind()).as(rule.name()).isNotEqualTo(RuleKind.OTHER));
    }

    @Test
    void shouldNameEveryRuleInASentence() {
        assertThat(rules()).allSatisfy(rule -> assertThat(rule.getName()).as(rule.getName())
                .matches("[A-Z][^.]* [^.]+ [^.]+[^.]*"));
    }

    @Test
    void shouldUseEachCodeOnceExceptTheEveryLevelSkillsAcrossLevelFiles() {
        Map<String, List<Rule>> byCode = rules().stream()
                .collect(Collectors.groupingBy(rule -> RuleInfo.metadata(rule, "code")));

        assertThat(byCode).allSatisfy((code, sharing) -> {
            if (sharing.size() > 1) {
                assertThat(sharing).as(code).allSatisfy(
                        rule -> assertThat(RuleInfo.metadata(rule, "section")).isEqualTo(EVERY_LEVEL));
                assertThat(sharing.stream().map(RuleConventionsTest::file).distinct().count()).as(code)
                        .isEqualTo(sharing.size());
            }
        });
    }

    @Test
    void shouldExerciseEveryCodeInSomeTestOrSample() throws IOException {
        String testsAndSamples;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/java")), Files.list(Path.of("samples")))) {
            testsAndSamples = files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("RuleConventionsTest.java"))
                    .map(RuleConventionsTest::read).collect(Collectors.joining("\n"));
        }
        List<String> structural = List.of("verdict-not-yet-held-back", "verdict-not-yet-gaps", "verdict-almost",
                "verdict-ready");

        assertThat(rules()).map(rule -> RuleInfo.metadata(rule, "code"))
                .filteredOn(code -> !structural.contains(code))
                .allSatisfy(code -> assertThat(testsAndSamples).as(code).contains(code));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
