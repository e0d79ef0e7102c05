package dev.sreladder.profile;

import java.util.Objects;

/**
 * An expectation a profile says does not apply, and why ({@code waived: {mentoring: the team has
 * not hired}}). {@code source} and {@code line} say where it is written, for messages when the
 * rules refuse it; they are not part of what the waiver says.
 */
public record Waiver(String code, String reason, String source, int line) {

    public Waiver {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
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
