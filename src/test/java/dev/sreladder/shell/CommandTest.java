package dev.sreladder.shell;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.sreladder.shell.terminal.ShellModeRunner;

/**
 * The shared harness of the command tests: the application with the shell non-interactive, and
 * {@link #run} for one command as a user runs it one-shot (see {@link CommandRun}).
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
abstract class CommandTest {

    @Autowired
    ShellModeRunner runner;

    CommandRun run(String... words) {
        return CommandRun.of(runner, words);
    }
}
