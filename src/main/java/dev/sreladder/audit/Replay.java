package dev.sreladder.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Evaluator;
import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.ExitCode;
import dev.sreladder.system.LadderException;

/**
 * Re-runs a recorded evaluation: the stored profile version under the stored rule files, compiled
 * for the fact model they were written for, and compares the result, written in the schema the
 * record was written in, with the record. It reproduces exactly, or it says what differs.
 */
record Replay(StoredProfiles profiles, AuditTrail trail, RuleCompiler compiler) {

    Replayed run(String id, int number) {
        AuditTrail.Recorded recorded = trail.evaluation(id, number)
                .orElseThrow(() -> AuditService.noEvaluation(id, number));
        EvaluationDocument.known(recorded.documentSchema());
        StoredProfiles.Version version = profiles.version(id, recorded.profileVersion())
                .orElseThrow(() -> LadderException.internal("profile version missing for evaluation " + number, null));
        FactModel model = FactModel.of(trail.factModel(recorded.fingerprint()));
        List<RuleFile> files = trail.ruleFiles(recorded.fingerprint());
        if (!RuleCompiler.fingerprint(files).equals(recorded.fingerprint())) {
            throw filesChanged(recorded);
        }
        Profile profile;
        Evaluation again;
        try (RuleSet rules = compiled(files, recorded, model)) {
            if (!rules.fingerprint().equals(recorded.fingerprint())) {
                throw filesChanged(recorded);
            }
            // The profile is read against the ladder of the recorded rules, whatever the rules in use are for.
            profile = profileOf(version, rules.ladder(), recorded, profiles);
            again = new Evaluator().evaluate(rules, profile, level(rules, recorded.target()));
        }
        JsonNode before = EvaluationDocument.tree(recorded.document());
        // Compared as parsed documents of the record's schema, so 3 read back equals the 3 written.
        JsonNode after = EvaluationDocument.tree(EvaluationDocument.write(recorded.documentSchema(), again));
        Evaluation asRecorded = EvaluationDocument.read(recorded.documentSchema(), recorded.document(), profile,
                recorded.verdictRule());
        return new Replayed(recorded, asRecorded, again, differences(before, after));
    }

    /**
     * The stored files compiled through the same checks as a rules folder: a set this build refuses
     * (stored by a build before the rule check, or forged) is one line naming its first refusal.
     */
    private RuleSet compiled(List<RuleFile> files, AuditTrail.Recorded recorded, FactModel model) {
        try {
            return compiler.compile(files, "the rules recorded with evaluation " + recorded.number() + " of "
                    + recorded.profileId(), model);
        } catch (LadderException e) {
            if (e.exitCode() != ExitCode.BAD_INPUT) {
                throw e;
            }
            List<String> lines = e.getMessage().lines().skip(1).filter(line -> !line.startsWith("A rule may use"))
                    .toList();
            throw LadderException.badInput("cannot replay evaluation " + recorded.number() + " of "
                    + recorded.profileId() + ": this build refuses its stored rule files of " + recorded.fingerprint()
                    + ": " + (lines.isEmpty() ? e.getMessage() : lines.get(0))
                    + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : ""));
        }
    }

    /** Stored rule files edited behind the tool's back: the database's content is wrong, not the tool. */
    private static LadderException filesChanged(AuditTrail.Recorded recorded) {
        return LadderException.badInput("cannot replay evaluation " + recorded.number() + " of "
                + recorded.profileId() + ": the stored rule files of " + recorded.fingerprint() + " no longer match"
                + " their fingerprint (changed behind the tool's back) — 'audit verify' names the record; restore the"
                + " database from a backup");
    }

    /**
     * The stored version an evaluation was given for, read against the ladder of the rules it was
     * given with. The two are the same ladder for every recorded evaluation (evaluate refuses a
     * profile of another ladder), so a difference means the trail no longer holds what was recorded.
     */
    static Profile profileOf(StoredProfiles.Version version, Ladder ladder, AuditTrail.Recorded recorded,
            StoredProfiles profiles) {
        if (!version.ladder().equals(ladder.id())) {
            throw LadderException.internal("evaluation " + recorded.number() + " of " + recorded.profileId()
                    + " was recorded for profile version " + version.version() + " of the ladder '" + version.ladder()
                    + "' under rules " + recorded.fingerprint() + " of the ladder '" + ladder.id() + "'", null);
        }
        return profiles.toStored(version, ladder).document().profile();
    }

    private static Level level(RuleSet rules, String stored) {
        return rules.ladder().level(stored).orElseThrow(() -> LadderException.internal("evaluation recorded for the"
                + " level '" + stored + "', which the ladder '" + rules.ladder().id() + "' of its rules does not have",
                null));
    }

    private static List<String> differences(JsonNode before, JsonNode after) {
        List<String> differences = new ArrayList<>();
        for (String field : List.of("verdict", "score", "target")) {
            if (!before.get(field).equals(after.get(field))) {
                differences.add(field + ": " + before.get(field) + " → " + after.get(field));
            }
        }
        Set<String> was = findings(before);
        Set<String> now = findings(after);
        was.stream().filter(finding -> !now.contains(finding)).forEach(finding -> differences.add("- " + finding));
        now.stream().filter(finding -> !was.contains(finding)).forEach(finding -> differences.add("+ " + finding));
        if (differences.isEmpty() && !before.equals(after)) {
            differences.add("the findings' messages or advice differ");
        }
        return differences;
    }

    private static Set<String> findings(JsonNode evaluation) {
        Set<String> findings = new LinkedHashSet<>();
        evaluation.get("findings").forEach(finding -> findings.add(finding.get("kind").asString() + " "
                + finding.get("level").asString() + " " + finding.get("code").asString()));
        return findings;
    }
}
