package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.jline.tui.style.TemplateExecutor;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.NewProfileFile;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileTemplate;
import dev.sreladder.profile.ProfileWriter;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.ProfileInterview;
import dev.sreladder.shell.terminal.TerminalInputReader;
import dev.sreladder.shell.terminal.TerminalQuestions;
import dev.sreladder.system.LadderException;

/** {@code profile new} and {@code profile template}: a profile for the ladder in use, asked for or to fill in. */
@Component
class ProfileCommands {

    static final String NEW_HELP = """
            profile new [FILE] [--force]

            Writes a profile by asking for it, a question at a time, in the words of the ladder in \
            use: name, level, target and years in level, then each competency (choose the rating \
            whose meaning fits) and each evidence key (type a number; Enter alone is 0). Then it \
            evaluates the profile, as evaluate FILE does.

              FILE     the file to write (default: ID.yaml in the working directory, ID made from \
            the name; a folder: ID.yaml in it), readable only by you
              --force  replace FILE if it exists, without asking

            The arrows (or typing part of an answer) choose, Enter answers. Ctrl-C leaves the \
            questions and writes nothing. It needs an interactive terminal; without one, start from \
            'profile template'.""";

    static final String TEMPLATE_HELP = """
            profile template

            Prints a complete profile for the ladder in use: every competency and evidence key \
            at 0, each with what it means and the values it takes as a comment. Save it, fill it \
            in, and evaluate it:

              profile template > me.yaml
              evaluate me.yaml""";

    private static final String NEEDS_TERMINAL = "needs an interactive terminal to ask its questions; without one, "
            + "start from the template: profile template > me.yaml, fill it in, then evaluate me.yaml";

    private final CurrentRules rules;
    private final EvaluateCommand evaluate;
    private final ObjectProvider<Terminal> systemTerminal;
    private final ObjectProvider<TemplateExecutor> templates;
    private final ResourceLoader resources;

    ProfileCommands(CurrentRules rules, EvaluateCommand evaluate, ObjectProvider<Terminal> systemTerminal,
            ObjectProvider<TemplateExecutor> templates, ResourceLoader resources) {
        this.rules = rules;
        this.evaluate = evaluate;
        this.systemTerminal = systemTerminal;
        this.templates = templates;
        this.resources = resources;
    }

    @Command(name = {"profile", "new"}, group = "Profiles",
            description = "Write a profile by answering questions, then evaluate it", help = NEW_HELP,
            completionProvider = LadderCompletion.BEAN_NAME)
    public void create(@Argument(index = 0, description = "file (or folder) to write") String file,
            @Option(longName = "force", description = "replace FILE if it exists, without asking") boolean force,
            CommandContext context) {
        Terminal terminal = interactiveTerminal(context);
        NewProfileFile destination = NewProfileFile.of(file);
        Ladder ladder = rules.withRules(RuleSet::ladder);
        PrintWriter out = context.outputWriter();
        Path target;
        Profile profile;
        boolean replace;
        try (TerminalQuestions questions = new TerminalQuestions(terminal, resources, templates.getObject(),
                out::flush)) {
            ProfileInterview interview = new ProfileInterview(questions, ladder);
            // A named file is settled before the first question; a file named after the engineer, after the name.
            Optional<Path> named = destination.named();
            replace = named.isPresent() && NewProfileFile.mayReplace(named.get(), force, questions::confirm);
            String name = interview.name();
            target = destination.forName(name);
            if (named.isEmpty()) {
                replace = NewProfileFile.mayReplace(target, force, questions::confirm);
            }
            profile = interview.rest(name);
        }
        boolean ownerOnly = ProfileWriter.write(target, profile, replace);
        out.println("wrote " + target + (ownerOnly ? " (rw-------: readable only by you)" : ""));
        out.println();
        evaluate.evaluate(target.toString(), null, "text", null, null, false, context);
    }

    @Command(name = {"profile", "template"}, group = "Profiles",
            description = "A profile with every key of the ladder, to fill in", help = TEMPLATE_HELP)
    public void template(CommandContext context) {
        PrintWriter out = context.outputWriter();
        out.print(ProfileTemplate.of(rules.withRules(RuleSet::ladder)));
        out.flush();
    }

    /**
     * The terminal to ask on: the interactive shell's, or in a one-shot run the system terminal when
     * standard input and output are one; never a dumb terminal, which cannot show a choice.
     */
    private Terminal interactiveTerminal(CommandContext context) {
        Terminal terminal = null;
        if (context.inputReader() instanceof TerminalInputReader shell) {
            terminal = shell.terminal();
        } else if (System.console() != null) {
            terminal = systemTerminal.getIfAvailable();
        }
        if (terminal == null || !TerminalQuestions.canAsk(terminal)) {
            throw LadderException.badInput(NEEDS_TERMINAL);
        }
        return terminal;
    }
}
