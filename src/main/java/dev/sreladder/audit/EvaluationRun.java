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

    /** Told as each profile of a folder or of every stored profile starts: its number (from 1) of how many. */
    @FunctionalInterface
    public interface Started {
        void next(int number, int total);
    }

    /** How the run went: the results shown and the one-line reasons of those that failed. */
    public record Tally(int shown, List<String> errors) {
    }

    private EvaluationRun() {
    }

    public static Tally run(AuditService audit, ProfileRef ref, String target, Started started, Between between,
            Shown shown) {
        boolean folder = ref instanceof ProfileRef.Folder;
        int total = folder ? ((ProfileRef.Folder) ref).files().size() : 1;
        Counted counted = new Counted(shown);
        audit.evaluateEach(ref, target, given -> {
            if (folder) {
                // Between two profiles of a folder, none of which is stored: nothing is left half done.
                int done = counted.done();
                between.check(() -> done + " of " + total + " profiles evaluated, the rest not; nothing stored");
                started.next(done + 1, total);
            }
            counted.accept(given);
        });
        return counted.tally();
    }

    /**
     * {@code evaluate --all}: every stored profile, as {@code evaluate ID} of each would (recorded, in its
     * open cycle if it has one), with the same chance to stop between two profiles as a folder.
     */
    public static Tally runAll(AuditService audit, String target, Started started, Between between, Shown shown) {
        audit.requireTarget(target);
        List<String> ids = audit.storedIds();
        Counted counted = new Counted(shown);
        for (int i = 0; i < ids.size(); i++) {
            // Asked before the next one is recorded, so every profile counted as recorded was shown.
            int done = counted.done();
            between.check(() -> done + " of " + ids.size() + " stored profiles evaluated and recorded, the rest"
                    + " not");
            started.next(i + 1, ids.size());
            audit.evaluateStored(ids.get(i), target, counted);
        }
        return counted.tally();
    }

    /** Hands each result on as it comes and keeps the reasons of those that failed. */
    private static final class Counted implements Consumer<AuditService.Given> {
        private final Shown shown;
        private final List<String> errors = new ArrayList<>();
        private int printed;

        Counted(Shown shown) {
            this.shown = shown;
        }

        @Override
        public void accept(AuditService.Given given) {
            if (given.outcome() instanceof Failed failed) {
                errors.add(failed.error());
            } else if (given.outcome() instanceof Evaluated evaluated) {
                shown.show(evaluated, given, printed++ == 0);
            }
        }

        int done() {
            return printed + errors.size();
        }

        Tally tally() {
            return new Tally(printed, errors);
        }
    }
}
