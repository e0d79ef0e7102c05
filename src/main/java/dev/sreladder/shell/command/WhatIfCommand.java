package dev.sreladder.shell.command;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.planning.PlanningService;
import dev.sreladder.planning.WhatIfResult;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.PlanningJson;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.render.WhatIfText;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.system.LadderException;

/** {@code what-if REF --set key=value[,key=value…] [--target L] [--format text|json]}. */
@Component
class WhatIfCommand {

    static final String HELP = """
            what-if REF --set key=value[,key=value…] [--target LEVEL] [--format text|json]

            The verdict and score before and after changing some of a profile's values, and the \
            blockers, traps, gaps and notes that were cleared, are new, or are still open with \
            other values. The profile itself is not changed and nothing is stored.

              REF        one profile: a file (YAML) or the id of a stored profile (its latest version); \
            not a folder
              --set      the changes: profile keys as in the file (competencies, evidence, \
            yearsInLevel), each checked like the file, e.g. --set gameDays=2,mentoring=3
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json: {"before": …, "after": …, "changes": […]}""";

    private final PlanningService planning;
    private final TextStyle style;

    WhatIfCommand(PlanningService planning, TextStyle style) {
        this.planning = planning;
        this.style = style;
    }

    @Command(name = "what-if", group = "Evaluation", description = "Verdict before and after changing some values",
            help = HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void whatIf(@Argument(index = 0, description = "profile file") String ref,
            @Option(longName = "set", description = "changes as key=value[,key=value…]") String set,
            @Option(longName = "target",
                    description = "level to check against (a level of the ladder in use)") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "what-if", "a profile file", HELP);
        if (set == null || set.isBlank()) {
            throw LadderException.badInput("what-if needs --set key=value[,key=value…]: "
                    + HELP.lines().findFirst().orElseThrow());
        }
        OutputFormat outputFormat = OutputFormat.parse(format);
        WhatIfResult result = planning.whatIf(profileRef, set, target);
        Formatted.println(context, outputFormat, () -> PlanningJson.pretty(PlanningJson.of(result)),
                () -> WhatIfText.of(result, style));
    }
}
