package dev.sreladder.profile;

import java.util.Optional;

/** Profiles kept in storage, by id: what lets every command take a stored id as its REF. */
public interface ProfileStore {

    /** A stored profile version, and the document read back from its stored text. */
    record Stored(String id, int version, ProfileDocument document) {
    }

    /** The latest version of a stored profile. */
    Optional<Stored> latest(String id);
}
