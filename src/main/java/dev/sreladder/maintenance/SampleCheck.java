package dev.sreladder.maintenance;

import java.util.List;
import java.util.Optional;

/** One sample checked against its expected outcome by {@code rules test}. */
public sealed interface SampleCheck {

    String source();

    /** The sample has no {@code expected:} block: nothing to check. */
    record Skipped(String source) implements SampleCheck {
    }

    /** Evaluated; {@code differences} between what it expects and what it got, empty when it passed. */
    record Checked(String source, List<String> differences) implements SampleCheck {
        public Checked {
            differences = List.copyOf(differences);
        }
    }

    /** The sample could not be read or evaluated. */
    record Failed(String source, String reason) implements SampleCheck {
    }

    /** Whether the sample carries an expected outcome (a sample that fails to load is taken to). */
    default boolean expected() {
        return !(this instanceof Skipped);
    }

    default boolean passed() {
        return this instanceof Checked checked && checked.differences().isEmpty();
    }

    default List<String> differences() {
        return this instanceof Checked checked ? checked.differences() : List.of();
    }

    /** Why the sample could not be checked, if it could not. */
    default Optional<String> error() {
        return this instanceof Failed failed ? Optional.of(failed.reason()) : Optional.empty();
    }
}
