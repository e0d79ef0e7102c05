package dev.sreladder.shell.command;

import dev.sreladder.system.LadderException;

/** Checks on positional arguments, with a usage line in the message. */
final class Arguments {

    private Arguments() {
    }

    static String required(String value, String command, String what, String help) {
        if (value == null || value.isBlank()) {
            throw LadderException.badInput(command + " needs " + what + ": " + help.lines().findFirst()
                    .orElse(command));
        }
        return value;
    }

    static int positiveNumber(String value, String option) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw LadderException.badInput(option + " takes a number of 1 or more, not '" + value + "'");
    }
}
