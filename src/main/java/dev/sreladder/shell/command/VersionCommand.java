package dev.sreladder.shell.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Properties;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RulesFolder;
import dev.sreladder.shell.render.EvaluationJson;
import dev.sreladder.shell.render.OutputFormat;
import dev.sreladder.shell.terminal.DataLocation;
import dev.sreladder.system.DataFolder;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;

/**
 * {@code version [--format text|json]} and {@code --version}: the build, the rules in use (where
 * from, fingerprint) and where the data lives, for a bug report or to check two members run alike.
 */
@Component
class VersionCommand {

    static final String HELP = """
            version [--format text|json]

            The version of sre-ladder, the rules in use (their folder, why that one, and the rule-set \
            fingerprint, in full in JSON) and where the data lives: the data folder (SRE_LADDER_HOME, \
            else $HOME/.sre-ladder) and the database in it, or the configured database server. The \
            rules come from the folder --ladder.rules-dir=DIR names (given before the command: \
            java -jar target/sre-ladder.jar --ladder.rules-dir=DIR version), else rules/ in the \
            working directory, else the default rules packaged in the jar. \
            Also as: java -jar target/sre-ladder.jar --version""";

    private final CurrentRules rules;
    private final RulesFolder rulesFolder;
    private final DataLocation data;

    VersionCommand(CurrentRules rules, RulesFolder rulesFolder, DataLocation data) {
        this.rules = rules;
        this.rulesFolder = rulesFolder;
        this.data = data;
    }

    @Command(name = "version", group = HelpCommand.GROUP,
            description = "Version, rules in use and where the data lives", help = HELP)
    public void version(@Option(longName = "format", description = "text or json", defaultValue = "text") String format,
            CommandContext context) {
        OutputFormat outputFormat = OutputFormat.parse(format);
        Optional<RuleSet> ruleSet = rulesInUse();
        DataFolder folder = DataFolder.locate();
        PrintWriter out = context.outputWriter();
        out.println(outputFormat == OutputFormat.JSON ? json(ruleSet, folder) : text(ruleSet, folder));
        out.flush();
    }

    private String text(Optional<RuleSet> ruleSet, DataFolder folder) {
        StringBuilder text = new StringBuilder("sre-ladder ").append(buildVersion()).append('\n');
        text.append("rules     ").append(ruleSet.map(set -> set.origin() + " ("
                + Text.count(set.ruleFileCount(), "file", "files") + ", "
                + RuleCompiler.abbreviate(set.fingerprint()) + "; " + rulesFolder.chosenBecause() + ")")
                .orElse(rules.origin() + " (do not compile: rules validate shows why; " + rulesFolder.chosenBecause()
                        + ")")).append('\n');
        ruleSet.ifPresent(set -> text.append("ladder    ").append(set.ladder().id()).append(" (")
                .append(set.ladder().title()).append(", ").append(set.ladder().levels().size()).append(" levels)\n"));
        text.append("data      ").append(folder.path()).append(" (from ").append(folder.origin()).append(")\n");
        text.append("database  ").append(data.database());
        return text.toString();
    }

    private String json(Optional<RuleSet> ruleSet, DataFolder folder) {
        ObjectNode node = EvaluationJson.MAPPER.createObjectNode();
        node.put("version", buildVersion());
        ObjectNode ruleset = node.putObject("ruleset");
        ruleset.put("origin", ruleSet.map(RuleSet::origin).orElse(rules.origin()));
        ruleset.put("from", rulesFolder.chosenBecause());
        ruleset.put("fingerprint", ruleSet.map(RuleSet::fingerprint).orElse(null));
        ruleset.put("files", ruleSet.map(RuleSet::ruleFileCount).orElse(0));
        ruleSet.ifPresent(set -> {
            ObjectNode ladder = node.putObject("ladder");
            ladder.put("id", set.ladder().id());
            ladder.put("title", set.ladder().title());
            set.ladder().levelNames().forEach(ladder.putArray("levels")::add);
        });
        ObjectNode where = node.putObject("data");
        where.put("folder", folder.path().toString());
        where.put("from", folder.origin());
        where.put("database", data.database());
        return EvaluationJson.pretty(node);
    }

    private Optional<RuleSet> rulesInUse() {
        try {
            return Optional.of(rules.get());
        } catch (LadderException e) {
            // Rules that do not compile: the version is still worth printing.
            return Optional.empty();
        }
    }

    /** The version the jar's manifest or Maven descriptor carries; a build from classes has neither. */
    static String buildVersion() {
        String version = VersionCommand.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try (InputStream descriptor = VersionCommand.class.getResourceAsStream(
                "/META-INF/maven/dev.sreladder/sre-ladder/pom.properties")) {
            if (descriptor != null) {
                Properties properties = new Properties();
                properties.load(descriptor);
                return properties.getProperty("version", "(unknown)");
            }
        } catch (IOException e) {
            // fall through
        }
        return "(development build, not from a jar)";
    }
}
