package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.maintenance.LadderDiff;
import dev.sreladder.maintenance.LadderOverview;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;
import dev.sreladder.shell.render.LadderDiffText;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.system.LadderException;

/** {@code ladder diff [FROM] TO [DIR]}: what a level asks beyond a lower one, read from the rules. */
@Component
class LadderDiffCommand {

    static final String HELP = """
            ladder diff [FROM] TO [DIR] [--format text|md|json]

            What TO asks for beyond FROM, in the ladder's own words, read from the rules: the \
            expectations new at TO, the bars raised on keys FROM already asked for (writing ≥ 2 → ≥ 3, \
            alternatives written out), the traps that can hold someone at FROM on the way to TO with \
            what springs them, their advice and way out, what FROM asked that TO no longer does, and \
            how many expectations stay the same. FROM several levels below TO gives each step on the \
            way under the level it leads to.

              FROM       a level below TO (any casing); default: the level just below TO
              TO         the level to compare with FROM
              DIR        a rules folder (its ladder.yaml and *.drl), compiled for this listing only; \
            default: the rules in use. The third argument is DIR; the second is DIR when it is a folder.
              --format   text (default), md (Markdown for a wiki or a handbook page) or json""";

    private final CurrentRules rules;
    private final RuleCompiler compiler;
    private final TextStyle style;

    LadderDiffCommand(CurrentRules rules, RuleCompiler compiler, TextStyle style) {
        this.rules = rules;
        this.compiler = compiler;
        this.style = style;
    }

    @Command(name = {"ladder", "diff"}, group = "Ladder", description = "What a level asks beyond a lower one",
            help = HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void diff(@Argument(index = 0, description = "FROM, or TO when it is the only level given") String first,
            @Argument(index = 1, description = "TO, or DIR") String second,
            @Argument(index = 2, description = "rules folder (default: the rules in use)") String third,
            @Argument(index = 3, description = "none: refused, so that no word is dropped unseen") String fourth,
            @Option(longName = "format", description = "text, md or json", defaultValue = "text") String format,
            CommandContext context) {
        String chosen = format(format);
        if (fourth != null && !fourth.isBlank()) {
            throw LadderException.badInput("too many arguments: at most FROM, TO and a rules folder — "
                    + HELP.lines().findFirst().orElseThrow());
        }
        List<String> words = new ArrayList<>(Arrays.stream(new String[] {first, second, third})
                .filter(Objects::nonNull).filter(word -> !word.isBlank()).toList());
        String dir = words.size() == 3 || words.size() == 2 && isFolder(words.get(1))
                ? words.remove(words.size() - 1) : null;
        if (words.isEmpty()) {
            throw LadderException.badInput("no level given: give TO, or FROM and TO, then a rules folder if any — "
                    + HELP.lines().findFirst().orElseThrow());
        }
        if (dir == null && words.size() == 1 && isFolder(words.get(0))) {
            throw LadderException.badInput("no level given before the rules folder " + words.get(0) + ": give TO,"
                    + " or FROM and TO, then the folder — " + HELP.lines().findFirst().orElseThrow());
        }
        LadderOverview overview;
        if (dir == null) {
            overview = rules.withRules(LadderOverview::of);
        } else {
            try (RuleSet compiled = compiler.compile(RuleSources.fromDirectory(Path.of(dir)), dir)) {
                overview = LadderOverview.of(compiled);
            }
        }
        LadderDiff diff = diff(overview.ladder(), overview, words);
        String text = switch (chosen) {
            case "json" -> LadderDiffText.json(diff);
            case "md" -> LadderDiffText.markdown(diff, 1);
            default -> LadderDiffText.text(diff, style);
        };
        PrintWriter out = context.outputWriter();
        out.print(text);
        out.flush();
    }

    private static boolean isFolder(String word) {
        try {
            return Files.isDirectory(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** FROM and TO, or TO alone with the level below it as FROM. */
    private static LadderDiff diff(Ladder ladder, LadderOverview overview, List<String> levels) {
        Level to = ladder.requireLevel(levels.get(levels.size() - 1), "TO");
        if (levels.size() == 2) {
            return LadderDiff.between(overview, ladder.requireLevel(levels.get(0), "FROM"), to);
        }
        if (to.equals(ladder.lowest())) {
            throw LadderException.badInput(to + " is the lowest level of ladder '" + ladder.id()
                    + "': nothing is below it to compare with (its levels, lowest first, are " + ladder.levelList()
                    + ")");
        }
        return LadderDiff.between(overview, ladder.levels().get(to.rank() - 1), to);
    }

    private static String format(String format) {
        String chosen = format == null || format.isBlank() ? "text" : format.trim().toLowerCase(Locale.ROOT);
        if (!LadderDiffText.FORMATS.contains(chosen)) {
            throw LadderException.badInput("unknown format '" + format + "' for ladder diff — use text, md or json");
        }
        return chosen;
    }
}
