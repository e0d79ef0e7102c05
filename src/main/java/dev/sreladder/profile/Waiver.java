package dev.sreladder.profile;

import java.util.Objects;

/**
 * An expectation a profile says does not apply, and why ({@code waived: {mentoring: the team has
 * not hired}}). {@code where} names its line ("samples/x.yaml:31") for messages when the rules
 * refuse it; it is not part of what the waiver says.
 */
public record Waiver(String code, String reason, String where) {

    public Waiver {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Waiver that && code.equals(that.code) && reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, reason);
    }
}
