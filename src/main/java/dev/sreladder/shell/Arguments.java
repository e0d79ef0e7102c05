package dev.sreladder.shell;

import dev.sreladder.system.LadderException;

/** Checks on positional arguments, with a usage line in the message. */
final class Arguments {

    private Arguments() {
    }

    static String required(String value, String command, String what, String help) {
        if (value == null || value.isBlank()) {
            throw LadderException.badInput(command + " needs " + what + ": " + help.lines().findFirst().orElse(command));
        }
        return value;
    }
}
