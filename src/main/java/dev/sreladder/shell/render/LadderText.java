package dev.sreladder.shell.render;

import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.EvaluationDocument;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Text;

/** {@code ladder show}: the ladder for an engineer, as text or as one JSON document. */
public final class LadderText {

    private LadderText() {
    }

    public static String of(LadderOverview overview, TextStyle style) {
        Ladder ladder = overview.ladder();
        StringBuilder text = new StringBuilder();
        text.append(style.bold(ladder.title())).append(" (").append(ladder.id()).append(")\n");
        text.append("Levels, lowest first: ").append(String.join(" → ", ladder.levelNames())).append('\n');

        text.append('\n').append(style.bold("RATING SCALE")).append('\n');
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            text.append("  ").append(rating).append("  ").append(ladder.scale().get(rating)).append('\n');
        }
        text.append('\n').append(style.bold("COMPETENCIES")).append(" (rated 0..").append(ladder.topRating())
                .append(")\n");
        int width = Columns.width(ladder.keyNames(), "");
        for (ProfileKey key : ladder.competencies()) {
            text.append(String.format("  %-" + width + "s  %s%n", key.name(), key.meaning()));
        }
        text.append('\n').append(style.bold("EVIDENCE")).append(" (over the review period)\n");
        for (ProfileKey key : ladder.evidence()) {
            text.append(String.format("  %-" + width + "s  %-6s  %s%n", key.name(), key.scale().kind(),
                    key.meaning()));
        }

        for (LadderOverview.LevelExpectations level : overview.levels()) {
            List<Expectation> expectations = level.expectations();
            text.append('\n').append(style.bold(level.level().name())).append(" expects (")
                    .append(expectations.size()).append(")\n");
            if (expectations.isEmpty()) {
                text.append("  nothing: no expectation rule checks this level\n");
            }
            for (Expectation expectation : expectations) {
                text.append("  ").append(style.bold(expectation.code())).append(": ")
                        .append(conditions(expectation.requirements())).append('\n');
                text.append("      ").append(expectation.advice()).append('\n');
                text.append("      ").append(style.dim("rule \"" + expectation.rule() + "\" · "
                        + expectation.section())).append('\n');
            }
        }

        text.append('\n').append(style.bold("TRAPS")).append(" (").append(overview.traps().size())
                .append("), checked when a promotion is asked about; any trap means NOT_YET\n");
        if (overview.traps().isEmpty()) {
            text.append("  none\n");
        }
        for (LadderOverview.Trap trap : overview.traps()) {
            RuleInfo rule = trap.rule();
            text.append("  ").append(style.red("✗")).append(' ').append(style.bold(rule.code())).append(" [")
                    .append(where(trap, overview.ladder())).append("] ").append(rule.name()).append('\n');
            if (!rule.trigger().isEmpty()) {
                text.append("      triggered by: ").append(rule.trigger().text()).append('\n');
            }
            if (trap.sprung()) {
                text.append("      advice: ").append(trap.advice()).append('\n');
                text.append("      way out: ").append(trap.wayOut().isEmpty() ? "(none named)"
                        : conditions(trap.wayOut())).append('\n');
            } else {
                text.append("      advice and way out: shown when it springs (no generated profile sprang it)\n");
            }
            text.append("      ").append(style.dim(rule.section() + " · " + rule.location())).append('\n');
        }
        text.append('\n').append(style.dim("rules " + RuleCompiler.abbreviate(overview.fingerprint()) + " ("
                + Text.count(overview.ruleFiles(), "file", "files") + ") from " + overview.origin()));
        return text.toString();
    }

    /**
     * The levels it springs at ("SENIOR"), with the targets when it springs for only some of the
     * levels above ("SENIOR → STAFF"); the rule's level when no generated profile sprang it.
     */
    static String where(LadderOverview.Trap trap, Ladder ladder) {
        List<Level> levels = trap.levels().isEmpty() && trap.rule().level() != null ? List.of(trap.rule().level())
                : trap.levels();
        if (levels.isEmpty()) {
            return "any level";
        }
        String from = levels.stream().map(Level::name).collect(Collectors.joining(", "));
        List<Level> above = ladder.levels().stream().filter(level -> level.isAbove(levels.get(0))).toList();
        return trap.targets().isEmpty() || trap.targets().equals(above) ? from
                : from + " → " + trap.targets().stream().map(Level::name).collect(Collectors.joining(", "));
    }

    /** "a ≥ 1 and any of (b ≥ 2, c ≥ 1)": all must hold; an alternative's own list is in brackets. */
    private static String conditions(List<Condition> conditions) {
        return conditions.stream().map(Condition::condition).collect(Collectors.joining(" and "));
    }

    /** One pretty JSON document and a newline. */
    public static String json(LadderOverview overview) {
        return EvaluationJson.pretty(tree(overview)) + "\n";
    }

    static ObjectNode tree(LadderOverview overview) {
        Ladder ladder = overview.ladder();
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("ladder", ladder.id());
        node.put("title", ladder.title());
        ArrayNode levels = node.putArray("levels");
        ladder.levelNames().forEach(levels::add);
        ArrayNode scale = node.putArray("scale");
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            scale.addObject().put("rating", rating).put("meaning", ladder.scale().get(rating));
        }
        ArrayNode competencies = node.putArray("competencies");
        ladder.competencies().forEach(key -> competencies.addObject().put("key", key.name())
                .put("meaning", key.meaning()));
        ArrayNode evidence = node.putArray("evidence");
        ladder.evidence().forEach(key -> evidence.addObject().put("key", key.name()).put("kind", key.scale().kind())
                .put("meaning", key.meaning()));
        ArrayNode expectations = node.putArray("expectations");
        for (LadderOverview.LevelExpectations level : overview.levels()) {
            ObjectNode item = expectations.addObject();
            item.put("level", level.level().name());
            ArrayNode expects = item.putArray("expects");
            for (Expectation expectation : level.expectations()) {
                ObjectNode expected = expects.addObject();
                expected.put("code", expectation.code());
                expected.put("rule", expectation.rule());
                expected.put("advice", expectation.advice());
                expected.put("section", expectation.section());
                conditions(expected.putArray("requires"), expectation.requirements());
            }
        }
        ArrayNode traps = node.putArray("traps");
        for (LadderOverview.Trap trap : overview.traps()) {
            RuleInfo rule = trap.rule();
            ObjectNode item = traps.addObject();
            item.put("code", rule.code());
            item.put("level", rule.level() == null ? null : rule.level().name());
            item.put("rule", rule.name());
            item.put("triggeredBy", rule.trigger().isEmpty() ? null : rule.trigger().text());
            item.put("advice", trap.advice());
            item.put("section", rule.section());
            item.put("file", rule.file());
            item.put("line", rule.line());
            ArrayNode springsAt = item.putArray("levels");
            trap.levels().forEach(level -> springsAt.add(level.name()));
            ArrayNode targets = item.putArray("targets");
            trap.targets().forEach(level -> targets.add(level.name()));
            conditions(item.putArray("requires"), trap.wayOut());
        }
        ObjectNode ruleset = node.putObject("ruleset");
        ruleset.put("fingerprint", overview.fingerprint());
        ruleset.put("files", overview.ruleFiles());
        return node;
    }

    private static void conditions(ArrayNode array, List<Condition> conditions) {
        conditions.forEach(condition -> EvaluationDocument.putCondition(array.addObject(), condition));
    }
}
