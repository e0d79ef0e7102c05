package dev.sreladder.maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.sreladder.database.Database;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.maintenance.RuleWorkbench.Summary;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleSources;
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

    /** An impact, what the profiles it compared were ("the stored profiles", a folder), and why those. */
    public record ImpactRun(Impact impact, String profiles, Compared compared) {
    }

    /** Why impact compared the profiles it did: given with --profiles, the stored ones, or the samples. */
    public enum Compared {
        GIVEN, STORED, SAMPLES
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

    /** The samples' expectations checked under the rules in {@code rulesDir} (null: the rules in use). */
    public List<SampleCheck> test(Path rulesDir, String profiles) {
        return withRules(rulesDir, ruleSet -> sampleTests.test(ruleSet, profiles));
    }

    /** Which rules of {@code rulesDir} (null: the rules in use) fire for the profiles. */
    public Coverage coverage(Path rulesDir, String profiles) {
        return withRules(rulesDir, ruleSet -> coverageCount.count(ruleSet, profiles));
    }

    /**
     * The rules folder that DIR names for {@code command}, or null for the rules in use. DIR means a
     * rules folder for every {@code rules} command; profiles given there (a file, or a folder with no
     * rule file) are refused with the option that takes them.
     */
    public Path rulesFolder(String dir, String command) {
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path path = Path.of(dir);
        boolean file = Files.isRegularFile(path);
        if (file || Files.isDirectory(path) && !RuleSources.holdsRules(path) && holdsProfiles(path)) {
            throw LadderException.badInput(dir + " is " + (file ? "a file" : "a folder of profiles")
                    + ", not a rules folder: " + command + " DIR takes a folder of rules (*.drl), as rules validate"
                    + " and rules impact do. For these profiles: " + command + " --profiles " + dir);
        }
        if (!Files.isDirectory(path)) {
            throw LadderException.badInput("rules folder " + dir + " does not exist or is not a folder");
        }
        return path;
    }

    /**
     * The profiles test, coverage and impact read: those given, else the samples of the rules folder
     * (the {@code samples/} beside it, as {@code rules validate} tries), else {@code samples/} here.
     */
    public String profilesFor(Path rulesDir, String profiles, String command) {
        if (profiles != null && !profiles.isBlank()) {
            Path given = Path.of(profiles);
            if (Files.isDirectory(given) && RuleSources.holdsRules(given)) {
                throw LadderException.badInput(profiles + " is a rules folder, not a folder of profiles: give it"
                        + " as DIR (" + command + " " + profiles + "); --profiles takes a profile file or folder");
            }
            return profiles;
        }
        Path samples = rulesDir == null ? folder.samples() : TrialProfiles.samplesFolder(rulesDir);
        if (samples == null) {
            throw LadderException.badInput("there is no " + TrialProfiles.SAMPLES + "/ folder "
                    + (rulesDir == null ? "here" : "beside " + rulesDir + " nor here")
                    + "; give a folder of profiles with --profiles FOLDER");
        }
        // Under the working directory, by the relative path people type (samples/x.yaml, not /home/…/samples/x.yaml).
        Path here = Path.of("").toAbsolutePath();
        Path absolute = samples.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : samples.toString();
    }

    /** The work under the rules in {@code rulesDir}, compiled for it alone, else under the rules in use. */
    private <T> T withRules(Path rulesDir, Function<RuleSet, T> work) {
        if (rulesDir == null) {
            return workbench.rules().withRules(work);
        }
        // Not tried (RuleTrial): what they get wrong on these profiles is the answer.
        try (RuleSet compiled = workbench.compiler().compile(RuleSources.fromDirectory(rulesDir),
                rulesDir.toString())) {
            return work.apply(compiled);
        }
    }

    private static boolean holdsProfiles(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.anyMatch(ProfileFiles::isNamedAsProfile);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The rules in {@code dir} against the rules in use, on the profiles given, else the stored
     * profiles' latest versions, else the samples.
     */
    public ImpactRun impact(Path dir, String profiles) {
        Compared compared = profiles != null && !profiles.isBlank() ? Compared.GIVEN
                : storedProfilesExist() ? Compared.STORED : Compared.SAMPLES;
        String ref = compared == Compared.STORED ? STORED : profilesFor(null, profiles, "rules impact");
        return new ImpactRun(ruleImpact.impact(dir, ladder -> loaded(ref, ladder)), ref, compared);
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
