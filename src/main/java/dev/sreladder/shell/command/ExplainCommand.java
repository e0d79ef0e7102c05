package dev.sreladder.shell.command;

import java.util.Map;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.evaluation.EvaluationService.Explained;
import dev.sreladder.evaluation.Trace;
import dev.sreladder.shell.render.EvaluationJson;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.render.TraceText;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.StandardInputProfile;

/** {@code explain REF [--target L] [--format text|json]}: the rule trace behind a verdict. */
@Component
class ExplainCommand {

    static final String HELP = """
            explain REF [--target LEVEL] [--format text|json]

            The full rule trace behind a verdict: every rule that fired, in firing order, with its code, \
            where it is written and the facts it matched, in words. For an expectation, each of its \
            conditions marked ✓ or ✗ with the value it read; for a trap or a note, what it saw; for the \
            verdict rule, the verdict and what stands in its way. Then the findings and the verdict as \
            evaluate shows them.

              REF        one profile: a file (YAML), - for one read from standard input (named <stdin>, \
            nothing stored), or the id of a stored profile (its latest version); not a folder
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json: the evaluate document with a "trace" array""";

    private final StandardInputProfile explanations;
    private final TextStyle style;

    ExplainCommand(StandardInputProfile explanations, TextStyle style) {
        this.explanations = explanations;
        this.style = style;
    }

    @Command(name = "explain", group = "Evaluation", description = "Every rule that fired for a profile, in order",
            help = HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void explain(@Argument(index = 0, description = "profile file, - or stored id") String ref,
            @Option(longName = "target",
            description = "level to check against (a level of the ladder in use)") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "explain", "a profile file, - or a stored id", HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        Explained explained = explanations.explain(profileRef, target);
        Formatted.println(context, outputFormat,
                () -> EvaluationJson.pretty(json(explained)),
                () -> text(explained));
    }

    String text(Explained explained) {
        return TraceText.of(explained, style);
    }

    static ObjectNode json(Explained explained) {
        ObjectNode document = EvaluationJson.of(explained.evaluation());
        ArrayNode trace = document.putArray("trace");
        for (Trace.Step step : explained.trace()) {
            ObjectNode node = trace.addObject();
            node.put("order", step.order());
            node.put("rule", step.rule());
            node.put("code", step.code());
            node.put("kind", step.info() == null ? null : step.info().kind().label());
            node.put("file", step.info() == null ? null : step.info().file());
            node.put("line", step.info() == null ? 0 : step.info().line());
            ArrayNode facts = node.putArray("facts");
            for (Trace.Fact fact : step.facts()) {
                ObjectNode factNode = facts.addObject();
                factNode.put("type", fact.type());
                for (Map.Entry<String, Object> field : fact.fields().entrySet()) {
                    factNode.set(field.getKey(), EvaluationJson.MAPPER.valueToTree(field.getValue()));
                }
            }
            if (step.assessed() != null) {
                node.set("assessed", EvaluationJson.of(step.assessed()));
            }
        }
        return document;
    }
}
