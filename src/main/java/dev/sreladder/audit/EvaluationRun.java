package dev.sreladder.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.sreladder.evaluation.EvaluationService.Evaluated;
import dev.sreladder.evaluation.EvaluationService.Failed;
import dev.sreladder.profile.ProfileRef;

/**
 * One {@code evaluate} over a REF: each result handed on as it comes (a stored profile's recorded
 * first), the profiles that could not be evaluated kept for one error at the end, and, in a folder,
 * a chance to stop between two profiles, told how far the run got.
 */
public final class EvaluationRun {

    /** Asked between two profiles of a folder, where stopping leaves nothing half done; may throw to stop. */
    @FunctionalInterface
    public interface Between {
        void check(Supplier<String> soFar);
    }

    /** One result to show: {@code first} for the first one of the run. */
    @FunctionalInterface
    public interface Shown {
        void show(Evaluated evaluated, AuditService.Given given, boolean first);
    }

    /** How the run went: the results shown and the one-line reasons of those that failed. */
    public record Tally(int shown, List<String> errors) {
    }

    private EvaluationRun() {
    }

    public static Tally run(AuditService audit, ProfileRef ref, String target, Between between, Shown shown) {
        boolean folder = ref instanceof ProfileRef.Folder;
        int total = folder ? ((ProfileRef.Folder) ref).files().size() : 1;
        List<String> errors = new ArrayList<>();
        int[] printed = {0};
        Consumer<AuditService.Given> each = given -> {
            if (folder) {
                // Between two profiles of a folder, none of which is stored: nothing is left half done.
                int done = printed[0] + errors.size();
                between.check(() -> done + " of " + total + " profiles evaluated, the rest not; nothing stored");
            }
            if (given.outcome() instanceof Failed failed) {
                errors.add(failed.error());
            } else if (given.outcome() instanceof Evaluated evaluated) {
                shown.show(evaluated, given, printed[0]++ == 0);
            }
        };
        audit.evaluateEach(ref, target, each);
        return new Tally(printed[0], errors);
    }
}
