package dev.sreladder.profile;

/** Profile values as they read: whole numbers without a decimal point (3, not 3.0). */
public final class Numbers {

    private Numbers() {
    }

    /** Whole numbers as a Long, others as a Double: JSON and messages show 3, not 3.0. */
    public static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** "3", "0.6". */
    public static String format(double value) {
        return number(value).toString();
    }
}
