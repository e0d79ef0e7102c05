package dev.sreladder.rules;

import java.nio.file.Path;
import java.util.List;

import org.springframework.core.env.PropertyResolver;

import dev.sreladder.evaluation.RuleFile;

/**
 * Where the rules come from, decided once: the folder {@code --ladder.rules-dir} names, else
 * {@code ./rules} when it holds rule files, else the rules packaged in the jar; and their samples,
 * beside the folder. Start-up reads it before Spring does ({@code EarlyStart}), and the wiring
 * again from Spring's environment, through the same {@link #from}.
 */
public record RulesFolder(String configured) {

    /** The option that names the folder. */
    public static final String PROPERTY = "ladder.rules-dir";

    /** The same, as an environment variable (Spring's relaxed name for it). */
    public static final String ENVIRONMENT = "LADDER_RULES_DIR";

    public RulesFolder {
        configured = configured == null ? "" : configured.strip();
    }

    /** The folder the configuration names (command line, environment, application.properties). */
    public static RulesFolder from(PropertyResolver configuration) {
        return new RulesFolder(configuration.getProperty(PROPERTY, ""));
    }

    /** The configured folder; null when none is configured ({@code ./rules} or the packaged rules). */
    public Path path() {
        return configured.isEmpty() ? null : Path.of(configured);
    }

    /** The rule files and the ladder file, read now. */
    public List<RuleFile> files() {
        return RuleSources.locate(configured);
    }

    /** Where {@link #files} reads from, for messages. */
    public String origin() {
        return RuleSources.describe(configured);
    }

    /** Why {@link #origin} is the folder in use, for {@code version}: the option, the folder here, or neither. */
    public String chosenBecause() {
        if (!configured.isEmpty()) {
            return "from --" + PROPERTY + " or " + ENVIRONMENT;
        }
        return RuleSources.PACKAGED.equals(origin()) ? "no rules/ folder here and no --" + PROPERTY
                : "the rules/ folder here, as no --" + PROPERTY + " names another";
    }

    /** The samples beside the folder, else {@code samples/} here; null when there are none. */
    public Path samples() {
        return TrialProfiles.samplesFolder(path());
    }

    /** The rules in use, read from here and tried on the samples before they serve. */
    public CurrentRules rulesInUse(RuleCompiler compiler) {
        return new CurrentRules(this::files, this::origin, compiler, RuleTrial.forRulesIn(path()));
    }
}
