package dev.sreladder.profile;

import java.util.Optional;

import dev.sreladder.ladder.Ladder;

/** Profiles kept in storage, by id: what lets every command take a stored id as its REF. */
public interface ProfileStore {

    /** A stored profile version, and the document read back from its stored text. */
    record Stored(String id, int version, ProfileDocument document) {
    }

    /** The latest version of a stored profile, read against {@code ladder} (refused when it is not its own). */
    Optional<Stored> latest(String id, Ladder ladder);

    /**
     * For an id with no stored version that was erased: when, by whom and why, as a sentence that
     * tells a command's user what became of it. Empty when it was never erased (or is stored again).
     */
    default Optional<String> erasure(String id) {
        return Optional.empty();
    }
}
