package dev.sreladder.evaluation;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;

/**
 * A compiled, immutable set of rules with the files it came from and their fingerprint.
 * Evaluations hold on to the rule set they started with, so a reload never changes one midway.
 */
public final class RuleSet implements AutoCloseable {

    private final List<RuleFile> files;
    private final String fingerprint;
    private final String origin;
    private final KieContainer container;
    private final KieBase kieBase;

    RuleSet(List<RuleFile> files, String fingerprint, String origin, KieContainer container) {
        this.files = List.copyOf(files);
        this.fingerprint = fingerprint;
        this.origin = origin;
        this.container = container;
        this.kieBase = container.getKieBase();
    }

    public List<RuleFile> files() {
        return files;
    }

    /** "sha256:…" over the file names and contents. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Where the files were read from: a folder, or the defaults packaged in the jar. */
    public String origin() {
        return origin;
    }

    KieBase kieBase() {
        return kieBase;
    }

    @Override
    public void close() {
        container.dispose();
    }
}
