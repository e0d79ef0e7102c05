package dev.sreladder.profile;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.Text;

/**
 * An engineer's profile as the rules see it, read against a ladder ({@link #ladder()}): its
 * levels and its keys. {@code target} is null when the file gives none. The limits on its id and
 * name are the profile's own (storage keeps no more): the reader refuses a file that breaks them
 * with its line, and no profile can be made that breaks them. Rules read values by key
 * ({@code Profile(value("mentees") == 0)}). {@code review} holds what the profile says for the
 * committee beside its values (evidence items, self-ratings, waivers, manager and team).
 */
public record Profile(
        String id,
        String name,
        Level level,
        Level target,
        double yearsInLevel,
        Values values,
        String notes,
        Review review) {

    /**
     * What an id may be made of: a-z, 0-9 and '-', starting and ending with a letter or digit (so
     * neither '-', which means standard input, nor '---', a YAML document marker, is an id).
     */
    public static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    /** The longest id and name; a longer one is refused, not cut. */
    public static final int MAX_ID_LENGTH = 100;
    /** In characters as a person sees them; see {@link Text}. */
    public static final int MAX_NAME_LENGTH = Text.MAX_NAME;

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a profile id is 1 to " + MAX_ID_LENGTH + " of a-z, 0-9 and '-',"
                    + " starting and ending with a letter or digit");
        }
        if (!Text.fits(name, MAX_NAME_LENGTH)) {
            throw new IllegalArgumentException("a profile name is at most " + MAX_NAME_LENGTH + " characters");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(review, "review");
        Ladder ladder = values.ladder();
        if (!ladder.levels().contains(level) || (target != null && !ladder.levels().contains(target))) {
            throw new IllegalArgumentException("a profile's levels are its ladder's (" + ladder.levelList() + ")");
        }
    }

    /** A profile that says nothing beside its values ({@link Review#NONE}). */
    public Profile(String id, String name, Level level, Level target, double yearsInLevel, Values values,
            String notes) {
        this(id, name, level, target, yearsInLevel, values, notes, Review.NONE);
    }

    /** A profile with every rating and count at 0 and no years in level: what a level expects shows in full. */
    public static Profile empty(String id, Level level, Level target, Ladder ladder) {
        return new Profile(id, id, level, target, 0, Values.zero(ladder), null);
    }

    public Ladder ladder() {
        return values.ladder();
    }

    public Optional<Level> targetIfGiven() {
        return Optional.ofNullable(target);
    }

    /** The value of a competency, an evidence key or {@code yearsInLevel}, by its profile key. */
    public double value(String key) {
        return Ladder.YEARS_IN_LEVEL.equals(key) ? yearsInLevel : values.get(key);
    }

    public double value(ProfileKey key) {
        return key.group() == ProfileKey.Group.PROFILE ? yearsInLevel : values.get(key);
    }

    /** A copy with one competency, evidence or {@code yearsInLevel} value replaced. */
    public Profile with(String key, double value) {
        ProfileKey profileKey = ladder().requireKey(key);
        if (!profileKey.scale().accepts(value)) {
            throw new IllegalArgumentException(key + " must be " + profileKey.scale().description());
        }
        return profileKey.group() == ProfileKey.Group.PROFILE
                ? new Profile(id, name, level, target, value, values, notes, review)
                : new Profile(id, name, level, target, yearsInLevel, values.with(profileKey, value), notes, review);
    }

    /** The same engineer at another level and target (for generated and what-if profiles). */
    public Profile at(Level newLevel, Level newTarget) {
        return new Profile(id, name, newLevel, newTarget, yearsInLevel, values, notes, review);
    }
}
