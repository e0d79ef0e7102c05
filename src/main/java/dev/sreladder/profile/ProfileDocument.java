package dev.sreladder.profile;

/**
 * A profile as read from YAML: where it came from, the profile, its expected outcome, and the
 * text itself (what {@code import} stores, so a stored profile reads back exactly as written).
 */
public record ProfileDocument(String source, Profile profile, ExpectedOutcome expected, String text) {
}
