package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

import dev.sreladder.shell.terminal.WrappingWriter;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * {@code help [COMMAND]}, in place of Spring Shell's (spring.shell.command.help.enabled=false): the
 * commands by group, groups and commands in alphabetical order, or one command's own page, the
 * same text as {@code COMMAND --help}. Every page is written with its paragraphs and option
 * descriptions unbroken (a {@code \} at the end of a text block's line joins it to the next), so the
 * output wraps them to the terminal, or to 80 columns into a pipe ({@link WrappingWriter#widthFor}).
 */
@Component
class HelpCommand {

    static final String GROUP = "Built-In Commands";

    static final String HELP = """
            help [COMMAND]

            Without COMMAND: every command, by group, with what it does. With one: its page, the same \
            as COMMAND --help (for example help evaluate, help rules test); with the first word of \
            several (help rules): those commands.""";

    /** Where the rules come from: said under the command list, as 'version' says which folder is in use. */
    static final String RULES_FOLDER = "The rules come from rules/ in the working directory, else the defaults in"
            + " the jar; to use another rules folder, start with --ladder.rules-dir=DIR (java -jar"
            + " target/sre-ladder.jar --ladder.rules-dir=DIR COMMAND). 'version' shows the folder in use.";

    /** Where to read on, said under the command list as the README says it: the guides by reader. */
    static final String GUIDES = "Guides by reader, in the repository beside README.md: docs/engineers.md,"
            + " docs/committees.md, docs/maintainers.md (and rules/README.md), docs/operators.md.";

    /** The shell's way out: registered as quit (alias exit), run by the shell's loop itself. */
    private static final String LEAVE_HELP = """
            quit, exit

            Leave the interactive shell (Ctrl-D too). Ctrl-C drops the line being typed, or stops the \
            command that is running and comes back to the prompt.""";

    @org.springframework.shell.core.command.annotation.Command(name = "help", group = GROUP,
            description = "List the commands, or show one command's page", help = HELP)
    public void help(CommandContext context) {
        String name = String.join(" ", context.parsedInput().arguments().stream().map(CommandArgument::value)
                .toList()).strip();
        PrintWriter out = context.outputWriter();
        // The registry comes with the context: it holds this command, so it cannot be injected into it.
        CommandRegistry registry = context.commandRegistry();
        out.println(name.isEmpty() ? commandList(registry) : page(registry, name));
        out.flush();
    }

    /**
     * Every visible command under its group, both in alphabetical order, names in a column: a
     * description too long for the terminal wraps under its own column.
     */
    static String commandList(CommandRegistry registry) {
        Map<String, List<String[]>> groups = new TreeMap<>();
        int column = 0;
        for (Command command : visible(registry)) {
            String names = names(command);
            column = Math.max(column, names.length());
            groups.computeIfAbsent(command.getGroup(), group -> new ArrayList<>())
                    .add(new String[] {names, command.getDescription()});
        }
        StringBuilder text = new StringBuilder("AVAILABLE COMMANDS\n");
        int width = column;
        groups.forEach((group, commands) -> {
            text.append('\n').append(group).append('\n');
            commands.stream().sorted(Comparator.comparing((String[] command) -> command[0]))
                    .forEach(command -> text.append("  ").append(command[0])
                            .append(" ".repeat(width - command[0].length() + 2)).append(command[1]).append('\n'));
        });
        return text.append("\nhelp COMMAND or COMMAND --help shows a command's page.\n").append(RULES_FOLDER)
                .append('\n').append(GUIDES).toString();
    }

    private static String page(CommandRegistry registry, String name) {
        if (name.equals("exit") || name.equals("quit")) {
            return LEAVE_HELP;
        }
        Command command = registry.getCommandByName(name);
        if (command == null) {
            command = registry.getCommandByAlias(name);
        }
        if (command != null) {
            return command.getHelp() == null || command.getHelp().isBlank()
                    ? command.getName() + "\n\n" + command.getDescription() : command.getHelp();
        }
        List<Command> family = visible(registry).stream()
                .filter(candidate -> candidate.getName().startsWith(name + " ")).toList();
        if (!family.isEmpty()) {
            StringBuilder text = new StringBuilder();
            family.forEach(member -> text.append(member.getName()).append(": ").append(member.getDescription())
                    .append('\n'));
            return text.append("\nhelp COMMAND shows one of them.").toString();
        }
        List<String> names = new ArrayList<>(visible(registry).stream().map(Command::getName).toList());
        throw LadderException.badInput("no command '" + name + "' — "
                + Suggestions.didYouMean(name, names, "run 'help' to see the commands"));
    }

    private static String names(Command command) {
        return command.getAliases().isEmpty() ? command.getName()
                : command.getName() + ", " + String.join(", ", command.getAliases());
    }

    private static List<Command> visible(CommandRegistry registry) {
        return registry.getCommands().stream().filter(command -> !command.isHidden())
                .sorted(Comparator.comparing(Command::getName)).toList();
    }
}
