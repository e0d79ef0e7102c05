package dev.sreladder.shell.render;

import dev.sreladder.maintenance.Impact.ProfileImpact;
import dev.sreladder.maintenance.Impact;
import dev.sreladder.maintenance.RuleMaintenance.ImpactRun;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.system.Text;

/** {@code rules impact}: every profile whose verdict, score or findings would change, before and after. */
public final class ImpactText {

    private ImpactText() {
    }

    public static String of(ImpactRun run, String rulesDir, TextStyle style) {
        Impact impact = run.impact();
        StringBuilder text = new StringBuilder("Rules in " + rulesDir + " (" + RuleCompiler.abbreviate(
                impact.after().fingerprint()) + ") against the rules in use (" + RuleCompiler.abbreviate(
                        impact.before().fingerprint()) + "), on "
                + Text.count(impact.total(), "profile", "profiles") + " in "
                + run.profiles() + ":\n");
        impact.changed().forEach(changed -> text.append(changed(changed, style)));
        // The profiles that could not be evaluated are the command's error, on standard error, once.
        text.append('\n').append(verdictLine(impact)).append("; nothing was swapped in.");
        if (impact.changed().isEmpty() && impact.profiles() > 0) {
            text.append('\n').append(whatWasCompared(run, rulesDir));
        }
        return text.toString();
    }

    /** When nothing would change: whether the rules differ at all, which profiles were compared, how to pick others. */
    private static String whatWasCompared(ImpactRun run, String rulesDir) {
        if (run.impact().before().fingerprint().equals(run.impact().after().fingerprint())) {
            return "The rules in " + rulesDir + " are the rules in use (the same files), so nothing can change.";
        }
        String others = "rules impact " + rulesDir + " --profiles FOLDER (a folder or a profile file)";
        return switch (run.compared()) {
            case SAMPLES -> "Compared: the samples in " + run.profiles() + ", as no profile is stored. To compare"
                    + " others: " + others + ".";
            case STORED -> "Compared: the latest version of every stored profile. To compare others: " + others + ".";
            case GIVEN -> "Compared: the profiles in " + run.profiles() + ".";
        };
    }

    /** One profile that would change: its verdict and score before and after, the findings gone and new. */
    static String changed(ProfileImpact changed, TextStyle style) {
        StringBuilder text = new StringBuilder();
        text.append('\n').append(style.bold(changed.profile())).append("  ").append(style.dim(changed.source()))
                .append('\n');
        text.append("    verdict ").append(change(changed.verdictBefore().name(), changed.verdictAfter().name()))
                .append("   score ").append(change(changed.scoreBefore() + "%", changed.scoreAfter() + "%"))
                .append('\n');
        changed.findingsGone().forEach(finding -> text.append("    - ").append(finding).append('\n'));
        changed.findingsNew().forEach(finding -> text.append("    + ").append(finding).append('\n'));
        return text.toString();
    }

    /** How many would change, of the profiles that could be compared at all. */
    private static String verdictLine(Impact impact) {
        if (impact.errors().isEmpty()) {
            return impact.changed().isEmpty() ? "No profile would change"
                    : impact.changed().size() + " of " + impact.profiles() + " profiles would change";
        }
        if (impact.profiles() == 0) {
            return "No profile could be compared";
        }
        return impact.changed().isEmpty()
                ? "None of the " + impact.profiles() + " profiles that could be evaluated would change"
                : impact.changed().size() + " of the " + impact.profiles() + " profiles that could be evaluated"
                        + " would change";
    }

    private static String change(String before, String after) {
        return before.equals(after) ? before + " (same)" : before + " → " + after;
    }
}
