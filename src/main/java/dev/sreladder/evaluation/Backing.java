package dev.sreladder.evaluation;

import java.util.List;

/**
 * A rating beside the evidence that usually backs it (fact model 4): one fact per competency the
 * ladder ties evidence to ({@code backedBy:}), with the rating and the evidence given for those
 * keys in total. Rules flag strong ratings with none of it ({@code Backing(rating >= 3, evidence == 0)})
 * as evidence for the committee to check, apart from readiness.
 */
public record Backing(String competency, int rating, List<String> keys, double evidence) {

    public Backing {
        keys = List.copyOf(keys);
    }

    /** "resilienceTesting 3 with no gameDays", "writing 4 with no postmortemsLed or designDocs". */
    @Override
    public String toString() {
        return competency + " " + rating + " with no " + String.join(" or ", keys);
    }
}
