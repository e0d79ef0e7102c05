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
        field(yaml, "notes: \"\"", "free text, kept but never used by the rules");
        return yaml.toString();
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
