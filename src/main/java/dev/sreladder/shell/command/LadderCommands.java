package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.profile.ProfileSchema;
import dev.sreladder.report.ReportFile;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.shell.render.LadderShowFormat;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.terminal.LadderCompletion;

/**
 * {@code ladder show [DIR] [--format F] [--out FILE]} and {@code ladder schema [DIR]}: the ladder for
 * engineers and managers, and for editors.
 */
@Component
class LadderCommands {

    private static final String GROUP = "Ladder";
    /** What an --out file is called in messages. */
    private static final String PAGE = "the ladder page";

    static final String SHOW_HELP = """
            ladder show [DIR] [--format text|json|md|html] [--out FILE]

            The ladder as an engineer reads it: its title and id, the levels lowest first, the \
            rating scale, what each competency and evidence key means, what each level expects \
            (as its rules declare it), and the traps with the level they apply to, what triggers \
            them, their advice and their way out. As md or html, a handbook page for engineers \
            and managers: the same, every condition in words ("any one of these 2", "at least 2 \
            of these 4"), and what each level asks for beyond the level below it.

              DIR        a rules folder (its ladder.yaml and *.drl), compiled for this listing only; \
            default: the rules in use
              --format   text, json, md (Markdown for a wiki or a code-hosting site) or html (one \
            self-contained page, for a browser and for print); default: from the --out file's \
            extension, else text
              --out      write the page to FILE, whole or not at all, instead of printing it""";

    static final String SCHEMA_HELP = """
            ladder schema [DIR]

            Prints the JSON Schema (draft 2020-12) of the profiles of a ladder: its levels, every \
            competency with the rating scale's range, every evidence key with its kind's range, \
            each with what it means, and the expected: block that rules test reads. Save it \
            beside your profiles so an editor checks them as you type; samples/profile.schema.json \
            is the default ladder's.

              DIR   a rules folder (its ladder.yaml; none means the article's ladder); \
            default: the rules in use""";

    private final CurrentRules rules;
    private final RuleCompiler compiler;
    private final TextStyle style;

    LadderCommands(CurrentRules rules, RuleCompiler compiler, TextStyle style) {
        this.rules = rules;
        this.compiler = compiler;
        this.style = style;
    }

    @Command(name = {"ladder", "show"}, group = GROUP, description = "The levels, what each expects, the traps",
            help = SHOW_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void show(@Argument(index = 0, description = "rules folder (default: the rules in use)") String dir,
            @Option(longName = "format", description = "text, json, md or html") String format,
            @Option(longName = "out", description = "file to write the page to") String out,
            CommandContext context) {
        LadderShowFormat pageFormat = LadderShowFormat.of(format, out);
        boolean toFile = out != null && !out.isBlank();
        if (toFile) {
            ReportFile.check(Path.of(out), PAGE);
        }
        LadderOverview overview;
        if (dir == null || dir.isBlank()) {
            overview = rules.withRules(LadderOverview::of);
        } else {
            try (RuleSet compiled = compiler.compile(RuleSources.fromDirectory(Path.of(dir)), dir)) {
                overview = LadderOverview.of(compiled);
            }
        }
        if (!toFile) {
            print(context, pageFormat.render(overview, style));
            return;
        }
        String page = pageFormat.render(overview, new TextStyle(false));
        ReportFile.write(Path.of(out), PAGE, file -> file.write(page));
        print(context, "wrote the " + pageFormat.optionValue() + " page of " + overview.ladder().title() + " to "
                + out + "\n");
    }

    @Command(name = {"ladder", "schema"}, group = GROUP, description = "The JSON Schema of a ladder's profiles",
            help = SCHEMA_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void schema(@Argument(index = 0, description = "rules folder (default: the rules in use)") String dir,
            CommandContext context) {
        Ladder ladder = dir == null || dir.isBlank() ? rules.withRules(RuleSet::ladder)
                : RuleFile.ladderIn(RuleSources.fromDirectory(Path.of(dir)));
        print(context, ProfileSchema.of(ladder));
    }

    /** Text that ends in its own newline. */
    private static void print(CommandContext context, String text) {
        PrintWriter out = context.outputWriter();
        out.print(text);
        out.flush();
    }
}
