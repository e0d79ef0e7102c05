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
        return Optional.of(missing == 1 ? new AnyOf(unmet) : new AtLeastOf(missing, unmet));
    }

    @Override
    public String describe(Profile profile) {
        return "needs " + count + " of: " + Condition.alternatives(alternatives, profile);
    }

    @Override
    public String condition() {
        return count + " of " + Condition.listed(alternatives);
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
