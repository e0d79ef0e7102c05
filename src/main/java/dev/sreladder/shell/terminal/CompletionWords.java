package dev.sreladder.shell.terminal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a completion script for bash or zsh offers, taken from the shell's own commands and
 * completion when the script is written: every command (its words), its options, the values an
 * option takes, and what its arguments are. Only words made of plain characters are kept: a
 * script is sourced into the user's shell, and a level named in someone else's rules folder must
 * not become code there.
 *
 * @param program the command the script completes ({@code sre-ladder})
 * @param jar the jar to run as {@code program} when the user's shell has no such command
 * @param commands the commands a one-shot run takes, in the order they are listed
 */
public record CompletionWords(String program, Optional<Path> jar, List<CommandWords> commands) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._@+/%,-]+=?");

    /** Options every one-shot run takes before a command. */
    static final List<String> PROGRAM_OPTIONS = List.of("--help", "--version");

    public CompletionWords {
        commands = List.copyOf(commands);
    }

    /**
     * @param name the command's words ({@code rules validate})
     * @param options its options, {@code --help} included
     * @param argumentWords the words its arguments may be (level names), files aside
     * @param argumentFiles whether its arguments are file paths
     */
    public record CommandWords(String name, String description, List<OptionWords> options,
            List<String> argumentWords, boolean argumentFiles) {

        public CommandWords {
            options = List.copyOf(options);
            argumentWords = plain(argumentWords);
        }
    }

    /**
     * @param name the long name with its dashes ({@code --format})
     * @param takesValue false for a switch
     * @param values the values offered; none means a file path or free text
     */
    public record OptionWords(String name, String description, boolean takesValue, List<String> values) {

        public OptionWords {
            values = plain(values);
        }
    }

    /** The words that may follow the command words typed so far ({@code ""} → the first words). */
    List<String> nextWords(String typed) {
        Set<String> next = new LinkedHashSet<>();
        String prefix = typed.isEmpty() ? "" : typed + " ";
        for (CommandWords command : commands) {
            if (command.name().startsWith(prefix) && command.name().length() > prefix.length()) {
                next.add(command.name().substring(prefix.length()).split(" ")[0]);
            }
        }
        return new ArrayList<>(next);
    }

    /** Every run of command words that leads to a command but is not one ({@code "", "rules", "ladder"}). */
    List<String> prefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add("");
        for (CommandWords command : commands) {
            String[] words = command.name().split(" ");
            for (int length = 1; length < words.length; length++) {
                prefixes.add(String.join(" ", List.of(words).subList(0, length)));
            }
        }
        return new ArrayList<>(prefixes);
    }

    /** The description of the command that {@code typed + " " + word} starts, for zsh's list. */
    String describe(String typed, String word) {
        String name = typed.isEmpty() ? word : typed + " " + word;
        return commands.stream().filter(command -> command.name().equals(name)).map(CommandWords::description)
                .findFirst().orElse(commands.stream().filter(command -> command.name().startsWith(name + " "))
                        .map(command -> command.name()).reduce((first, second) -> first + ", " + second)
                        .orElse(""));
    }

    static List<String> plain(List<String> words) {
        return words.stream().filter(word -> PLAIN.matcher(word).matches()).distinct().toList();
    }

    /** {@code text} as one single-quoted shell word, safe in bash and zsh alike. */
    static String quoted(String text) {
        return "'" + text.replaceAll("[\\p{Cntrl}]", " ").replace("'", "'\\''") + "'";
    }
}
