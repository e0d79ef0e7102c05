package dev.sreladder.shell.render;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;

/** The competencies the engineer rated themselves, in the ladder's order, with their own rating. */
final class SelfRatings {

    private SelfRatings() {
    }

    static Map<ProfileKey, Integer> of(Profile profile) {
        Map<ProfileKey, Integer> rated = new LinkedHashMap<>();
        for (ProfileKey competency : profile.ladder().competencies()) {
            profile.review().selfRating(competency).ifPresent(self -> rated.put(competency, self));
        }
        return rated;
    }
}
