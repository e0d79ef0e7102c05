package dev.sreladder.shell.terminal;

import java.util.List;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.DatabaseGrants;
import dev.sreladder.report.ReportFormat;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.shell.render.OutputFormat;

/**
 * Tab completion for the profile commands: level names after {@code --target}, formats after
 * {@code --format} (the report's own for {@code report}), profile keys and then their values
 * after {@code --set}, and file paths for the REF argument.
 */
@Component(LadderCompletion.BEAN_NAME)
public class LadderCompletion implements CompletionProvider {

    public static final String BEAN_NAME = "ladderCompletion";

    private final FileNameCompletionProvider files = new FileNameCompletionProvider();
    private final CurrentRules rules;

    LadderCompletion(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        if (option != null && "set".equals(option.longName())) {
            return SetCompletion.proposals(word, rules.get().ladder());
        }
        if (option != null) {
            List<String> values = switch (String.valueOf(option.longName())) {
                case "target" -> rules.get().ladder().levelNames();
                case "role" -> DatabaseGrants.ROLES;
                case "format" -> context.getCommand() != null && "report".equals(context.getCommand().getName())
                        ? ReportFormat.NAMES : OutputFormat.NAMES;
                default -> List.of();
            };
            return proposals(values, word);
        }
        if (word.startsWith("-")) {
            return List.of();
        }
        try {
            return files.apply(context);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<CompletionProposal> proposals(List<String> values, String word) {
        String prefix = word.contains("=") ? word.substring(0, word.indexOf('=') + 1) : "";
        return values.stream().map(value -> new CompletionProposal(prefix + value).displayText(value)).toList();
    }
}
