package dev.sreladder.shell.render;

import static dev.sreladder.report.HtmlPage.escape;

import java.util.List;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.maintenance.LadderDiff;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.report.HtmlPage;

/**
 * {@code ladder show --format html}: the ladder as one self-contained handbook page, in the
 * committee packet's stylesheet with a few rules of its own (no script, nothing from the network),
 * for the screen, a narrow window and print (each major part on a page of its own, no card or
 * small table cut in two). Every text from the rules and the ladder file is escaped.
 */
public final class LadderHtml {

    /** The page's own rules, after the packet's stylesheet. */
    static final String CSS = """
            .ladder-page nav { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 18px; font-size: 13px; }
            .ladder-page nav a { color: #1e40af; }
            ol.rungs { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; }
            ol.rungs li { border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; background: #f9fafb; }
            ol.rungs .rank { color: var(--muted); margin-right: 6px; }
            ol.rungs a { font-weight: 700; text-decoration: none; }
            ol.rungs .small { display: block; }
            .key-name, .key-kind { white-space: nowrap; width: 1%; }
            #scale .num { width: 4em; }
            td { overflow-wrap: break-word; }
            h2.evidence-title { margin-top: 28px; }
            .level-block { margin-top: 18px; }
            .level-block > h3, .step > h3 { font-size: 16px; text-transform: none; letter-spacing: 0;
                                             color: var(--ink); margin: 18px 0 6px; }
            .rule-card { border-left: 4px solid #a78bfa; padding: 4px 12px; margin: 8px 0; break-inside: avoid; }
            .rule-card.trap { border-left-color: #f472b6; }
            .rule-card.raised { border-left-color: #fbbf24; }
            .rule-card p { margin: 2px 0; }
            .rule-card .advice { font-style: italic; }
            .rule-card .source { font-size: 12px; overflow-wrap: anywhere; }
            .needs ul, ul.bars, ul.step-traps { margin: 2px 0; padding-left: 22px; }
            .step h4 { font-size: 13px; color: #4b5563; margin: 12px 0 4px; }
            .step + .step { border-top: 1px solid var(--line); margin-top: 18px; }
            .label { font-weight: 600; }
            @media print {
              #expectations, #traps, #steps { break-before: page; }
              .ladder-page nav { display: none; }
              .level-block > h3, .step > h3, .step h4 { break-after: avoid; }
              table, .rule-card, .keep { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              thead { display: table-header-group; }
              ol.rungs li { background: none; }
            }
            @media (max-width: 640px) {
              main { padding: 16px 10px 32px; }
              section { padding: 14px 12px; }
              th, td { padding: 4px 5px; }
            }
            """;

    private LadderHtml() {
    }

    public static String of(LadderOverview overview) {
        Ladder ladder = overview.ladder();
        StringBuilder html = new StringBuilder(32 * 1024);
        HtmlPage.open(html, ladder.title(), CSS);
        html.append("<header class=\"ladder-page\"><h1>").append(escape(ladder.title()))
                .append("</h1><p class=\"byline\">").append(escape(LadderPage.byline(overview))).append("</p>\n")
                .append("<nav><a href=\"#levels\">Levels</a><a href=\"#scale\">Rating scale</a>")
                .append("<a href=\"#keys\">Competencies and evidence</a><a href=\"#expectations\">")
                .append(LadderPage.EXPECTATIONS).append("</a><a href=\"#traps\">Traps</a><a href=\"#steps\">")
                .append(LadderPage.STEPS).append("</a></nav></header>\n");
        levels(html, overview);
        scale(html, ladder);
        keys(html, ladder);
        expectations(html, overview);
        traps(html, overview);
        steps(html, overview);
        HtmlPage.close(html);
        return html.toString();
    }

    private static void levels(StringBuilder html, LadderOverview overview) {
        html.append("<section id=\"levels\">\n<h2>").append(LadderPage.LEVELS).append("</h2>\n<ol class=\"rungs\">");
        int rank = 1;
        for (LadderOverview.LevelExpectations level : overview.levels()) {
            int count = level.expectations().size();
            html.append("<li><span class=\"rank\">").append(rank++).append("</span><a href=\"#")
                    .append(anchor(level)).append("\">").append(escape(level.level().name()))
                    .append("</a><span class=\"small\">").append(count).append(count == 1 ? " expectation"
                            : " expectations").append("</span></li>");
        }
        html.append("</ol>\n</section>\n");
    }

