package dev.sreladder.testing;

import java.util.HashMap;
import java.util.Map;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Review;
import dev.sreladder.profile.Values;

/**
 * Named profiles for rule scenarios. {@link #exemplary} meets every default expectation of
 * every level and falls into no trap, so a scenario changes only the values it is about.
 */
public final class Profiles {

    private Profile profile;

    private Profiles(Profile profile) {
        this.profile = profile;
    }

    /** Top ratings, generous evidence, two years in level, few incidents fixed hands-on. */
    public static Profiles exemplary() {
        Ladder ladder = Ladder.article();
        Map<String, Double> values = new HashMap<>();
        ladder.competencies().forEach(key -> values.put(key.name(), 4.0));
        ladder.evidence().forEach(key -> values.put(key.name(), 50.0));
        values.put("redesignsProposed", 0.0);
        values.put("handsOnIncidentShare", 0.2);
        return new Profiles(new Profile("alex-exemplar", "Alex Exemplar", Levels.MID, null, 2.0,
                Values.of(ladder, values), null));
    }

    public Profiles level(Level level) {
        profile = profile.at(level, profile.target());
        return this;
    }

    public Profiles target(Level target) {
        profile = profile.at(profile.level(), target);
        return this;
    }

    /** Sets a competency, an evidence value, or yearsInLevel, by its profile key. */
    public Profiles with(String key, double value) {
        profile = profile.with(key, value);
        return this;
    }

    /** What the profile says beside its values: evidence items, self-ratings, waivers, manager. */
    public Profiles review(Review review) {
        profile = new Profile(profile.id(), profile.name(), profile.level(), profile.target(), profile.yearsInLevel(),
                profile.values(), profile.notes(), review);
        return this;
    }

    public Profile build() {
        return profile;
    }
}
