package dev.sreladder.profile;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.sreladder.system.Text;

/**
 * An engineer's profile as the rules see it. {@code target} is null when the file gives none.
 * The limits on its id and name are the profile's own (storage keeps no more): the reader
 * refuses a file that breaks them with its line, and no profile can be made that breaks them.
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

    /** What an id may be made of. */
    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** The longest id and name; a longer one is refused, not cut. */
    public static final int MAX_ID_LENGTH = 100;
    /** In characters as a person sees them; see {@link Text}. */
    public static final int MAX_NAME_LENGTH = Text.MAX_NAME;

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a profile id is 1 to " + MAX_ID_LENGTH + " of a-z, 0-9 and '-'");
        }
        if (!Text.fits(name, MAX_NAME_LENGTH)) {
            throw new IllegalArgumentException("a profile name is at most " + MAX_NAME_LENGTH + " characters");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(competencies, "competencies");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A profile with every rating and count at 0 and no years in level: what a level expects shows in full. */
    public static Profile empty(String id, Level level, Level target) {
        return new Profile(id, id, level, target, 0, ProfileKeys.newRecord(Competencies.class, Map.of()),
                ProfileKeys.newRecord(Evidence.class, Map.of()), null);
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
