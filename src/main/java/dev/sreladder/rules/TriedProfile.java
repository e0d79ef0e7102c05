package dev.sreladder.rules;

import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/** One profile the rules are tried on, the target asked for (null: its default), and how messages name it. */
public record TriedProfile(Profile profile, Level target, String name) {
}
