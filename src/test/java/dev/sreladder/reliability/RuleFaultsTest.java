package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.system.ExitCode;

/**
 * A rule that fails at run time, reloaded into a running application over stored profiles: the
 * evaluation is refused with the rule's name, exit 1, nothing printed and no verdict recorded.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class RuleFaultsTest {

    private static Path rulesDir;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("sre-ladder-rule-faults");
        rulesDir = Files.createDirectories(home.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rulesDir.resolve(file.getFileName()));
            }
        }
        registry.add("ladder.rules-dir", rulesDir::toString);
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + home.resolve("db/ladder") + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail auditTrail;

    CommandRun run(String... words) {
        return CommandRun.of(context, words);
    }

    private String storedMaya(String id) throws IOException {
        Path file = Files.createTempFile("maya", ".yaml");
        Files.writeString(file, "id: " + id + "\n"
                + Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        assertThat(run("import", file.toString()).exitCode()).isEqualTo(ExitCode.OK);
        return id;
    }

    /**
     * A faulty rule that matches one stored engineer only: a rule set that fails on the samples or
     * the generated profiles is refused at reload (RuleTrial), so what reaches an evaluation is a
     * fault no trial profile shows.
     */
    private void addRule(String name, String id, String alsoWhen, String then) throws IOException {
        Files.writeString(rulesDir.resolve("fault.drl"), """
                package rules;
                import dev.sreladder.evaluation.Finding;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.note;
                rule "%s"
                    @code("fault") @section("Final Thoughts")
                when
                    $profile : Profile(id == "%s")
                    %s
                then
                %s
                end
                """.formatted(name, id, alsoWhen, then));
        assertThat(run("rules", "reload").exitCode()).isEqualTo(ExitCode.OK);
    }

    @AfterEach
    void restoreTheRules() throws IOException {
        Files.deleteIfExists(rulesDir.resolve("fault.drl"));
        assertThat(run("rules", "reload").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void shouldNameTheRuleWhoseThenThrowsAndRecordNoVerdict() throws IOException {
        String id = storedMaya("fault-throws");
        addRule("A rule that divides by zero fails", id, "",
                "    int zero = 0;\n    insert(note(drools, $profile, \"share \" + (1 / zero), \"None.\"));");

        CommandRun run = run("evaluate", id);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("evaluate: rule \"A rule that divides by zero fails\" failed for fault-throws: "
                + "ArithmeticException: / by zero" + System.lineSeparator());
        assertThat(auditTrail.history(id)).as("no verdict recorded").isEmpty();
    }

    @Test
    void shouldStopARuleThatLoopsForeverWithinTheFiringLimitAndRecordNoVerdict() throws IOException {
        String id = storedMaya("fault-loops");
        // Each note is a new Finding, which the rule matches again: a loop of allowed code only.
        addRule("A rule that notes every finding, its own notes too, loops", id, "Finding()",
                "    insert(note(drools, $profile, \"again\", \"None.\"));");

        CommandRun run = run("evaluate", id);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("evaluate: the rules fired 10000 times for fault-loops without finishing; "
                + "a rule probably re-triggers itself (check rules that insert or modify facts)"
                + System.lineSeparator());
        assertThat(auditTrail.history(id)).as("no verdict recorded").isEmpty();
    }
}
