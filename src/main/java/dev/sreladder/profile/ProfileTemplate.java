package dev.sreladder.profile;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/**
 * A complete profile for a ladder, every key at 0 with what it means and what it accepts as a
 * comment: what {@code profile template} prints, ready to fill in. It reads back as a valid
 * profile as it is.
 */
public final class ProfileTemplate {

    private ProfileTemplate() {
    }

    public static String of(Ladder ladder) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# A profile for the ladder '").append(ladder.id()).append("' (").append(ladder.title())
                .append(").\n# Fill in the values, keep the keys; a missing rating or count counts as 0.\n")
                .append("# Check it with: evaluate FILE\n\n");
        field(yaml, "id: your-name", "optional, a-z, 0-9 and '-'; default: the file name");
        field(yaml, "name: Your Name", "as it should appear in reports");
        field(yaml, "level: " + ladder.lowest().name(), "your level now: " + ladder.levelList());
        field(yaml, "target: null", "optional: the level to check against; null or missing: the next one");
        field(yaml, "yearsInLevel: 0", "years at your current level, a number of 0 or more");
        yaml.append("\n# Ratings, ").append(ProfileKey.Scale.rating(ladder.topRating()).description()).append(":\n");
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            yaml.append("#   ").append(rating).append("  ").append(ladder.scale().get(rating)).append('\n');
        }
        yaml.append("competencies:\n");
        for (ProfileKey key : ladder.competencies()) {
            line(yaml, key, "");
        }
        yaml.append("\n# What you did over the review period.\nevidence:\n");
        for (ProfileKey key : ladder.evidence()) {
            line(yaml, key, key.scale().description() + ": ");
        }
        yaml.append('\n');
        review(yaml, ladder);
        field(yaml, "notes: \"\"", "free text, kept but never used by the rules");
        return yaml.toString();
    }

    /** The optional parts for the committee, commented out: the template reads back as it always did. */
    private static void review(StringBuilder yaml, Ladder ladder) {
        yaml.append("# A count under 'evidence:' may be the list of what it counts (the count is the number of\n"
                + "# items), so that the committee can open it:\n");
        ladder.evidence().stream().filter(key -> ProfileKey.Scale.COUNT.kind().equals(key.scale().kind()))
                .findFirst().ifPresent(key -> yaml.append("#   ").append(key.name()).append(":\n")
                        .append("#     - what: what it was\n")
                        .append("#       link: https://wiki.example.com/the-write-up   # optional, https\n")
                        .append("#       when: 2026-08-14                              # optional, a date\n"));
        yaml.append("#\n# Optional, for the committee: remove the '# ' of the lines you use.\n");
        yaml.append("# manager: Manager Name      # who gave the ratings above\n");
        yaml.append("# team: Team Name\n");
        yaml.append("# selfRatings:               # your own ratings beside the manager's; the rules judge the"
                + " manager's\n");
        ladder.competencies().stream().findFirst().ifPresent(key -> yaml.append("#   ").append(key.name())
                .append(": 0\n"));
        yaml.append("# waived:                    # an expectation's code ('rules list'): why it does not apply\n");
        yaml.append("#   expectation-code: the reason, as the committee will read it\n\n");
    }

    private static void field(StringBuilder yaml, String entry, String comment) {
        yaml.append(entry).append(pad(entry, 30)).append("# ").append(comment).append('\n');
    }

    private static void line(StringBuilder yaml, ProfileKey key, String range) {
        String entry = "  " + key.name() + ": 0";
        yaml.append(entry).append(pad(entry, 30)).append("# ").append(range).append(key.meaning()).append('\n');
    }

    private static String pad(String text, int column) {
        return " ".repeat(Math.max(1, column - text.length()));
    }
}
