package dev.sreladder.profile;

import java.util.Objects;
import java.util.Optional;

/**
 * An engineer's profile as the rules see it. {@code target} is null when the file gives none.
 */
public record Profile(
        String id,
        String name,
        Level level,
        Level target,
        double yearsInLevel,
        Competencies competencies,
        Evidence evidence,
        String notes) {

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(competencies, "competencies");
        Objects.requireNonNull(evidence, "evidence");
    }

    public Optional<Level> targetIfGiven() {
        return Optional.ofNullable(target);
    }

    /** The value of a competency, an evidence count or {@code yearsInLevel}, by its profile key. */
    public double value(String key) {
        return ProfileKeys.valueOf(this, key);
    }

    /** A copy with one competency, evidence or {@code yearsInLevel} value replaced. */
    public Profile with(String key, double value) {
        return ProfileKeys.with(this, key, value);
    }
}
