package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/**
 * The evidence that usually backs a rating. For now, the evidence keys named beside the rating in
 * the conditions that ask for it (an expectation's, or a trap's way out): resilience testing asks
 * for game days with the rating, so game days back it. A ladder that ties competencies to their
 * evidence itself (issue 17) replaces this one method.
 */
final class BackingEvidence {

    private BackingEvidence() {
    }

    /** The evidence keys, in the ladder's order, of every condition list that names {@code rating}. */
    static List<ProfileKey> of(ProfileKey rating, List<List<Condition>> askedFor, Ladder ladder) {
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
