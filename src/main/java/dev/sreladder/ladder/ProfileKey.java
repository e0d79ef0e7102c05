package dev.sreladder.ladder;

/**
 * One measurable key of a profile under a ladder: a competency rating, an evidence value, or
 * {@code yearsInLevel}. Requirements, what-if changes and plans all speak in these keys.
 * {@code index} is the key's slot in a profile's values.
 */
public record ProfileKey(String name, Group group, Scale scale, String meaning, int index) {

    public enum Group { COMPETENCY, EVIDENCE, PROFILE }

    /** What a full profile has of every count and number: more than any rule asks for. */
    public static final double FULL_COUNT = 100;
    /** The years in level of a full profile. */
    public static final double FULL_YEARS = 10;

    public ProfileKey {
        // The rules name keys in string literals, which the JVM interns: an interned name makes every
        // lookup of a key by name (each condition of each evaluation) an identity match.
        name = name == null ? null : name.intern();
    }

    /**
     * This key's value in a full profile, the one the rule trial and {@code ladder show} try rules
     * on: a rating at the scale's top, a share at 1, {@link #FULL_YEARS} in level,
     * {@link #FULL_COUNT} of a count or a number.
     */
    public double full() {
        return group == Group.PROFILE ? FULL_YEARS : scale.bounded() ? scale.max() : FULL_COUNT;
    }

    /** The values a key accepts. */
    public record Scale(String kind, double min, double max, boolean whole, String description) {

        public static final Scale COUNT = new Scale("count", 0, Double.MAX_VALUE, true, "a whole number of 0 or more");
        public static final Scale SHARE = new Scale("share", 0, 1, false, "a number from 0 to 1");
        public static final Scale NUMBER = new Scale("number", 0, Double.MAX_VALUE, false, "a number of 0 or more");
        public static final Scale YEARS = new Scale("years", 0, Double.MAX_VALUE, false, "a number of 0 or more");

        /** The ratings of a ladder whose scale runs from 0 to {@code top}. */
        public static Scale rating(int top) {
            return new Scale("rating", 0, top, true, "a whole number from 0 to " + top);
        }

        public boolean accepts(double value) {
            return Double.isFinite(value) && value >= min && value <= max
                    && (!whole || value == Math.rint(value));
        }

        public boolean bounded() {
            return max < Double.MAX_VALUE;
        }
    }
}
