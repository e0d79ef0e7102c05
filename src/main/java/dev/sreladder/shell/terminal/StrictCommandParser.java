package dev.sreladder.shell.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * Parses a command line into the shell's {@link ParsedInput}, stricter than the stock parser:
 * words are split by JLine (single and double quotes, backslash escapes), and an unknown option
 * or an option without its value is an error rather than silently ignored. The one-shot runner
 * passes the program arguments as words, so nothing is re-joined and re-split.
 */
public final class StrictCommandParser implements CommandParser {

    private final CommandRegistry registry;
    private final DefaultParser splitter = new DefaultParser();

    public StrictCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        ParsedLine line = splitter.parse(input, input.length(), Parser.ParseContext.ACCEPT_LINE);
        return parse(line.words().stream().filter(word -> !word.isEmpty()).toList());
    }

    /** Parses words that are already split, as program arguments are. */
    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw LadderException.badInput("no command given; run 'help' for the list of commands");
        }
        int commandLength = commandLength(words);
        String name = String.join(" ", words.subList(0, commandLength));
        ParsedInput.Builder builder = ParsedInput.builder().commandName(words.get(0));
        words.subList(1, commandLength).forEach(builder::addSubCommand);
        Command command = registry.getCommandByName(name);
        if (command == null && registry.getCommandByAlias(name) == null
                && registry.getCommandsByPrefix(name + " ").isEmpty()) {
            throw LadderException.badInput(unknownCommand(name));
        }
        List<String> rest = words.subList(commandLength, words.size());
        if (command == null && registry.getCommandByAlias(name) == null && !rest.isEmpty()
                && !isOption(rest.get(0))) {
            // A group ('ladder') followed by a word that names none of its commands: the shell would list
            // the group's commands and succeed, as if 'ladder foo' had been asked for.
            throw LadderException.badInput(unknownSubCommand(name, rest.get(0)));
        }
        int argumentIndex = 0;
        boolean onlyArguments = false;
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (!onlyArguments && word.equals("--")) {
                onlyArguments = true;
            } else if (!onlyArguments && isOption(word)) {
                String optionName = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                CommandOption declared = declaredOption(command, name, optionName);
                String value;
                if (word.contains("=")) {
                    value = word.substring(word.indexOf('=') + 1);
                } else if (i + 1 < rest.size() && !isOption(rest.get(i + 1))) {
                    value = rest.get(++i);
                } else if (declared == null || isBoolean(declared)) {
                    value = "true";
                } else {
                    throw LadderException.badInput("option '" + optionName + "' of " + name + " needs a value");
                }
                if (value.isBlank() && (declared == null || !isBoolean(declared))) {
                    // Left as it is, an empty value would quietly mean the default ('--target ""').
                    throw LadderException.badInput("option '" + optionName + "' of " + name
                            + " is empty: give it a value, or leave the option out");
                }
                if (declared != null && isBoolean(declared) && !value.equalsIgnoreCase("true")
                        && !value.equalsIgnoreCase("false")) {
                    throw LadderException.badInput("option '" + optionName + "' of " + name
                            + " is a switch: give it alone (" + optionName + "), or as " + optionName + "=true or "
                            + optionName + "=false, not '" + value + "'");
                }
                builder.addOption(option(optionName, value));
            } else {
                builder.addArgument(new CommandArgument(argumentIndex++, word));
            }
        }
        return builder.build();
    }

    private String unknownCommand(String name) {
        List<String> names = registry.getCommands().stream().filter(command -> !command.isHidden())
                .map(Command::getName).sorted().toList();
        return "unknown command '" + name + "' — " + Suggestions.didYouMean(name, names,
                "run 'help' to see the commands");
    }

    private String unknownSubCommand(String group, String word) {
        List<String> commands = registry.getCommandsByPrefix(group + " ").stream()
                .filter(command -> !command.isHidden()).map(Command::getName).sorted().toList();
        List<String> subCommands = commands.stream().map(command -> command.substring(group.length() + 1)).toList();
        return "unknown command '" + group + " " + word + "' — " + Suggestions.closest(word, subCommands)
                .map(closest -> "did you mean '" + group + " " + closest + "'?")
                .orElse("the commands of " + group + " are " + String.join(", ", commands));
    }

    /** How many leading words name the command ("rules validate" is two). */
    private int commandLength(List<String> words) {
        int length = 1;
        while (length < words.size()
                && !registry.getCommandsByPrefix(String.join(" ", words.subList(0, length + 1))).isEmpty()) {
            length++;
        }
        return length;
    }

    private static CommandOption declaredOption(Command command, String commandName, String optionName) {
        if (command == null || optionName.equals("--help") || optionName.equals("-h")) {
            return null;
        }
        List<CommandOption> options = command.getOptions();
        for (CommandOption declared : options) {
            if (declared.isOptionEqual(optionName)) {
                return declared;
            }
        }
        List<String> known = new ArrayList<>();
        options.stream().map(CommandOption::longName).filter(Objects::nonNull).filter(n -> !n.isEmpty())
                .forEach(longName -> known.add("--" + longName));
        String hint = known.isEmpty() ? commandName + " takes no options"
                : Suggestions.didYouMean(optionName, known, "its options are " + String.join(", ", known));
        throw LadderException.badInput("unknown option '" + optionName + "' for " + commandName + " — " + hint);
    }

    private static boolean isBoolean(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private static boolean isOption(String word) {
        return word.startsWith("-") && word.length() > 1 && !word.equals("--") && !isNumber(word);
    }

    private static boolean isNumber(String word) {
        return word.matches("-\\d+(\\.\\d+)?");
    }

    private static CommandOption option(String optionName, String value) {
        CommandOption.Builder option = CommandOption.with().value(value);
        if (optionName.startsWith("--")) {
            option.longName(optionName.substring(2));
        } else {
            option.shortName(optionName.charAt(1)).longName("");
        }
        return option.build();
    }
}
