package dev.sreladder.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/** Cohorts for the renderer tests: the samples under the default rules, and people with awkward names. */
final class ReportFixtures {

    static final Instant GENERATED = Instant.parse("2026-11-29T15:00:00Z");
    static final String SCRIPT_NAME = "<script>alert(1)</script>";
    static final String SCRIPT_NOTES = "Ran <b>two</b> game days <img src=x onerror=alert(2)> & \"more\"";

    private static EvaluationService service;

    private ReportFixtures() {
    }

    static synchronized EvaluationService evaluations() {
        if (service == null) {
            service = new EvaluationService(new ProfileLoader(new ProfileReader()),
                    new CurrentRules(() -> RuleSources.fromDirectory(Path.of("rules")), "rules", new RuleCompiler()));
        }
        return service;
    }

    /** One good profile file, evaluated now under the default rules. */
    static Evaluation evaluate(String file) {
        return ((EvaluationService.Evaluated) evaluations().evaluate(file, null, false).get(0)).evaluation();
    }

    /**
     * Every sample of the core (those that say nothing for the committee beside their values: no
     * waiver, self-rating, manager or evidence item), evaluated now, no decisions.
     */
    static Cohort samples() {
        ExpectedRatings expected = new ExpectedRatings(evaluations());
        List<Candidate> candidates = new ArrayList<>();
        for (Path file : ProfileFiles.inFolder(Path.of("samples"))) {
            if (usesCommitteeParts(file)) {
                continue;
            }
            Evaluation evaluation = evaluate(file.toString());
            candidates.add(new Candidate(evaluation, file.toString(), "evaluated now", Optional.empty(),
                    expected.of(evaluation.profile().level(), evaluation.target())));
        }
        return new Cohort("samples", GENERATED, candidates, List.of());
    }

    private static boolean usesCommitteeParts(Path file) {
        try {
            return java.util.regex.Pattern
                    .compile("(?m)^(waived|selfRatings|manager|team):|^\\s+- what:|evidence-to-check")
                    .matcher(java.nio.file.Files.readString(file)).find();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The calibration samples (samples/calibration), read and evaluated as {@code report} does. */
    static Cohort calibration() {
        return new ReportCohorts(evaluations(), null, null).fromPath("samples/calibration", null, Progress.NONE);
    }

    /** A candidate evaluated now, with what the rules expect and the keys of each rule, as a report has them. */
    static Candidate candidate(Profile profile) {
        Evaluation evaluation = evaluations().withRules(rules -> evaluations().evaluate(rules, profile, null, false));
        return new Candidate(evaluation, profile.id() + ".yaml", "evaluated now", List.of(),
                new ExpectedRatings(evaluations()).of(profile.level(), evaluation.target()),
                evaluations().withRules(RuleSet::evidence));
    }

    /** The samples plus Maya renamed as a script, with notes full of markup and an override with such a reason. */
    static Cohort withHostileText() {
        Cohort samples = samples();
        List<Candidate> candidates = new ArrayList<>(samples.candidates());
        Candidate maya = candidates.stream().filter(candidate -> candidate.id().equals("maya-chen")).findFirst()
                .orElseThrow();
        candidates.remove(maya);
        Profile original = maya.evaluation().profile();
        Profile hostile = new Profile(original.id(), SCRIPT_NAME, original.level(), original.target(),
                original.yearsInLevel(), original.values(), SCRIPT_NOTES);
        Evaluation evaluation = evaluations().withRules(rules -> evaluations().evaluate(rules, hostile, null, false));
        candidates.add(new Candidate(evaluation, maya.source(), maya.provenance(),
                Optional.of(new Decision("PROMOTE", "</blockquote><script>alert(3)</script>", true, 1, GENERATED)),
                maya.expectedRatings()));
        return new Cohort("samples", GENERATED, candidates, List.of("samples/bad.yaml:3: <script>alert(4)</script>"));
    }
}
