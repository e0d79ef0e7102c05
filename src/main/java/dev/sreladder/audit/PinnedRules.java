package dev.sreladder.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.LadderException;

/**
 * The rule sets promotion cycles are pinned to, compiled from their stored files (for the fact model
 * they were written for) once per fingerprint in this process: a cycle is judged by what was pinned,
 * whatever the rules folder holds now. They were compiled and tried when they were pinned.
 */
final class PinnedRules {

    private final AuditTrail trail;
    private final RuleCompiler compiler;
    private final Map<String, RuleSet> compiled = new ConcurrentHashMap<>();

    PinnedRules(AuditTrail trail, RuleCompiler compiler) {
        this.trail = trail;
        this.compiler = compiler;
    }

    RuleSet of(Cycle cycle) {
        return compiled.computeIfAbsent(cycle.pin().fingerprint(), fingerprint -> compile(cycle, fingerprint));
    }

    private RuleSet compile(Cycle cycle, String fingerprint) {
        List<RuleFile> files = trail.ruleFiles(fingerprint);
        if (!RuleCompiler.fingerprint(files).equals(fingerprint)) {
            throw LadderException.badInput("the rules pinned to cycle " + cycle.name() + " (" + fingerprint + ") no"
                    + " longer match their fingerprint: they were changed behind the tool's back — 'audit verify'"
                    + " names the record; restore the database from a backup");
        }
        return compiler.compile(files, "the rules pinned to cycle " + cycle.name(),
                FactModel.of(trail.factModel(fingerprint)));
    }
}
