package dev.sreladder.shell.render;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.AnyOf;
import dev.sreladder.evaluation.AtLeastOf;
import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.Trigger;

/**
 * Conditions as a handbook page says them: a plain condition as the rules write it
 * ({@code gameDays ≥ 1}), an alternative and an N-of-M as a sentence over the list of their
 * parts ("any one of these 2:", "at least 2 of these 4:"), nested as deep as the rule nests them;
 * a part of a rule's {@code when} that is not a condition on a key is {@code written} as it is.
 */
record ConditionWords(Requirement requirement, String words, List<ConditionWords> parts, boolean written) {

    ConditionWords {
        parts = List.copyOf(parts);
    }

    ConditionWords(Requirement requirement, String words, List<ConditionWords> parts) {
        this(requirement, words, parts, false);
    }

    /** What a trap's rule asks before it springs: its conditions, then what could not be read, as written. */
    static List<ConditionWords> of(Trigger trigger) {
        List<ConditionWords> words = new ArrayList<>(of(trigger.conditions()));
        trigger.unread().forEach(part -> words.add(new ConditionWords(null, part, List.of(), true)));
        return words;
    }

    /** Each condition of a list that must all hold. */
    static List<ConditionWords> of(List<Condition> conditions) {
        return conditions.stream().map(ConditionWords::of).toList();
    }

    static ConditionWords of(Condition condition) {
        if (condition instanceof Requirement requirement) {
            return new ConditionWords(requirement, requirement.condition(), List.of());
        }
        if (condition instanceof AnyOf anyOf) {
            return new ConditionWords(null, "any one of these " + anyOf.alternatives().size() + ":",
                    of(anyOf.alternatives()));
        }
        AtLeastOf atLeast = (AtLeastOf) condition;
        int size = atLeast.alternatives().size();
        return new ConditionWords(null, atLeast.needsAll() ? "all " + size + " of these:"
                : "at least " + atLeast.count() + " of these " + size + ":", of(atLeast.alternatives()));
    }

    /** What a list of several conditions that must all hold is introduced with: "all of these 3:". */
    static String all(List<ConditionWords> conditions) {
        return "all of these " + conditions.size() + ":";
    }

    /** The text after a plain condition's key: " ≥ 1". */
    String afterKey() {
        return LadderPage.afterKey(requirement);
    }
}
