package dev.sreladder.evaluation;

import java.util.function.Function;

/**
 * Where an evaluation gets its rules: the set in use now, lent for the whole of one piece of work
 * so that a reload never changes it midway. The rule-folder toolchain keeps it (compiling, trying
 * and swapping sets); evaluation only borrows.
 */
public interface RulesInUse {

    /** Runs the work on the rules in use, which stay usable until it returns, whatever reloads. */
    <T> T withRules(Function<RuleSet, T> work);
}