    private static void scale(StringBuilder html, Ladder ladder) {
        html.append("<section id=\"scale\">\n<h2>").append(LadderPage.SCALE)
                .append("</h2>\n<table><thead><tr><th class=\"num\">rating</th><th>meaning</th></tr></thead><tbody>");
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            html.append("<tr><td class=\"num\">").append(rating).append("</td><td>")
                    .append(escape(ladder.scale().get(rating))).append("</td></tr>");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    private static void keys(StringBuilder html, Ladder ladder) {
        html.append("<section id=\"keys\">\n<div class=\"keep\"><h2>").append(escape(LadderPage.competencies(ladder)))
                .append("</h2>\n<table><thead><tr><th class=\"key-name\">competency</th><th>meaning</th></tr>")
                .append("</thead><tbody>");
        for (ProfileKey key : ladder.competencies()) {
            html.append("<tr><td class=\"key-name\"><code>").append(escape(key.name())).append("</code></td><td>")
                    .append(escape(key.meaning())).append("</td></tr>");
        }
        html.append("</tbody></table></div>\n<div class=\"keep\"><h2 class=\"evidence-title\">")
                .append(LadderPage.EVIDENCE)
                .append("</h2>\n<table><thead><tr><th class=\"key-name\">evidence</th><th class=\"key-kind\">kind</th>")
                .append("<th>meaning</th></tr></thead><tbody>");
        for (ProfileKey key : ladder.evidence()) {
            html.append("<tr><td class=\"key-name\"><code>").append(escape(key.name()))
                    .append("</code></td><td class=\"key-kind\">").append(escape(key.scale().kind()))
                    .append("</td><td>").append(escape(key.meaning())).append("</td></tr>");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    private static void expectations(StringBuilder html, LadderOverview overview) {
        html.append("<section id=\"expectations\">\n<h2>").append(LadderPage.EXPECTATIONS)
                .append("</h2>\n<p class=\"small\">").append(LadderPage.EXPECTATIONS_NOTE).append("</p>\n");
        for (LadderOverview.LevelExpectations level : overview.levels()) {
            html.append("<div class=\"level-block\" id=\"").append(anchor(level)).append("\"><h3>")
                    .append(escape(LadderPage.expects(level))).append("</h3>\n");
            if (level.expectations().isEmpty()) {
                html.append("<p class=\"none\">").append(LadderPage.NOTHING_EXPECTED).append("</p>\n");
            }
            for (Expectation expectation : level.expectations()) {
                expectation(html, expectation, "");
            }
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    /** One expectation as a card; {@code kind} adds a class ("raised"). */
    static void expectation(StringBuilder html, Expectation expectation, String kind) {
        html.append("<div class=\"rule-card expectation").append(kind.isEmpty() ? "" : " " + kind)
                .append("\"><p><strong><code>").append(escape(expectation.code())).append("</code></strong></p>")
                .append("<p class=\"advice\">").append(escape(expectation.advice())).append("</p>");
        if (!expectation.requirements().isEmpty()) {
            conditions(html, "Needs ", expectation.requirements());
        }
        html.append("<p class=\"source\">rule “").append(escape(expectation.rule())).append("” · ")
                .append(escape(expectation.section())).append("</p></div>\n");
    }

    private static void traps(StringBuilder html, LadderOverview overview) {
        html.append("<section id=\"traps\">\n<h2>").append(escape(LadderPage.traps(overview)))
                .append("</h2>\n<p class=\"small\">").append(LadderPage.TRAPS_NOTE).append("</p>\n");
        if (overview.traps().isEmpty()) {
            html.append("<p class=\"none\">").append(LadderPage.NO_TRAPS).append("</p>\n");
        }
        for (LadderOverview.Trap trap : overview.traps()) {
            trap(html, trap, overview.ladder());
        }
        html.append("</section>\n");
    }

    static void trap(StringBuilder html, LadderOverview.Trap trap, Ladder ladder) {
        RuleInfo rule = trap.rule();
        html.append("<div class=\"rule-card trap\" id=\"trap-").append(escape(rule.code()))
                .append("\"><p><strong><code>").append(escape(rule.code()))
                .append("</code></strong> <span class=\"level\">")
                .append(escape(LadderText.where(trap, ladder))).append("</span> ").append(escape(rule.name()))
                .append("</p>");
        if (!rule.trigger().isEmpty()) {
            conditions(html, "<span class=\"label\">Triggered by:</span> ", ConditionWords.of(rule.trigger()),
                    "needs trigger");
        }
        if (trap.sprung()) {
            html.append("<p class=\"advice\"><span class=\"label\">Advice:</span> ").append(escape(trap.advice()))
                    .append("</p>");
            if (trap.wayOut().isEmpty()) {
                html.append("<p><span class=\"label\">Way out:</span> ").append(LadderPage.NO_WAY_OUT).append("</p>");
            } else {
                conditions(html, "<span class=\"label\">Way out:</span> ", trap.wayOut());
            }
        } else {
            html.append("<p class=\"none\">").append(LadderPage.NOT_SPRUNG).append("</p>");
        }
        html.append("<p class=\"source\">").append(escape(rule.section())).append(" · ")
                .append(escape(rule.location())).append("</p></div>\n");
    }

    private static void steps(StringBuilder html, LadderOverview overview) {
        html.append("<section id=\"steps\">\n<h2>").append(LadderPage.STEPS).append("</h2>\n<p class=\"small\">")
                .append(LadderPage.STEPS_NOTE).append("</p>\n");
        for (LadderDiff.Step step : LadderPage.steps(overview)) {
            step(html, step);
        }
        html.append("</section>\n");
    }

    private static void step(StringBuilder html, LadderDiff.Step step) {
        String from = escape(step.from().name());
        String to = escape(step.to().name());
        html.append("<div class=\"step\" id=\"step-").append(to).append("\"><h3>").append(from).append(" → ")
                .append(to).append("</h3>\n<p class=\"small\">").append(escape(LadderPage.stepSummary(step)))
                .append("</p>\n");
        if (!step.added().isEmpty()) {
            html.append("<h4>New at ").append(to).append("</h4>\n");
            step.added().forEach(expectation -> expectation(html, expectation, ""));
        }
        if (!step.raised().isEmpty()) {
            html.append("<h4>Bars moved from ").append(from).append("</h4>\n");
            for (LadderDiff.Raised raised : step.raised()) {
                html.append("<div class=\"rule-card raised\"><p><strong><code>")
                        .append(escape(raised.expectation().code())).append("</code></strong></p><ul class=\"bars\">");
                for (LadderDiff.Bar bar : raised.bars()) {
                    html.append("<li><code>").append(escape(bar.after().key())).append("</code>")
                            .append(escape(LadderPage.afterKey(bar.before()))).append(" → ")
                            .append(escape(LadderPage.afterKey(bar.after()).strip())).append(" <span class=\"small\">(")
                            .append(bar.raised() ? "raised" : "eased").append(")</span></li>");
                }
                html.append("</ul><p class=\"advice\">").append(escape(raised.expectation().advice())).append("</p>");
                conditions(html, "Needs ", raised.expectation().requirements());
                html.append("</div>\n");
            }
        }
        codes(html, "Asked the same as at " + step.from().name(), step.same());
        codes(html, "Asked at " + step.from().name() + ", not asked again", step.notAskedAgain());
        if (!step.traps().isEmpty()) {
            html.append("<h4>Traps on the way</h4>\n<ul class=\"step-traps\">");
            for (LadderOverview.Trap trap : step.traps()) {
                html.append("<li><a href=\"#trap-").append(escape(trap.rule().code())).append("\"><code>")
                        .append(escape(trap.rule().code())).append("</code></a> ").append(escape(trap.rule().name()))
                        .append("</li>");
            }
            html.append("</ul>\n");
        }
    }

    /** A heading and the codes of expectations, one line; nothing when there are none. */
    private static void codes(StringBuilder html, String heading, List<Expectation> expectations) {
        if (expectations.isEmpty()) {
            return;
        }
        html.append("<h4>").append(escape(heading)).append(" (").append(expectations.size()).append(")</h4>\n<p>");
        for (int i = 0; i < expectations.size(); i++) {
            html.append(i == 0 ? "" : ", ").append("<code>").append(escape(expectations.get(i).code()))
                    .append("</code>");
        }
        html.append("</p>\n");
    }

    /** The conditions that must all hold, after {@code lead} (markup): one inline, several as a list. */
    private static void conditions(StringBuilder html, String lead, List<Condition> conditions) {
        conditions(html, lead, ConditionWords.of(conditions), "needs");
    }

    private static void conditions(StringBuilder html, String lead, List<ConditionWords> words, String kind) {
        html.append("<div class=\"").append(kind).append("\">").append(lead);
        if (words.size() == 1) {
            html.append(words(words.get(0)));
            list(html, words.get(0).parts());
        } else {
            html.append(escape(ConditionWords.all(words)));
            list(html, words);
        }
        html.append("</div>");
    }

    private static void list(StringBuilder html, List<ConditionWords> parts) {
        if (parts.isEmpty()) {
            return;
        }
        html.append("<ul>");
        for (ConditionWords part : parts) {
            html.append("<li>").append(words(part));
            list(html, part.parts());
            html.append("</li>");
        }
        html.append("</ul>");
    }

    private static String words(ConditionWords words) {
        if (words.written()) {
            return "as written: <code>" + escape(words.words()) + "</code>";
        }
        return words.requirement() == null ? escape(words.words())
                : "<code>" + escape(words.requirement().key()) + "</code>" + escape(words.afterKey());
    }

    private static String anchor(LadderOverview.LevelExpectations level) {
        return "level-" + escape(level.level().name());
    }
}
