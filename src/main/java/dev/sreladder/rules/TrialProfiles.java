package dev.sreladder.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.sreladder.evaluation.Requirement;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.system.LadderException;

/**
 * The profiles a rule set is tried on ({@link RuleTrial}) that need no rules to make: the samples
 * beside its folder, and for every level and target an empty profile and a full one. Those made from
 * the rules' own conditions are {@link ReachingProfiles}'.
 */
public final class TrialProfiles {

    /** Where the samples of a rules folder are: a {@code samples} folder beside it. */
    public static final String SAMPLES = "samples";

    private TrialProfiles() {
    }

    /** The samples folder of a rules folder (null: the default rules), or null when there is none. */
    public static Path samplesFolder(Path rulesDir) {
        if (rulesDir != null) {
            Path parent = rulesDir.toAbsolutePath().normalize().getParent();
            Path beside = parent == null ? null : parent.resolve(SAMPLES);
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        }
        Path here = Path.of(SAMPLES);
        return Files.isDirectory(here) ? here : null;
    }

    static List<TriedProfile> samplesIn(Path folder, Ladder ladder) {
        ProfileReader reader = new ProfileReader();
        List<TriedProfile> read = new ArrayList<>();
        for (Path file : ProfileFiles.inFolder(folder)) {
            try {
                read.add(new TriedProfile(reader.read(file, ladder).profile(), null, "the sample " + shown(file)));
            } catch (LadderException e) {
                // Not a profile of this ladder, or a broken one: rules test names it; the rules are not at fault.
            }
        }
        return read;
    }

    /** A file under the working directory by its relative path, as the commands name files. */
    private static Path shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute) : file;
    }

    /**
     * For every level and every target at or above it, an empty and a full profile; towards the
     * next level (the top level: itself) the target is left to its default.
     */
    public static List<TriedProfile> generated(Ladder ladder) {
        List<TriedProfile> generated = new ArrayList<>();
        for (Level level : ladder.levels()) {
            Profile empty = Profile.empty("trial-" + idOf(level), level, null, ladder);
            Profile full = full(empty);
            for (Level target : ladder.levels()) {
                if (target.isBelow(level)) {
                    continue;
                }
                boolean byDefault = target.equals(ladder.next(level));
                String towards = target.equals(level) ? " (meets level)" : " towards " + target;
                String empties = "the generated empty " + level + " profile" + towards + " (every value 0)";
                String fulls = "the generated full " + level + " profile" + towards
                        + " (every rating at the top, counts " + Requirement.format(ProfileKey.FULL_COUNT)
                        + ", shares 1)";
                generated.add(new TriedProfile(empty, byDefault ? null : target, empties));
                generated.add(new TriedProfile(full, byDefault ? null : target, fulls));
            }
        }
        return generated;
    }

    private static String idOf(Level level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Profile full(Profile empty) {
        Profile full = empty;
        for (ProfileKey key : empty.ladder().keys()) {
            full = full.with(key.name(), key.full());
        }
        return full;
    }
}
