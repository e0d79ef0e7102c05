package dev.sreladder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RulesFolder;

/**
 * Start-up is dominated by two independent pieces of work: Spring's context and the first DRL
 * compile. This starts the compile (and loads the YAML reader's classes) from {@code main}, before
 * Spring, so the two overlap from the first moment; the {@link CurrentRules} bean then adopts it.
 */
public final class EarlyStart {

    private static volatile CurrentRules rules;
    private static volatile RulesFolder folder;

    private EarlyStart() {
    }

    /** Commands that never evaluate: they must not pay for a compile running beside them. */
    private static final Set<String> WITHOUT_RULES = Set.of("help", "import", "profiles", "show", "delete",
            "history", "decide", "clear", "exit", "quit");

    /**
     * Begins compiling the rules named by the command line (or environment) on a background
     * thread, unless the one-shot command given never needs rules.
     */
    public static void begin(String[] args, List<String> command) {
        if (!command.isEmpty() && WITHOUT_RULES.contains(command.get(0))) {
            return;
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        folder = RulesFolder.from(environment);
        try {
            // Before the early compile's trial runs rules; the RuleCompiler bean applies it again.
            RuleTimeLimit.apply(environment.getProperty(RuleBounds.PROPERTY, ""));
        } catch (RuntimeException e) {
            // A bad value is reported by the bean, as one line with the option.
        }
        rules = folder.rulesInUse(new RuleCompiler()).startCompiling();
        Thread warmUp = new Thread(EarlyStart::loadReaderClasses, "reader-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * The rules begun early when they come from the folder Spring resolved, else a fresh start (for
     * example when the folder is set in an application.properties file, which main does not read).
     */
    static CurrentRules rulesFor(RulesFolder configured, RuleCompiler compiler) {
        CurrentRules early = rules;
        rules = null;
        if (early != null && configured.equals(folder)) {
            return early;
        }
        return configured.rulesInUse(compiler);
    }

    private static void loadReaderClasses() {
        try {
            new ProfileReader().read("warm-up", "name: W\nlevel: MID\n".getBytes(StandardCharsets.UTF_8), "w",
                    Ladder.article());
        } catch (RuntimeException e) {
            // Only a warm-up: the real read reports its own errors.
        }
    }
}
