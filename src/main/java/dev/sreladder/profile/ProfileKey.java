package dev.sreladder.profile;

/**
 * One measurable key of a profile: a competency rating, an evidence count or share, or
 * {@code yearsInLevel}. Requirements, what-if changes and plans all speak in these keys.
 */
public record ProfileKey(String name, Group group, Scale scale) {

    public enum Group { COMPETENCY, EVIDENCE, PROFILE }

    /** The values a key accepts. */
    public enum Scale {
        RATING(0, 4, true, "a whole number from 0 to 4"),
        COUNT(0, Double.MAX_VALUE, true, "a whole number of 0 or more"),
        SHARE(0, 1, false, "a number from 0 to 1"),
        YEARS(0, Double.MAX_VALUE, false, "a number of 0 or more");

        private final double min;
        private final double max;
        private final boolean whole;
        private final String description;

        Scale(double min, double max, boolean whole, String description) {
            this.min = min;
            this.max = max;
            this.whole = whole;
            this.description = description;
        }

        public boolean accepts(double value) {
            return Double.isFinite(value) && value >= min && value <= max
                    && (!whole || value == Math.rint(value));
        }

        public boolean whole() {
            return whole;
        }

        public double max() {
            return max;
        }

        /** What a valid value looks like, for error messages. */
        public String description() {
            return description;
        }
    }
}
