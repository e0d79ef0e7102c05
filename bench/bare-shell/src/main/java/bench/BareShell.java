package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * Bare Boot + Shell the stock way: one-shot with a command ({@code java -jar bare-shell.jar hello}),
 * the interactive shell without one (the first-prompt bench).
 */
@SpringBootApplication
public class BareShell {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareShell.class);
        application.setDefaultProperties(java.util.Map.of("spring.shell.interactive.enabled",
                Boolean.toString(args.length == 0),
                "spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
                "spring.shell.history.enabled", "false"));
        System.exit(SpringApplication.exit(application.run(args)));
    }

    @Component
    static class Hello {
        @Command(name = "hello", description = "Say hello")
        public String hello() {
            return "hello";
        }
    }
}
