package dev.sreladder.profile;

import tools.jackson.databind.node.ObjectNode;

/** Profile values as they read: whole numbers without a decimal point (3, not 3.0). */
public final class Numbers {

    private Numbers() {
    }

    /** Whole numbers as a Long, others as a Double: JSON and messages show 3, not 3.0. */
    public static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** The one way every document and command writes a number into JSON: 3 for a whole number, 0.6 as it is. */
    public static void put(ObjectNode node, String name, Number value) {
        Number number = number(value.doubleValue());
        if (number instanceof Long whole) {
            node.put(name, whole);
        } else {
            node.put(name, number.doubleValue());
        }
    }

    /** "3", "0.6". */
    public static String format(double value) {
        // As number(value).toString(), without boxing: every finding's message calls it.
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
