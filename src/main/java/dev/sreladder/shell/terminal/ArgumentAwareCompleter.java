package dev.sreladder.shell.terminal;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion that also works once a positional argument is being typed. The stock completer
 * looks the command up by every word before the first option, so "evaluate samples/ma" finds no
 * command and offers command names; this one takes the longest run of leading words that names a
 * command, then offers its options, the values of the option being completed, or its arguments.
 */
public class ArgumentAwareCompleter extends CommandCompleter {

    private final CommandRegistry registry;

    ArgumentAwareCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int current = line.wordIndex();
        Command command = null;
        int commandWords = 0;
        for (int length = 1; length <= current; length++) {
            Command candidate = registry.getCommandByName(String.join(" ", words.subList(0, length)));
            if (candidate != null) {
                command = candidate;
                commandWords = length;
            }
        }
        if (command == null) {
            super.complete(reader, line, candidates);
            return;
        }
        String word = current < words.size() ? words.get(current) : "";
        CommandOption option = optionBeingCompleted(command, words, current, commandWords, word);
        if (option == null && word.startsWith("-") && !word.contains("=")) {
            command.getOptions().stream().filter(declared -> declared.longName() != null && !declared.longName()
                    .isEmpty())
                    .filter(declared -> !words.contains("--" + declared.longName()))
                    .forEach(declared -> candidates.add(new Candidate("--" + declared.longName(), "--"
                            + declared.longName(), null, declared.description(), null, null, true)));
            return;
        }
        CompletionContext context = new CompletionContext(words, current, line.wordCursor(), command, option);
        for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
            candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
                    proposal.description(), null, null, proposal.complete(), 0));
        }
    }

    private static CommandOption optionBeingCompleted(Command command, List<String> words, int current,
            int commandWords, String word) {
        for (CommandOption declared : command.getOptions()) {
            boolean valueAfterEquals = word.startsWith("--" + declared.longName() + "=");
            boolean valueAfterSpace = current > commandWords && declared.isOptionEqual(words.get(current - 1))
                    && !word.startsWith("-");
            if (valueAfterEquals || valueAfterSpace) {
                return declared;
            }
        }
        return null;
    }
}
