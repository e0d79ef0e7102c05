package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * The packet shows under a trap the evidence items of its way out, as {@code evaluate} does (issue
 * 23): one tie of evidence to findings. The product rules' traps read every key their way out
 * names, so the rules here give the architecting-too-early trap a way out through design docs,
 * which its conditions do not read.
 */
class PacketEvidenceTest {

    private static final String DESIGN_DOC = "Alerting pipeline redesign";

    @TempDir
    static Path folder;
    private static Cohort cohort;

    @BeforeAll
    static void evaluateAJuniorWhoseTrapAsksForDesignDocs() throws IOException {
        Path rules = Files.createDirectory(folder.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path traps = rules.resolve("traps.drl");
        String wayOut = "atLeast(\"incidentResponse\", 2), atLeast(\"observability\", 2)));";
        assertThat(Files.readString(traps)).contains(wayOut);
        Files.writeString(traps, Files.readString(traps).replace(wayOut,
                "atLeast(\"incidentResponse\", 2), atLeast(\"observability\", 2), atLeast(\"designDocs\", 2)));"));
        Path profile = folder.resolve("kenji-watanabe.yaml");
        Files.writeString(profile, Files.readString(Path.of("samples/kenji-watanabe-architecting-too-early.yaml"))
                .replace("  designDocs: 1\n",
                        "  designDocs:\n    - what: " + DESIGN_DOC + "\n      when: 2026-03-02\n"));
        EvaluationService evaluations = new EvaluationService(new ProfileLoader(new ProfileReader()),
                new CurrentRules(() -> RuleSources.fromDirectory(rules), rules.toString(), new RuleCompiler()));
        cohort = new ReportCohorts(evaluations, null, null).fromPath(profile.toString(), null, Progress.NONE);
        assertThat(cohort.problems()).isEmpty();
    }

    @Test
    void shouldShowTheItemsOfATrapsWayOutUnderTheTrapInMarkdown() {
        String md = MarkdownReport.render(cohort);

        String trap = md.substring(md.lastIndexOf("- `architecting-too-early`"));
        trap = trap.substring(0, trap.indexOf("\n\n"));
        assertThat(trap).contains("*Clears when:*").contains("designDocs ≥ 2")
                .contains("  *Evidence:*\n  - designDocs: " + DESIGN_DOC + " · 2026-03-02");
        assertThat(md).doesNotContain("**Other evidence items:**");
    }

    @Test
    void shouldShowTheItemsOfATrapsWayOutUnderTheTrapInHtml() {
        String html = HtmlReport.render(cohort);

        String trap = html.substring(html.lastIndexOf("architecting-too-early"));
        trap = trap.substring(0, trap.indexOf("</li>"));
        assertThat(trap).contains("<ul class=\"evidence\">").contains(DESIGN_DOC);
        assertThat(html).doesNotContain("Other evidence items");
    }
}
