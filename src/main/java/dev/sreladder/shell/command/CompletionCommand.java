package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import dev.sreladder.launch.TunedLaunch;
import dev.sreladder.shell.terminal.BashCompletion;
import dev.sreladder.shell.terminal.CompletionWords;
import dev.sreladder.shell.terminal.CompletionWords.CommandWords;
import dev.sreladder.shell.terminal.CompletionWords.OptionWords;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.ZshCompletion;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * {@code completion bash|zsh}: a completion script for the one-shot commands, so that
 * {@code sre-ladder ev<Tab>} completes in the user's own shell as it does in ours. The words come
 * from the command registry and the shell's own completion, when the script is written.
 */
@Component
class CompletionCommand {

    static final String PROGRAM = "sre-ladder";
    static final List<String> SHELLS = List.of("bash", "zsh");

    static final String HELP = """
            completion bash|zsh

            Prints a completion script for bash or zsh, so that one-shot commands complete in your \
            own shell as they do in the interactive one: commands, options, formats, level names \
            and file paths. It completes the command sre-ladder; when your shell has none, the \
            script defines it as java -jar with the path of this jar.

              bash  this shell: source <(java -jar target/sre-ladder.jar completion bash); every shell: \
            java -jar target/sre-ladder.jar completion bash > ~/.local/share/bash-completion/completions/sre-ladder
              zsh   this shell, after compinit: source <(java -jar target/sre-ladder.jar completion zsh); every \
            shell: java -jar target/sre-ladder.jar completion zsh > "${fpath[1]}/_sre_ladder"

            The level names are those of the rules in use when the script is written: write it again \
            after the ladder's levels change. Stored ids and cycle names are not completed.""";

    /** Commands of the interactive shell alone: a one-shot run has no screen to clear and nothing to quit. */
    private static final Set<String> SHELL_ONLY = Set.of("clear", "quit", "exit");

    private final LadderCompletion completion;

    CompletionCommand(LadderCompletion completion) {
        this.completion = completion;
    }

    @Command(name = "completion", group = HelpCommand.GROUP,
            description = "A completion script for bash or zsh", help = HELP)
    public void completion(CommandContext context) {
        List<String> arguments = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
        if (arguments.size() != 1) {
            throw LadderException.badInput("say which shell: completion bash, or completion zsh");
        }
        String shell = arguments.get(0).toLowerCase(Locale.ROOT);
        if (!SHELLS.contains(shell)) {
            throw LadderException.badInput("no completion for '" + arguments.get(0) + "' — "
                    + Suggestions.didYouMean(arguments.get(0), SHELLS, "there is one for bash and one for zsh"));
        }
        CompletionWords words = words(context.commandRegistry());
        PrintWriter out = context.outputWriter();
        out.print(shell.equals("bash") ? BashCompletion.script(words) : ZshCompletion.script(words));
        out.flush();
    }

    CompletionWords words(CommandRegistry registry) {
        List<org.springframework.shell.core.command.Command> commands = registry.getCommands().stream()
                .filter(command -> !command.isHidden() && !SHELL_ONLY.contains(command.getName()))
                .sorted(Comparator.comparing(org.springframework.shell.core.command.Command::getName)).toList();
        List<String> firstWords = commands.stream().map(command -> command.getName().split(" ")[0]).distinct()
                .toList();
        List<CommandWords> described = new ArrayList<>();
        for (org.springframework.shell.core.command.Command command : commands) {
            boolean ours = command.getCompletionProvider() == completion;
            String name = command.getName();
            List<OptionWords> options = new ArrayList<>();
            for (CommandOption option : command.getOptions()) {
                if (option.longName() == null || option.longName().isEmpty()) {
                    continue;
                }
                boolean takesValue = option.type() != boolean.class && option.type() != Boolean.class;
                options.add(new OptionWords("--" + option.longName(), String.valueOf(option.description()),
                        takesValue, ours && takesValue ? completion.fixedValues(name, option.longName()) : List.of()));
            }
            options.add(new OptionWords("--help", "this command's page", false, List.of()));
            List<String> argumentWords = name.equals("help") ? firstWords
                    : name.equals("completion") ? SHELLS
                    : ours ? completion.fixedArgumentWords(name) : List.of();
            described.add(new CommandWords(name, command.getDescription(), options, argumentWords,
                    ours && completion.argumentsAreFiles(name)));
        }
        return new CompletionWords(PROGRAM, TunedLaunch.launchedJar(), described);
    }
}
