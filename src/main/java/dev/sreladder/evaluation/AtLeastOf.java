package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sreladder.profile.Profile;

/** Holds when at least {@code count} of its alternatives hold. */
public record AtLeastOf(int count, List<Condition> alternatives) implements Condition {

    public AtLeastOf {
        alternatives = List.copyOf(alternatives);
        if (count < 1 || count > alternatives.size()) {
            throw new IllegalArgumentException("atLeastOf(" + count + ", …) needs a count from 1 to the "
                    + alternatives.size() + " conditions given");
        }
    }

    @Override
    public boolean isSatisfiedBy(Profile profile) {
        return holds(count, alternatives, profile);
    }

    /** Whether at least {@code count} of the alternatives hold ({@link AnyOf}: at least one). */
    static boolean holds(int count, List<Condition> alternatives, Profile profile) {
        int holding = 0;
        for (Condition alternative : alternatives) {
            if (alternative.isSatisfiedBy(profile) && ++holding >= count) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Condition> unmetPart(Profile profile) {
        List<Condition> unmet = new ArrayList<>(alternatives.size());
        for (Condition alternative : alternatives) {
            alternative.unmetPart(profile).ifPresent(unmet::add);
        }
        int missing = count - (alternatives.size() - unmet.size());
        if (missing <= 0) {
            return Optional.empty();
        }
        if (unmet.size() == 1) {
            return Optional.of(unmet.get(0));
        }
        if (missing > 1) {
            return Optional.of(new AtLeastOf(missing, unmet));
        }
        List<Condition> anyOne = new ArrayList<>(unmet.size());
        unmet.forEach(alternative -> AnyOf.addFlat(anyOne, alternative));
        return Optional.of(new AnyOf(anyOne));
    }

    /** Whether every one of its alternatives must hold: "at least 2 of" two is "all of" them. */
    public boolean needsAll() {
        return count == alternatives.size();
    }

    /** "needs 2 of: gameDays ≥ 1 (is 0), mentees ≥ 1 (is 3), designDocs ≥ 2 (is 0)". */
    @Override
    public String describe(Profile profile) {
        return "needs " + count + " of: "
                + Condition.listed(alternatives, alternative -> alternative.withValues(profile));
    }

    @Override
    public String withValues(Profile profile) {
        return "at least " + count + " of ("
                + Condition.listed(alternatives, alternative -> alternative.withValues(profile)) + ")";
    }

    /** "at least 2 of (gameDays ≥ 1, mentees ≥ 1, designDocs ≥ 2)". */
    @Override
    public String condition() {
        return "at least " + count + " of (" + Condition.listed(alternatives, Condition::condition) + ")";
    }

    @Override
    public List<String> keys() {
        return alternatives.stream().flatMap(alternative -> alternative.keys().stream()).toList();
    }

    @Override
    public List<Requirement> requirements() {
        return alternatives.stream().flatMap(alternative -> alternative.requirements().stream()).toList();
    }
}
