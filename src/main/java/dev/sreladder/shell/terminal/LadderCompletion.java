package dev.sreladder.shell.terminal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.stereotype.Component;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.DatabaseGrants;
import dev.sreladder.report.ReportFormat;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.shell.render.LadderDiffText;
import dev.sreladder.shell.render.LadderShowFormat;
import dev.sreladder.shell.render.OutputFormat;

/**
 * Tab completion for the profile commands: level names after {@code --target}, formats after
 * {@code --format} (the report's own for {@code report}), profile keys and then their values
 * after {@code --set}, file paths for the REF argument, and level names and a folder for
 * {@code ladder diff}.
 */
@Component(LadderCompletion.BEAN_NAME)
public class LadderCompletion implements CompletionProvider {

    public static final String BEAN_NAME = "ladderCompletion";
    /** Its positional words are level names (FROM, TO) and a rules folder. */
    private static final String LADDER_DIFF = "ladder diff";

    private final FileNameCompletionProvider files = new FileNameCompletionProvider();
    private final CurrentRules rules;
    private final AuditService audit;

    LadderCompletion(CurrentRules rules, AuditService audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        if (option != null && "set".equals(option.longName())) {
            return SetCompletion.proposals(word, rules.get().ladder());
        }
        if (option != null) {
            String name = String.valueOf(option.longName());
            return proposals(name.equals("cycle") ? cycleNames() : fixedValues(command(context), name), word);
        }
        if (word.startsWith("-")) {
            return List.of();
        }
        if (namesACycle(context)) {
            return proposals(cycleNames(), word);
        }
        List<CompletionProposal> arguments = new ArrayList<>(proposals(fixedArgumentWords(command(context)), word));
        if (argumentsAreFiles(command(context))) {
            arguments.addAll(files(context));
        }
        return arguments;
    }

    /**
     * The values offered after a command's option that hold while the rules do not change (the stored
     * cycles' names are not among them): what a completion script written now may offer later.
     */
    public List<String> fixedValues(String command, String option) {
        return switch (option) {
            case "target" -> rules.get().ladder().levelNames();
            case "role" -> DatabaseGrants.ROLES;
            case "format" -> formats(command);
            case "set" -> rules.get().ladder().keys().stream().map(key -> key.name() + "=").toList();
            default -> List.of();
        };
    }

    /** The words a command's arguments may be besides file paths: level names for {@code ladder diff}. */
    public List<String> fixedArgumentWords(String command) {
        return LADDER_DIFF.equals(command) ? rules.get().ladder().levelNames() : List.of();
    }

    /** Whether a command's arguments are file paths: all but the cycle commands', which name a cycle. */
    public boolean argumentsAreFiles(String command) {
        return !command.startsWith("cycle ");
    }

    private List<CompletionProposal> files(CompletionContext context) {
        try {
            return files.apply(context);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> formats(String command) {
        return switch (command) {
            case "report" -> ReportFormat.NAMES;
            case LADDER_DIFF -> LadderDiffText.FORMATS;
            case "ladder show" -> LadderShowFormat.NAMES;
            default -> OutputFormat.NAMES;
        };
    }

    private static String command(CompletionContext context) {
        return context.getCommand() == null ? "" : String.valueOf(context.getCommand().getName());
    }

    /** The first word after a cycle command ('cycle show NAME') is a cycle's name. */
    private static boolean namesACycle(CompletionContext context) {
        String command = context.getCommand() == null ? "" : String.valueOf(context.getCommand().getName());
        if (!command.startsWith("cycle ") || command.equals("cycle list")) {
            return false;
        }
        List<String> words = context.getWords();
        int arguments = 0;
        for (int i = 0; i < context.getWordIndex() && i < words.size(); i++) {
            if (!words.get(i).startsWith("-") && !words.get(i).equals("cycle")
                    && !command.endsWith(" " + words.get(i))) {
                arguments++;
            }
        }
        return arguments == 0;
    }

    /** The stored cycles' names; none when the database cannot be read (completion never fails). */
    private List<String> cycleNames() {
        try {
            return audit.cycles().names();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<CompletionProposal> proposals(List<String> values, String word) {
        String prefix = word.contains("=") ? word.substring(0, word.indexOf('=') + 1) : "";
        return values.stream().map(value -> new CompletionProposal(prefix + value).displayText(value)).toList();
    }
}
