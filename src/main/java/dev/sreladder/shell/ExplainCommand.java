package dev.sreladder.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.EvaluationService.Explained;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.Trace;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code explain REF [--target L] [--format text|json]}: the rule trace behind a verdict. */
@Component
class ExplainCommand {

    static final String HELP = """
            explain REF [--target LEVEL] [--format text|json]

            The full rule trace behind a verdict: every rule that fired, in firing order, with
            its code, where it is written, and the facts it matched (for the profile, the values
            the rule's conditions read; for an expectation, each condition and the actual value),
            then the findings and the verdict as evaluate shows them.

              REF        a profile file (YAML) or the id of a stored profile (its latest version)
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json: the evaluate document with a "trace" array""";

    private final EvaluationService evaluations;
    private final TextStyle style;

    ExplainCommand(EvaluationService evaluations, TextStyle style) {
        this.evaluations = evaluations;
        this.style = style;
    }

    @Command(name = "explain", group = "Evaluation", description = "Every rule that fired for a profile, in order",
            help = HELP, exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void explain(@Argument(index = 0, description = "profile file") String ref,
            @Option(longName = "target",
            description = "level to check against (a level of the ladder in use)") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "explain", "a profile file", HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        Explained explained = evaluations.explain(profileRef, target);
        PrintWriter out = context.outputWriter();
        out.println(outputFormat == OutputFormat.JSON
                ? EvaluationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(explained))
                : text(explained));
        out.flush();
    }

    String text(Explained explained) {
        List<Trace.Step> steps = explained.trace();
        StringBuilder text = new StringBuilder();
        text.append(style.bold("RULE TRACE")).append(" (").append(steps.size())
                .append(" rules fired, in firing order)\n");
        int width = Integer.toString(steps.size()).length();
        for (Trace.Step step : steps) {
            String number = String.format("%" + width + "d. ", step.order());
            text.append("  ").append(number).append(style.bold(step.code() == null ? "-" : step.code()))
                    .append("  \"").append(step.rule()).append('"');
            if (step.info() != null) {
                text.append("  ").append(style.dim(step.info().location()));
            }
            text.append('\n');
            String indent = "  " + " ".repeat(number.length());
            if (step.facts().isEmpty()) {
                text.append(indent)
                        .append(style.dim("(no bound fact: its conditions are exists, not or accumulate over the "
                        + "findings)")).append('\n');
            }
            for (Trace.Fact fact : step.facts()) {
                text.append(indent).append(fact.summary()).append('\n');
            }
            Finding assessed = step.assessed();
            if (assessed != null) {
                text.append(indent).append("→ ").append(style.bold(assessed.kind().name())).append(' ')
                        .append(assessed.message()).append('\n');
            }
        }
        text.append('\n').append(EvaluationText.of(explained.evaluation(), style));
        return text.toString();
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
