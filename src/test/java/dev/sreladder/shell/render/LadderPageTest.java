package dev.sreladder.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.HtmlUtils;

import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.report.HtmlPage;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * {@code ladder show --format md|html}: the handbook page of the default ladder and of the platform
 * example holds every level, every expectation with its conditions in words, every trap with what
 * triggers it, its advice and its way out, and the step between each pair of neighbouring levels;
 * text from the rules cannot become markup (a copy of the platform example with a hostile advice
 * and key meaning).
 */
class LadderPageTest {

    static final String PLATFORM = "samples/ladders/platform/rules";
    static final String HOSTILE_ADVICE = "Hand | the pages <script>alert(1)</script> *on* [now](https://e.x) `x`";
    static final String HOSTILE_MEANING = "keeps | the <b>platform</b> running";

    static RuleSet defaultRules;
    static RuleSet platformRules;
    static RuleSet hostileRules;
    static LadderOverview defaults;
    static LadderOverview platform;
    static LadderOverview hostile;

    @BeforeAll
    static void compile(@TempDir Path temp) throws IOException {
        RuleCompiler compiler = new RuleCompiler();
        defaultRules = compiler.compile(RuleSources.fromDirectory(Path.of("rules")), "rules");
        platformRules = compiler.compile(RuleSources.fromDirectory(Path.of(PLATFORM)), PLATFORM);
        Path copy = copy(Path.of(PLATFORM), temp.resolve("hostile"));
        replace(copy.resolve("traps.drl"), "Hand the pages on:", HOSTILE_ADVICE.replace("\"", "\\\""));
        replace(copy.resolve("ladder.yaml"), "operations: keeps the platform running, takes on-call, restores service"
                + " calmly", "operations: \"" + HOSTILE_MEANING + "\"");
        hostileRules = compiler.compile(RuleSources.fromDirectory(copy), copy.toString());
        defaults = LadderOverview.of(defaultRules);
        platform = LadderOverview.of(platformRules);
        hostile = LadderOverview.of(hostileRules);
    }

    @AfterAll
    static void close() {
        defaultRules.close();
        platformRules.close();
        hostileRules.close();
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void replace(Path file, String what, String with) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(what);
        Files.writeString(file, text.replace(what, with));
    }

    /** The text of a node and all it holds, as a reader sees it. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** Every level, expectation code and trap (code and rule) of the overview, as a reader looks for them. */
    static List<String> everything(LadderOverview overview) {
        List<String> words = new ArrayList<>();
        words.add(overview.ladder().title());
        for (LadderOverview.LevelExpectations level : overview.levels()) {
            words.add(level.level().name() + " expects (" + level.expectations().size() + ")");
            level.expectations().stream().map(Expectation::code).forEach(words::add);
            level.expectations().stream().map(Expectation::advice).forEach(words::add);
        }
        for (LadderOverview.Trap trap : overview.traps()) {
            words.add(trap.rule().code());
            words.add(trap.rule().name());
            assertThat(trap.sprung()).as(trap.rule().code()).isTrue();
            words.add(trap.advice());
        }
        overview.ladder().competencies().forEach(key -> words.add(key.name()));
        overview.ladder().evidence().forEach(key -> words.add(key.name()));
        return words;
    }

    @Test
    void shouldCountOneRuleFileInEnglishInTheBylineAndTheText() {
        LadderOverview ofOneFile = new LadderOverview(defaults.ladder(), defaults.levels(), defaults.traps(),
                defaults.fingerprint(), 1, defaults.origin());

        assertThat(LadderPage.byline(ofOneFile)).contains(" (1 file) from ");
        assertThat(LadderText.of(ofOneFile, new TextStyle(false))).contains(" (1 file) from ");
    }

    @Nested
    class Markdown {

        private static final Pattern TAG = Pattern.compile("(?<!\\\\)<[A-Za-z/!]");
        private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");

