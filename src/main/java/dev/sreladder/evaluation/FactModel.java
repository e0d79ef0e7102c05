package dev.sreladder.evaluation;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.sreladder.system.LadderException;

/**
 * The fact model and assessment semantics a rule set is written for. It is stored with every
 * rule set in the audit trail, so that a rule set recorded years ago is compiled and assessed the
 * way it was written, or refused when this build no longer knows how; never silently run under
 * today's meaning.
 */
public enum FactModel {
    /** Rules call the fact types' own factories (Expectation.declaredBy, Finding.trap, ...): builds up to 2026-11-29. */
    V1(1),
    /** Rules call the rule API's functions; the fact types are plain records. */
    V2(2);

    /** What the rules folder and every rule set stored from now on are written for. */
    public static final FactModel CURRENT = V2;

    private final int version;

    FactModel(int version) {
        this.version = version;
    }

    public int version() {
        return version;
    }

    /** The model of a stored version, or bad input naming it when this build does not know it. */
    public static FactModel of(int version) {
        for (FactModel model : values()) {
            if (model.version == version) {
                return model;
            }
        }
        throw LadderException.badInput("this rule set was written for fact model " + version
                + ", which this build of sre-ladder does not know (it knows "
                + Arrays.stream(values()).map(model -> String.valueOf(model.version)).collect(Collectors.joining(", "))
                + "): replay it with the build that recorded it, or a newer one");
    }
}
