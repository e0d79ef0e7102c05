package dev.sreladder.planning;

import java.util.List;

import dev.sreladder.profile.Profile;

/** One profile key moved from its value in the profile to another, by what-if or by a plan. */
public record Change(String key, double from, double to) {

    /** The profile with every change applied; the original is left as it is. */
    public static Profile applyAll(Profile profile, List<Change> changes) {
        Profile changed = profile;
        for (Change change : changes) {
            changed = changed.with(change.key(), change.to());
        }
        return changed;
    }
}