        @Test
        void shouldHoldEveryLevelExpectationAndTrapOfBothLadders() {
            for (LadderOverview overview : List.of(defaults, platform)) {
                String md = LadderMarkdown.of(overview);

                assertThat(md).startsWith("# " + overview.ladder().title() + "\n");
                assertThat(md).contains(everything(overview).stream().map(HtmlPage::markdown).toList());
            }
        }

        @Test
        void shouldWriteAlternativesAndNOfMInWords() {
            String md = LadderMarkdown.of(platform);

            assertThat(md).contains("""
                    - **`broad-impact`**: Pick the kinds of impact that suit your area: self-service tools, teams \
                    that adopt your work, money saved, or security closed off. Two of them are enough.
                      - Needs at least 2 of these 4:
                        - `selfServiceTools` ≥ 2
                        - `adoptingTeams` ≥ 2
                        - `costSavings` ≥ 50
                        - `securityFixes` ≥ 5
                    """, """
                      - Needs any one of these 2:
                        - all 2 of these:
                          - `selfServiceTools` ≥ 3
                          - `developerExperience` ≥ 3
                        - `adoptingTeams` ≥ 6
                    """, """
                      - Needs `automation` ≥ 1
                    """);
        }

        @Test
        void shouldSayWhatTriggersEachTrapItsAdviceAndItsWayOut() {
            String md = LadderMarkdown.of(platform);

            assertThat(md).contains("""
                    - **Applies on the way from:** SENIOR
                    - **Triggered by:** all of these 2:
                      - `onCallLoad` ≥ 0.4
                      - any one of these 2:
                        - `mentees` == 0
                        - `selfServiceTools` \\< 2
                    - **Advice:** Hand the pages on: mentor someone into your on-call area and turn what you fix by \
                    hand into self-service tools.
                    - **Way out:** all of these 2:
                      - `mentees` ≥ 1
                      - `selfServiceTools` ≥ 2
                    """);
            assertThat(LadderMarkdown.of(defaults)).contains("### `wont-let-go`: A senior who still fixes most major"
                    + " incidents without mentoring others won't let go", "- **Triggered by:** all of these 2:\n"
                    + "  - `handsOnIncidentShare` ≥ 0.5\n");
        }

        @Test
        void shouldGiveTheStepBetweenEachPairOfNeighbouringLevels() {
            String md = LadderMarkdown.of(defaults);

            List<String> names = defaults.ladder().levelNames();
            for (int i = 1; i < names.size(); i++) {
                assertThat(md).contains(names.get(i - 1) + " → " + names.get(i));
            }
        }

        @Test
        void shouldKeepEveryTableRowToItsColumnsAndWriteNoRawHtml() {
            for (LadderOverview overview : List.of(defaults, platform, hostile)) {
                String md = LadderMarkdown.of(overview);

                assertThat(TAG.matcher(md).find()).as("raw HTML in\n" + md).isFalse();
                int columns = -1;
                for (String line : md.lines().toList()) {
                    if (!line.startsWith("|")) {
                        columns = -1;
                        continue;
                    }
                    int pipes = (int) PIPE.matcher(line).results().count();
                    if (columns < 0) {
                        columns = pipes;
                    }
                    assertThat(pipes).as(line).isEqualTo(columns);
                }
            }
        }

