package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/**
 * The evidence that usually backs a rating: what the ladder ties to the competency
 * ({@code backedBy:}), else the evidence keys named beside the rating in the conditions that ask
 * for it (an expectation's, or a trap's way out), for a ladder that ties none.
 */
final class BackingEvidence {

    private BackingEvidence() {
    }

    /** The ladder's ties, else the evidence keys of every condition list naming {@code rating}. */
    static List<ProfileKey> of(ProfileKey rating, List<List<Condition>> askedFor, Ladder ladder) {
        if (!ladder.backing(rating).isEmpty()) {
            return ladder.backing(rating);
        }
        List<String> named = new ArrayList<>();
        for (List<Condition> conditions : askedFor) {
            List<String> keys = conditions.stream().flatMap(condition -> condition.keys().stream()).toList();
            if (keys.contains(rating.name())) {
                named.addAll(keys);
            }
        }
        return ladder.evidence().stream().filter(key -> named.contains(key.name())).toList();
    }
}
