package dev.sreladder.shell.terminal;

import java.util.Arrays;
import java.util.List;

/**
 * Separates the program arguments meant for Spring ({@code --ladder.rules-dir=DIR},
 * {@code --spring.datasource.url=…}: a dotted name with '=') from the command to run.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean hasCommand(String[] args) {
        return !commandWords(args).isEmpty();
    }

    /** The arguments that form the command, in order, with Spring properties left out. */
    public static List<String> commandWords(String[] args) {
        return Arrays.stream(args).filter(arg -> !isProperty(arg)).toList();
    }

    static boolean isProperty(String arg) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
            return false;
        }
        String name = arg.substring(2, arg.indexOf('='));
        return name.contains(".");
    }
}