        /**
         * The page as a code-hosting site shows it (CommonMark with GitHub's tables): every table the
         * source writes is a table, the sections are its headings, no raw HTML gets through, and the
         * rendered text holds every level, expectation and trap word for word, the hostile ones too.
         */
        @Test
        void shouldRenderAsACodeHostingSiteShowsIt() {
            List<Extension> gfmTables = List.of(TablesExtension.create());
            Parser parser = Parser.builder().extensions(gfmTables).build();
            HtmlRenderer renderer = HtmlRenderer.builder().extensions(gfmTables).build();
            for (LadderOverview overview : List.of(defaults, platform, hostile)) {
                String md = LadderMarkdown.of(overview);
                Node page = parser.parse(md);
                List<Node> nodes = new ArrayList<>();
                page.accept(new AbstractVisitor() {
                    @Override
                    protected void visitChildren(Node parent) {
                        nodes.add(parent);
                        super.visitChildren(parent);
                    }
                });
                List<String> sections = nodes.stream().filter(node -> node instanceof Heading heading
                        && heading.getLevel() == 2).map(LadderPageTest::textOf).toList();
                long tablesWritten = md.lines().filter(line -> line.matches("\\|( *:?-+:? *\\|)+")).count();
                String rendered = renderer.render(page);

                assertThat(nodes).filteredOn(node -> node instanceof HtmlBlock || node instanceof HtmlInline)
                        .as("raw HTML").isEmpty();
                assertThat(nodes).filteredOn(TableBlock.class::isInstance).hasSize((int) tablesWritten)
                        .hasSizeGreaterThanOrEqualTo(4);
                assertThat(sections).containsSubsequence("Levels, lowest first", "Rating scale",
                        "What each level expects", "Traps (" + overview.traps().size() + ")",
                        "From one level to the next");
                assertThat(HtmlUtils.htmlUnescape(rendered.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " "))
                        .contains(everything(overview));
                assertThat(rendered).doesNotContain("<script", "<b>", "<a ");
            }
            assertThat(HtmlUtils.htmlUnescape(renderer.render(parser.parse(LadderMarkdown.of(hostile)))))
                    .contains(HOSTILE_ADVICE, HOSTILE_MEANING);
        }

        @Test
        void shouldEscapeTextFromTheRulesAndTheLadderFile() {
            String md = LadderMarkdown.of(hostile);

            assertThat(md).contains("| `operations` | keeps \\| the \\<b\\>platform\\</b\\> running |",
                    "- **Advice:** Hand \\| the pages \\<script\\>alert(1)\\</script\\> \\*on\\* \\[now\\]"
                            + "(https://e.x) \\`x\\`");
        }
    }

    @Nested
    class Html {

        private static final Pattern REFERENCE = Pattern.compile(
                "(?i)\\b(href|src|action|srcset)\\s*=\\s*\"([^\"]*)\"");

        @Test
        void shouldHoldEveryLevelExpectationAndTrapOfBothLadders() {
            for (LadderOverview overview : List.of(defaults, platform)) {
                String html = LadderHtml.of(overview);

                assertThat(html).contains(everything(overview).stream().map(HtmlPage::escape).toList());
            }
        }

        @Test
        void shouldWriteConditionsTriggersAndStepsInWords() {
            String html = LadderHtml.of(platform);

            assertThat(html).contains("<div class=\"needs\">Needs at least 2 of these 4:<ul><li><code>selfServiceTools"
                            + "</code> ≥ 2</li>",
                    "<div class=\"needs trigger\"><span class=\"label\">Triggered by:</span> all of these 2:<ul><li>"
                            + "<code>onCallLoad</code> ≥ 0.4</li><li>any one of these 2:<ul><li><code>mentees</code>"
                            + " == 0</li><li><code>selfServiceTools</code> &lt; 2</li></ul></li></ul></div>",
                    "<span class=\"label\">Way out:</span> all of these 2:<ul><li><code>mentees</code> ≥ 1</li>",
                    "<h3>ASSOCIATE → ENGINEER</h3>", "<h3>STAFF → PRINCIPAL</h3>",
                    "<li><code>communication</code> ≥ 1 → ≥ 2 <span class=\"small\">(raised)</span></li>");
        }

        @Test
        void shouldBeOneSelfContainedPageThatEscapesTheRulesText() {
            String html = LadderHtml.of(hostile);

            assertThat(html).startsWith("<!DOCTYPE html>").contains("content=\"default-src 'none'; style-src"
                    + " 'unsafe-inline'\"").doesNotContain("<script", "<b>", "@import", "url(");
            assertThat(html).contains("Hand | the pages &lt;script&gt;alert(1)&lt;/script&gt; *on* [now](https://e.x)",
                    "keeps | the &lt;b&gt;platform&lt;/b&gt; running");
            Matcher references = REFERENCE.matcher(html);
            while (references.find()) {
                assertThat(references.group(2)).as("a link within the page, never out of it").startsWith("#");
            }
        }
    }
}
