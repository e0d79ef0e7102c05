package dev.sreladder.shell.command;

import java.util.function.Function;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.planning.Plan;
import dev.sreladder.planning.PlanningService;
import dev.sreladder.planning.WhatIfResult;
import dev.sreladder.profile.Profile;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.render.PlanText;
import dev.sreladder.shell.render.PlanningJson;
import dev.sreladder.shell.render.TextStyle;
import dev.sreladder.shell.render.WhatIfText;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.StandardInputProfile;
import dev.sreladder.system.LadderException;

/**
 * {@code what-if REF --set key=value[,key=value…] [--target L] [--format text|json]} and
 * {@code plan REF [--target L] [--format text|json]}: a profile changed, by the user or towards READY.
 */
@Component
class PlanningCommands {

    static final String WHAT_IF_HELP = """
            what-if REF --set key=value[,key=value…] [--target LEVEL] [--format text|json]

            The verdict and score before and after changing some of a profile's values, and the \
            blockers, traps, gaps and notes that were cleared, are new, or are still open with \
            other values. The profile itself is not changed and nothing is stored.

              REF        one profile: a file (YAML), - for one read from standard input (named <stdin>, \
            nothing stored), or the id of a stored profile (its latest version); not a folder
              --set      the changes: profile keys as in the file (competencies, evidence, \
            yearsInLevel), each checked like the file, e.g. --set gameDays=2,mentoring=3
              --target   the level to check against (default: the profile's target, else the next level)
              --format   text (default) or json: {"before": …, "after": …, "changes": […]}""";

    static final String PLAN_HELP = """
            plan REF [--target LEVEL] [--format text|json]

            The changes that make the verdict READY, found from what the rules say would clear each \
            finding and confirmed by re-running the rules on the changed profile; no change can be \
            left out with the verdict still READY. When the profile is NOT_YET and fewer changes \
            reach ALMOST, those come first as a milestone, confirmed the same way, then the rest. \
            Steps are grouped under the finding they clear: blockers first, then traps, then gaps, \
            the cheapest group of each kind first, each with the article's advice. Evidence reads \
            as something to do ("2 more design docs written"); a rating as something to judge \
            (what the rating means on the ladder's scale, and the evidence that usually backs it). \
            When READY cannot be reached under the rules, the plan says what blocks it. Nothing is \
            stored.

              REF        one profile: a file (YAML), - for one read from standard input (named <stdin>, \
            nothing stored), or the id of a stored profile (its latest version); not a folder
              --target   the level to plan for (default: the profile's target, else the next level)
              --format   text (default) or json: \
            {"profile", "target", "reachable", "changes": [{"key", "from", "to"}], "after", \
            "milestone": {"verdict", "changes", "after"} or null}""";

    private final PlanningService planning;
    private final StandardInputProfile standardInput;
    private final TextStyle style;

    PlanningCommands(PlanningService planning, StandardInputProfile standardInput, TextStyle style) {
        this.planning = planning;
        this.standardInput = standardInput;
        this.style = style;
    }

    @Command(name = "what-if", group = "Evaluation", description = "Verdict before and after changing some values",
            help = WHAT_IF_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void whatIf(@Argument(index = 0, description = "profile file") String ref,
            @Option(longName = "set", description = "changes as key=value[,key=value…]") String set,
            @Option(longName = "target",
                    description = "level to check against (a level of the ladder in use)") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "what-if", "a profile file", WHAT_IF_HELP);
        if (set == null || set.isBlank()) {
            throw LadderException.badInput("what-if needs --set key=value[,key=value…]: "
                    + WHAT_IF_HELP.lines().findFirst().orElseThrow());
        }
        OutputFormat outputFormat = OutputFormat.parse(format);
        Function<Ladder, Profile> piped = standardInput.profileFor(profileRef, "what-if");
        WhatIfResult result = piped != null ? planning.whatIf(piped, set, target)
                : planning.whatIf(profileRef, set, target);
        Formatted.println(context, outputFormat, () -> PlanningJson.pretty(PlanningJson.of(result)),
                () -> WhatIfText.of(result, style));
    }

    @Command(name = "plan", group = "Evaluation",
            description = "The smallest set of changes that makes the verdict READY",
            help = PLAN_HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void plan(@Argument(index = 0, description = "profile file") String ref,
            @Option(longName = "target",
            description = "level to plan for (a level of the ladder in use)") String target,
            @Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        String profileRef = Arguments.required(ref, "plan", "a profile file", PLAN_HELP);
        OutputFormat outputFormat = OutputFormat.parse(format);
        Function<Ladder, Profile> piped = standardInput.profileFor(profileRef, "plan");
        Plan plan = piped != null ? planning.plan(piped, target) : planning.plan(profileRef, target);
        Formatted.println(context, outputFormat, () -> PlanningJson.pretty(PlanningJson.of(plan)),
                () -> PlanText.of(plan, style));
    }
}
