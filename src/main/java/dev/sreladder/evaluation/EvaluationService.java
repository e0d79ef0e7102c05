package dev.sreladder.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileDocument;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.LadderException;

/** Evaluates profile files, or folders of them, under the rules in use. */
public final class EvaluationService {

    private final ProfileReader reader;
    private final CurrentRules rules;
    private final Evaluator evaluator = new Evaluator();

    public EvaluationService(ProfileReader reader, CurrentRules rules) {
        this.reader = reader;
        this.rules = rules;
    }

    /** One result per profile: the evaluation, or the one-line reason it could not be read. */
    public record Outcome(String source, Evaluation evaluation, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Evaluates a profile file, or every profile in a folder (bad ones become failed outcomes;
     * the rest are still evaluated). A single bad file is thrown as a bad-input error.
     */
    public List<Outcome> evaluate(String ref, Level target, boolean trace) {
        Path path = Path.of(ref);
        RuleSet ruleSet = rules.get();
        if (!ProfileFiles.isFolder(path)) {
            ProfileDocument document = reader.read(path);
            return List.of(new Outcome(document.source(), evaluate(ruleSet, document.profile(), target, trace), null));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : ProfileFiles.inFolder(path)) {
            try {
                ProfileDocument document = reader.read(file);
                outcomes.add(new Outcome(document.source(), evaluate(ruleSet, document.profile(), target, trace), null));
            } catch (LadderException e) {
                outcomes.add(new Outcome(file.toString(), null, e.getMessage()));
            }
        }
        return outcomes;
    }

    /** Evaluates one profile under the given rule set. */
    public Evaluation evaluate(RuleSet ruleSet, Profile profile, Level target, boolean trace) {
        return evaluator.evaluate(ruleSet, profile, target, trace);
    }

    public RuleSet rules() {
        return rules.get();
    }
}
