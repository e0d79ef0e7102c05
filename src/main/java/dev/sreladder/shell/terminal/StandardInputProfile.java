package dev.sreladder.shell.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.sreladder.evaluation.EvaluationService.Evaluated;
import dev.sreladder.evaluation.EvaluationService.Explained;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileDocument;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.profile.ProfileRef;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.StandardInput;

/**
 * {@code evaluate -}, {@code explain -}, {@code what-if -} and {@code plan -}: one profile read from
 * standard input ({@code cat x.yaml | … evaluate -}), checked as a file is and named {@code <stdin>}
 * in messages, with its lines; never stored. Explain's REF is decided here too: {@code -} is read
 * here, any other REF goes to the evaluation service.
 */
@Component
public class StandardInputProfile {

    static final String SHOWN = "<stdin>";

    private final ProfileReader reader;
    private final EvaluationService evaluations;
    private final boolean interactive;

    StandardInputProfile(ProfileReader reader, EvaluationService evaluations,
            @Value("${spring.shell.interactive.enabled:true}") boolean interactive) {
        this.reader = reader;
        this.evaluations = evaluations;
        this.interactive = interactive;
    }

    public Evaluated evaluate(String target) {
        byte[] bytes = standardInput("evaluate");
        return evaluations.withRules(rules -> {
            ProfileDocument document = reader.read(SHOWN, bytes, "stdin", rules.ladder());
            return new Evaluated(SHOWN, Optional.empty(),
                    evaluations.evaluate(rules, document.profile(), rules.level(target, "--target"), false), rules);
        });
    }

    /**
     * {@code explain REF}: the rule trace for the profile on standard input when REF is {@code -},
     * else for the profile file or stored profile REF names.
     */
    public Explained explain(String ref, String target) {
        return ProfileRef.of(ref) instanceof ProfileRef.StandardInput ? explain(target)
                : evaluations.explain(ref, target);
    }

    /**
     * {@code what-if -} and {@code plan -}: the profile on standard input, read now and checked against
     * the ladder of the rules the command runs on; null when {@code ref} is not {@code -}.
     */
    public Function<Ladder, Profile> profileFor(String ref, String command) {
        if (!(ProfileRef.of(ref) instanceof ProfileRef.StandardInput)) {
            return null;
        }
        byte[] bytes = standardInput(command);
        return ladder -> reader.read(SHOWN, bytes, "stdin", ladder).profile();
    }

    private Explained explain(String target) {
        byte[] bytes = standardInput("explain");
        return evaluations.withRules(rules -> evaluations.explain(rules,
                reader.read(SHOWN, bytes, "stdin", rules.ladder()).profile(), rules.level(target, "--target")));
    }

    private byte[] standardInput(String command) {
        if (interactive) {
            throw LadderException.badInput("'-' reads a profile from standard input, which is the shell's own "
                    + "terminal here; give a file, or pipe one into a one-shot run: cat x.yaml | java -jar "
                    + "target/sre-ladder.jar " + command + " -");
        }
        if (StandardInput.isClosed()) {
            throw LadderException.badInput("'-' reads a profile from standard input, which is closed; pipe one "
                    + "in (cat x.yaml | java -jar target/sre-ladder.jar " + command + " -) or give a file");
        }
        // One byte over the limit is enough for the reader to refuse the profile as too large.
        return read(System.in);
    }

    private static byte[] read(InputStream in) {
        try {
            return in.readNBytes(ProfileReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw LadderException.badInput("cannot read standard input: " + e.getMessage());
        }
    }
}
