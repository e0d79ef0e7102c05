package dev.sreladder.shell;

import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.CurrentRules;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.ProfileTemplate;

/** {@code profile template}: a profile to fill in, for the ladder in use. */
@Component
class ProfileCommands {

    static final String TEMPLATE_HELP = """
            profile template

            Prints a complete profile for the ladder in use: every competency and evidence key
            at 0, each with what it means and the values it takes as a comment. Save it, fill it
            in, and evaluate it:

              profile template > me.yaml
              evaluate me.yaml""";

    private final CurrentRules rules;

    ProfileCommands(CurrentRules rules) {
        this.rules = rules;
    }

    @Command(name = {"profile", "template"}, group = "Profiles",
            description = "A profile with every key of the ladder, to fill in", help = TEMPLATE_HELP,
            exitStatusExceptionMapper = LadderExitStatusMapper.BEAN_NAME)
    public void template(CommandContext context) {
        PrintWriter out = context.outputWriter();
        out.print(ProfileTemplate.of(rules.withRules(RuleSet::ladder)));
        out.flush();
    }
}
