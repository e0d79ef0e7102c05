package dev.sreladder.shell.terminal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandRegistry;

import dev.sreladder.shell.render.TextStyle;

/** The shell's parser and output style. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    /** Replaces the stock parser, in the interactive shell too. */
    @Bean
    StrictCommandParser commandParser(CommandRegistry registry) {
        return new StrictCommandParser(registry);
    }

    /** Replaces the stock completer, whose argument completion never runs (see the class). */
    @Bean
    ArgumentAwareCompleter commandCompleter(CommandRegistry registry) {
        return new ArgumentAwareCompleter(registry);
    }

    /** Colour only on a terminal, in the interactive shell as in a one-shot run. */
    @Bean
    TextStyle textStyle() {
        return TextStyle.forConsole();
    }

    /**
     * Fed through a pipe or a file ({@code printf 'help\nquit\n' | java -jar …}), the shell reads
     * lines from a plain (dumb) terminal, as intended: JLine is told so, and does not warn that it
     * could not make a system terminal. On a real terminal JLine makes its own as before.
     */
    @Bean
    TerminalCustomizer plainTerminalWithoutAConsole() {
        return builder -> {
            if (System.console() == null) {
                builder.dumb(true);
            }
        };
    }
}
