package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.HtmlUtils;

import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.testing.Chromium;

/**
 * The ladder's handbook page ({@code ladder show --format html}) in a real browser, for the default
 * ladder and the platform example, 1000 and 600 pixels wide: nothing on the console (no blocked
 * resource, no script), the text as the browser parsed it holds every level, expectation and trap,
 * and the expectation and trap cards are drawn in their colours. The pages and screenshots are kept
 * in target/ladder-page to look at.
 */
class LadderPageBrowserTest {

    static final Path KEPT = Path.of("target", "ladder-page");
    /** The left borders of the cards (LadderHtml.CSS): an expectation's and a trap's. */
    static final String EXPECTATION_COLOUR = "#a78bfa";
    static final String TRAP_COLOUR = "#f472b6";

    static RuleSet defaultRules;
    static RuleSet platformRules;

    @TempDir
    Path work;

    Chromium chromium;

    @BeforeAll
    static void compile() {
        RuleCompiler compiler = new RuleCompiler();
        defaultRules = compiler.compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        platformRules = compiler.compile(RuleSources.fromDirectory(Path.of(LadderPageTest.PLATFORM)),
                LadderPageTest.PLATFORM);
    }

    @AfterAll
    static void close() {
        defaultRules.close();
        platformRules.close();
    }

    @BeforeEach
    void findChromium() {
        chromium = Chromium.in(work);
    }

    @ParameterizedTest(name = "{0} ladder, {1} px wide")
    @CsvSource({"default, 1000", "default, 600", "platform, 1000", "platform, 600"})
    void shouldShowEveryLevelExpectationAndTrapWithoutAConsoleMessage(String ladder, int width) throws Exception {
        LadderOverview overview = LadderOverview.of(ladder.equals("default") ? defaultRules : platformRules);
        Files.createDirectories(KEPT);
        Path page = KEPT.resolve(ladder + ".html");
        Files.writeString(page, LadderHtml.of(overview));

        Chromium.Rendered rendered = chromium.render(page, KEPT.resolve(ladder + "-" + width + ".png"), width, 9000);
        String text = text(rendered.dom());

        assertThat(rendered.console()).as("console messages").isEmpty();
        assertThat(text).contains(LadderPageTest.everything(overview));
        List<String> names = overview.ladder().levelNames();
        for (int i = 1; i < names.size(); i++) {
            assertThat(text).contains(names.get(i - 1) + " → " + names.get(i));
        }
        BufferedImage shot = rendered.screenshot();
        assertThat(shot.getWidth()).isEqualTo(width);
        assertThat(Chromium.pixels(shot, EXPECTATION_COLOUR, 0, shot.getHeight())).as("expectation cards")
                .isGreaterThan(1000);
        assertThat(Chromium.pixels(shot, TRAP_COLOUR, 0, shot.getHeight())).as("trap cards").isGreaterThan(300);
    }

    /** The text of the parsed page: its tags dropped, its character references read, its spaces joined. */
    private static String text(String dom) {
        String body = dom.substring(dom.indexOf("<body"));
        return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ");
    }
}
