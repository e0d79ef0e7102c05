package dev.sreladder.maintenance;

import java.nio.file.Path;
import java.util.List;

import dev.sreladder.database.Database;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.maintenance.RuleWorkbench.Summary;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RulesFolder;
import dev.sreladder.rules.TrialProfiles;
import dev.sreladder.system.LadderException;

/**
 * The maintainer's work on the rules: validate, reload, list, check the samples' expectations,
 * coverage, and the impact of an edit on the profiles the committee keeps (or on the samples,
 * with nothing stored, or on a folder given).
 *
 * @param folder where the rules come from; their samples are beside it
 */
public record RuleMaintenance(RuleWorkbench workbench, SampleTests sampleTests, CoverageCount coverageCount,
        RuleImpact ruleImpact, StoredProfiles storedProfiles, Database database, RulesFolder folder) {

    /** How impact names the stored profiles when it compares them. */
    public static final String STORED = "the stored profiles";

    /** An impact, and what the profiles it compared were ("the stored profiles", a folder). */
    public record ImpactRun(Impact impact, String profiles) {
    }

    /** A compile check of DIR, or of the rules in use read again from disk when DIR is null. */
    public Summary validate(Path dir) {
        return workbench.validate(dir);
    }

    public CurrentRules.Reloaded reload() {
        return workbench.reload();
    }

    public List<RuleInfo> list() {
        return workbench.list();
    }

    /** The samples' expectations checked, in {@code folder} or in samples/. */
    public List<SampleCheck> test(String folder) {
        return sampleTests.test(profilesOrSamples(folder));
    }

    public Coverage coverage(String folder) {
        return coverageCount.count(profilesOrSamples(folder));
    }

    /** The folder test and coverage read: the one given, else the samples beside the rules, else samples/. */
    public String profilesOrSamples(String folder) {
        if (folder != null && !folder.isBlank()) {
            return folder;
        }
        Path samples = this.folder.samples();
        if (samples == null) {
            throw LadderException.badInput("there is no " + TrialProfiles.SAMPLES
                    + "/ folder here; give a folder of profiles");
        }
        return samples.toString();
    }

    /**
     * The rules in {@code dir} against the rules in use, on the profiles given, else the stored
     * profiles' latest versions, else the samples.
     */
    public ImpactRun impact(Path dir, String profiles) {
        String ref = profiles != null && !profiles.isBlank() ? profiles
                : storedProfilesExist() ? STORED : profilesOrSamples(null);
        return new ImpactRun(ruleImpact.impact(dir, ladder -> loaded(ref, ladder)), ref);
    }

    private List<ProfileLoader.Loaded> loaded(String ref, Ladder ladder) {
        if (ref.equals(STORED)) {
            return storedProfiles.allLatestLoaded(ladder);
        }
        return ruleImpact.profiles(ref, ladder);
    }

    /** Opens the database only when its file exists: checking must not create one. */
    private boolean storedProfilesExist() {
        return database.exists() && !storedProfiles.list().isEmpty();
    }
}
