package dev.sreladder.shell.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.shell.core.command.completion.CompletionProposal;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;


/**
 * Completes the {@code key=value[,key=value…]} of {@code --set}: the profile keys not set yet,
 * and after {@code =} the values the key's scale accepts. Each proposal carries the whole word
 * typed so far, since the shell replaces the word being completed.
 */
final class SetCompletion {

    private SetCompletion() {
    }

    static List<CompletionProposal> proposals(String word, Ladder ladder) {
        String prefix = word.startsWith("--set=") ? "--set=" : "";
        String pairs = word.substring(prefix.length());
        int lastComma = pairs.lastIndexOf(',');
        String done = pairs.substring(0, lastComma + 1);
        String current = pairs.substring(lastComma + 1);
        String before = prefix + done;
        int equals = current.indexOf('=');
        if (equals < 0) {
            Set<String> alreadySet = Stream.of(done.split(",")).map(pair -> pair.split("=", 2)[0].strip())
                    .collect(Collectors.toSet());
            return ladder.keys().stream().filter(key -> !alreadySet.contains(key.name()))
                    .map(key -> new CompletionProposal(before + key.name() + "=").displayText(key.name())
                            .description(key.scale().description()).complete(false))
                    .toList();
        }
        String key = current.substring(0, equals);
        return ladder.key(key).map(profileKey -> values(profileKey.scale()).stream()
                .map(value -> new CompletionProposal(before + key + "=" + value).displayText(value)
                        .complete(false))
                .toList()).orElse(List.of());
    }

    /**
     * The values to offer: every rating; for counts, numbers and years the digits a number starts
     * with; for shares the tenths from 0 to 1.
     */
    static List<String> values(ProfileKey.Scale scale) {
        List<String> values = new ArrayList<>();
        if (scale.whole() && scale.bounded()) {
            IntStream.rangeClosed(0, (int) scale.max()).forEach(value -> values.add(Integer.toString(value)));
        } else if (scale.bounded()) {
            IntStream.rangeClosed(0, 10).forEach(tenth -> values.add(tenth == 0 ? "0"
                    : tenth == 10 ? "1" : "0." + tenth));
        } else {
            IntStream.rangeClosed(0, 9).forEach(value -> values.add(Integer.toString(value)));
        }
        return values;
    }
}
