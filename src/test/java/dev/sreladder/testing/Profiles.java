package dev.sreladder.testing;

import java.util.HashMap;
import java.util.Map;

import dev.sreladder.profile.Competencies;
import dev.sreladder.profile.Evidence;
import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileKey;
import dev.sreladder.profile.ProfileKeys;

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
        Map<String, Double> competencies = new HashMap<>();
        ProfileKeys.of(ProfileKey.Group.COMPETENCY).forEach(key -> competencies.put(key.name(), 4.0));
        Map<String, Double> evidence = new HashMap<>();
        ProfileKeys.of(ProfileKey.Group.EVIDENCE).forEach(key -> evidence.put(key.name(), 50.0));
        evidence.put("redesignsProposed", 0.0);
        evidence.put("handsOnIncidentShare", 0.2);
        return new Profiles(new Profile("alex-exemplar", "Alex Exemplar", Level.MID, null, 2.0,
                ProfileKeys.newRecord(Competencies.class, competencies),
                ProfileKeys.newRecord(Evidence.class, evidence), null));
    }

    public Profiles level(Level level) {
        profile = new Profile(profile.id(), profile.name(), level, profile.target(), profile.yearsInLevel(),
                profile.competencies(), profile.evidence(), profile.notes());
        return this;
    }

    public Profiles target(Level target) {
        profile = new Profile(profile.id(), profile.name(), profile.level(), target, profile.yearsInLevel(),
                profile.competencies(), profile.evidence(), profile.notes());
        return this;
    }

    /** Sets a competency, an evidence value, or yearsInLevel, by its profile key. */
    public Profiles with(String key, double value) {
        profile = profile.with(key, value);
        return this;
    }

    public Profile build() {
        return profile;
    }
}
