package dev.sreladder.evaluation;

import java.util.List;
import java.util.Optional;

import dev.sreladder.profile.Profile;

/** Holds when any one of its alternatives holds. */
public record AnyOf(List<Condition> alternatives) implements Condition {

    public AnyOf {
        alternatives = List.copyOf(alternatives);
        if (alternatives.size() < 2) {
            throw new IllegalArgumentException(
                    "anyOf(…) needs at least two conditions; write a single one on its own");
        }
    }

    @Override
    public boolean isSatisfiedBy(Profile profile) {
        return AtLeastOf.holds(1, alternatives, profile);
    }

    @Override
    public Optional<Condition> unmetPart(Profile profile) {
        return atLeastOne().unmetPart(profile);
    }

    /** "Any of" is "at least one of": what is unmet, read and required is counted once, there. */
    private AtLeastOf atLeastOne() {
        return new AtLeastOf(1, alternatives);
    }

    /** Adds {@code alternative} to {@code alternatives}, the alternatives of an "any of" one by one. */
    static void addFlat(List<Condition> alternatives, Condition alternative) {
        if (alternative instanceof AnyOf anyOf) {
            alternatives.addAll(anyOf.alternatives());
        } else {
            alternatives.add(alternative);
        }
    }

    /** "needs any of: gameDays ≥ 1 (is 0), designDocs ≥ 2 (is 1)". */
    @Override
    public String describe(Profile profile) {
        return "needs any of: " + Condition.listed(alternatives, alternative -> alternative.withValues(profile));
    }

    @Override
    public String withValues(Profile profile) {
        return "any of (" + Condition.listed(alternatives, alternative -> alternative.withValues(profile)) + ")";
    }

    /** "any of (gameDays ≥ 1, designDocs ≥ 2)". */
    @Override
    public String condition() {
        return "any of (" + Condition.listed(alternatives, Condition::condition) + ")";
    }

    @Override
    public List<String> keys() {
        return atLeastOne().keys();
    }

    @Override
    public List<Requirement> requirements() {
        return atLeastOne().requirements();
    }
}
