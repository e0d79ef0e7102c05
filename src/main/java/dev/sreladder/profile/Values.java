package dev.sreladder.profile;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/**
 * A profile's ratings and evidence values, one per key of its ladder (a missing one is 0).
 * Immutable: {@link #with} makes a copy.
 */
public final class Values {

    private final Ladder ladder;
    private final double[] values;

    private Values(Ladder ladder, double[] values) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.values = values;
    }

    /** Every value 0. */
    public static Values zero(Ladder ladder) {
        return new Values(ladder, new double[ladder.keys().size()]);
    }

    /** The values given by key; keys not given are 0. A key the ladder lacks is refused. */
    public static Values of(Ladder ladder, Map<String, Double> given) {
        double[] values = new double[ladder.keys().size()];
        given.forEach((key, value) -> values[ladder.requireKey(key).index()] = value);
        return new Values(ladder, values);
    }

    public Ladder ladder() {
        return ladder;
    }

    public double get(ProfileKey key) {
        return values[key.index()];
    }

    /** The value of a key of this ladder; a key it lacks is bad input naming the closest one. */
    public double get(String key) {
        return values[ladder.requireKey(key).index()];
    }

    public Values with(ProfileKey key, double value) {
        double[] copy = values.clone();
        copy[key.index()] = value;
        return new Values(ladder, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Values that && ladder.equals(that.ladder) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ProfileKey key : ladder.keys()) {
            if (key.group() != ProfileKey.Group.PROFILE && values[key.index()] != 0) {
                text.append(text.length() == 0 ? "" : ", ").append(key.name()).append('=')
                        .append(Numbers.format(values[key.index()]));
            }
        }
        return "{" + text + "}";
    }
}
