package dev.sreladder.profile;

import java.util.Optional;

/** A profile as read from a file: where it came from, the profile, and its expected outcome. */
public record ProfileDocument(String source, Profile profile, ExpectedOutcome expected) {

    public Optional<ExpectedOutcome> expectedIfGiven() {
        return Optional.ofNullable(expected);
    }
}
