package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.springframework.shell.core.command.CommandContext;

import dev.sreladder.shell.render.OutputFormat;

/** A result printed as --format asks: the JSON document or the text, on a line of its own, flushed at once. */
final class Formatted {

    private Formatted() {
    }

    static void println(CommandContext context, OutputFormat format, Supplier<String> json, Supplier<String> text) {
        PrintWriter out = context.outputWriter();
        out.println(format == OutputFormat.JSON ? json.get() : text.get());
        out.flush();
    }
}
