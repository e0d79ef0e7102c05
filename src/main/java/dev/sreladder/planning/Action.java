package dev.sreladder.planning;

import java.util.List;

import dev.sreladder.ladder.ProfileKey;

/**
 * What a step asks of someone, in the ladder's words: evidence to go and produce ({@link Do}), or
 * a rating for someone to judge ({@link Judge}). A plan that says "resilienceTesting 1 → 3" reads as
 * "edit your self-rating"; a judgement says what the rating means and what usually backs it.
 */
public sealed interface Action permits Action.Do, Action.Judge {

    /** The key the step changes, with its meaning and scale. */
    ProfileKey key();

    /** Whether the value is someone's judgement (a rating) rather than something to go and do. */
    default boolean judgement() {
        return this instanceof Judge;
    }

    /** An evidence value (or years in level): a count, number or share that moves by doing the work. */
    record Do(ProfileKey key) implements Action {
    }

    /**
     * A competency rating: {@code meaning} is what the rating it moves to means on the ladder's scale,
     * {@code backedBy} the evidence that usually backs it ({@link dev.sreladder.evaluation.EvidenceTie#backing}).
     */
    record Judge(ProfileKey key, String meaning, List<ProfileKey> backedBy) implements Action {

        public Judge {
            backedBy = List.copyOf(backedBy);
        }
    }
}
