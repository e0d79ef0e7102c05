package dev.sreladder;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.sreladder.launch.TunedLaunch;
import dev.sreladder.shell.terminal.CommandLine;
import dev.sreladder.system.DataFolder;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.StandardInput;

/**
 * SRE Ladder: with a command on the command line it runs that command and exits with the
 * contract's exit code; without one it opens the interactive shell.
 */
@SpringBootApplication
public class SreLadderApplication {

    public static void main(String[] args) {
        if (!CommandLine.hasCommand(args) && StandardInput.isClosed()) {
            // A shell with no input has nothing to do; read on, it would take a JVM file for commands.
            System.exit(ExitCode.OK.code());
        }
        OptionalInt tuned = TunedLaunch.run(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        // Logging is configured by logback.xml alone, before any thread logs; Spring re-configuring
        // it while the early rule compile logs could print logback's warnings on stderr.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        String badLimit = RuleTimeLimit.problemIn(args);
        if (badLimit != null) {
            System.err.println(badLimit);
            System.exit(ExitCode.BAD_INPUT.code());
        }
        DataFolder.publish();
        boolean oneShot = CommandLine.hasCommand(args);
        EarlyStart.begin(args, CommandLine.commandWords(args));
        SpringApplication application = new SpringApplication(SreLadderApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        // A one-shot run needs no line reader: skip the interactive runner, create beans only when used.
        defaults.put("spring.shell.interactive.enabled", Boolean.toString(!oneShot));
        defaults.put("spring.main.lazy-initialization", Boolean.toString(oneShot));
        defaults.put("ladder.one-shot", Boolean.toString(oneShot));
        application.setDefaultProperties(defaults);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            System.err.println("sre-ladder could not start: " + rootMessage(e));
            System.exit(ExitCode.INTERNAL_ERROR.code());
            return;
        }
        if (oneShot) {
            System.exit(SpringApplication.exit(context));
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
