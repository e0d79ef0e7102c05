package dev.sreladder.evaluation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.sreladder.ladder.Level;

/**
 * One explained conclusion: which rule, what it saw ({@code message}), where the article says
 * so ({@code section}), what to do ({@code advice}), and what would clear it ({@code requires}).
 * Rules make traps and notes through {@link RuleApi}; MET, GAP and BLOCKER come from the
 * fact model's {@link Assessment}.
 */
public record Finding(String code, FindingKind kind, Level level, String rule, String message, String advice,
        String section, List<Condition> requires) {

    /**
     * The order findings are read and worked on: by kind (blockers first), then level, then code.
     * Written out rather than chained: it sorts the findings of every profile.
     */
    public static final Comparator<Finding> ORDER = (one, other) -> {
        int byKind = one.kind().compareTo(other.kind());
        if (byKind != 0) {
            return byKind;
        }
        int byLevel = one.level().compareTo(other.level());
        return byLevel != 0 ? byLevel : one.code().compareTo(other.code());
    };

    public Finding {
        requires = List.copyOf(requires);
    }

    /** Which finding this is, across two evaluations: its message changes with the values, its id does not. */
    public record Id(FindingKind kind, Level level, String code) {

        /** "GAP mentoring [SENIOR]". */
        @Override
        public String toString() {
            return kind + " " + code + " [" + level + "]";
        }
    }

    /**
     * Whether what would clear this finding asks for one of {@code keys}: a gap that already asks
     * for the evidence is not "evidence to check" as well ({@code Finding(asksForAnyOf($backing.keys))}).
     */
    public boolean asksForAnyOf(Collection<String> keys) {
        for (Condition condition : requires) {
            for (String key : condition.keys()) {
                if (keys.contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Id id() {
        return new Id(kind, level, code);
    }

    /** "GAP mentoring [SENIOR]": the finding's id as people read it. */
    public String label() {
        return id().toString();
    }
}
