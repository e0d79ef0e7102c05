package dev.sreladder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Values;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RuleSources;

/**
 * A small rule set in a folder, as a maintainer writes one with "any of" and "at least N of"
 * expectations: the default ladder and verdict rules, and {@link #DRL} as {@code forms.drl}, which
 * has one plain expectation at MID, two with alternatives at SENIOR (one nested), and a trap whose
 * way out is "any of".
 */
public final class FormsRules {

    /** The rule file under test, as a maintainer would write it. */
    public static final String DRL = """
            // Expectations with alternatives, as a ladder that is a compass, not a checklist, writes them.
            package rules;

            import dev.sreladder.evaluation.Checking;
            import dev.sreladder.evaluation.Promotion;
            import dev.sreladder.profile.Profile;
            import function dev.sreladder.evaluation.RuleApi.anyOf;
            import function dev.sreladder.evaluation.RuleApi.atLeast;
            import function dev.sreladder.evaluation.RuleApi.atLeastOf;
            import function dev.sreladder.evaluation.RuleApi.expectation;
            import function dev.sreladder.evaluation.RuleApi.trap;

            // Policy: a mid-level SRE takes the pager.
            rule "A mid-level SRE handles incidents as primary"
                @code("primary-on-call")
                @section("Mid-Level: Owning Systems, Not Just Tasks")
            when
                Checking(level == "MID")
            then
                insert(expectation(drools, "Take the pager.", atLeast("incidentsAsPrimary", 3)));
            end

            // Policy: a senior tests resilience, and shows it in at least two of three ways.
            rule "A senior SRE shows resilience work in two ways of three"
                @code("resilience-practice")
                @section("Senior: Designing for Reliability at Scale")
            when
                Checking(level == "SENIOR")
            then
                insert(expectation(drools, "Run game days, grow engineers, or write the designs.",
                    atLeast("resilienceTesting", 3),
                    atLeastOf(2, atLeast("gameDays", 1), atLeast("mentees", 1), atLeast("designDocs", 2))));
            end

            // Policy: a senior learns from incidents: commands them and writes them up, or leads postmortems.
            rule "A senior SRE learns from incidents one way or another"
                @code("incident-learning")
                @section("Senior: Designing for Reliability at Scale")
            when
                Checking(level == "SENIOR")
            then
                insert(expectation(drools, "Command incidents and write them up, or lead their postmortems.",
                    anyOf(atLeastOf(2, atLeast("incidentsCommanded", 2), atLeast("writing", 3)),
                          atLeast("postmortemsLed", 2))));
            end

            // Policy: many incidents and no design or game day is firefighting, not engineering.
            rule "A mid-level SRE who only fights fires does not prevent them"
                @code("only-firefighting")
                @section("Mid-Level: Owning Systems, Not Just Tasks")
            when
                Promotion(from == "MID")
                $profile : Profile(value("incidentsAsPrimary") >= 10, value("gameDays") == 0,
                                   value("designDocs") == 0)
            then
                insert(trap(drools, $profile,
                    "{incidentsAsPrimary} incidents as primary, {gameDays} game days, {designDocs} design docs",
                    "Turn what the incidents teach you into a design doc or a game day.",
                    anyOf(atLeast("designDocs", 1), atLeast("gameDays", 1))));
            end
            """;

    private FormsRules() {
    }

    /** The folder {@code dir} with the default ladder and verdict rules and {@code drl} as forms.drl. */
    public static Path write(Path dir, String drl) {
        try {
            Files.copy(Path.of("rules/ladder.yaml"), dir.resolve("ladder.yaml"));
            Files.copy(Path.of("rules/verdict.drl"), dir.resolve("verdict.drl"));
            Files.writeString(dir.resolve("forms.drl"), drl);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #DRL} compiled from {@code dir}. */
    public static RuleSet compile(Path dir) {
        return compile(dir, DRL);
    }

    public static RuleSet compile(Path dir, String drl) {
        write(dir, drl);
        return new RuleCompiler().compile(RuleSources.fromDirectory(dir), dir.toString());
    }

    /**
     * A MID engineer aiming at SENIOR who meets every expectation and falls into no trap: MID's
     * pager, resilience 3 with game days and mentees (no design docs), writing 3 with two incidents
     * commanded (no postmortems). A scenario changes only the values it is about.
     */
    public static Profile ready(Map<String, Double> changes) {
        Ladder ladder = Ladder.article();
        Profile profile = new Profile("sam-forms", "Sam Forms", Levels.MID, Levels.SENIOR, 2.0,
                Values.of(ladder, Map.of("incidentsAsPrimary", 5.0, "resilienceTesting", 3.0, "gameDays", 1.0,
                        "mentees", 1.0, "incidentsCommanded", 2.0, "writing", 3.0)), null);
        for (Map.Entry<String, Double> change : changes.entrySet()) {
            profile = profile.with(change.getKey(), change.getValue());
        }
        return profile;
    }
}
