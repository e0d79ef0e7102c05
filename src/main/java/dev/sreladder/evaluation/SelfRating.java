package dev.sreladder.evaluation;

/**
 * The engineer's own rating of a competency beside the manager's (fact model 4), one fact per
 * competency the profile's {@code selfRatings:} gives. The rules judge the manager's rating;
 * this fact feeds notes only ({@code SelfRating(difference >= 2)}).
 */
public record SelfRating(String competency, int self, int manager) {

    /** How far apart the two ratings are, whichever is higher. */
    public int difference() {
        return Math.abs(self - manager);
    }

    /** "resilienceTesting: 4 by the engineer, 1 by the manager". */
    @Override
    public String toString() {
        return competency + ": " + self + " by the engineer, " + manager + " by the manager";
    }
}
