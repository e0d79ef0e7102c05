package dev.sreladder.shell;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;

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

    @Bean
    TextStyle textStyle(@Value("${spring.shell.interactive.enabled:true}") boolean interactive) {
        return TextStyle.forConsole(interactive);
    }
}
