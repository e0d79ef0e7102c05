package dev.sreladder.profile;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/**
 * A complete profile as commented YAML: every key of its ladder with what it means and what it
 * accepts as a comment. Blank, it is what {@code profile template} prints, ready to fill in; filled
 * in, it is the file {@code profile new} writes. Either reads back as the profile it was made from.
 */
public final class ProfileTemplate {

    private static final String BLANK_ID = "your-name";
    private static final String BLANK_NAME = "Your Name";

    private ProfileTemplate() {
    }

    /** The blank template: every rating and count at 0, at the ladder's lowest level. */
    public static String of(Ladder ladder) {
        Profile blank = new Profile(BLANK_ID, BLANK_NAME, ladder.lowest(), null, 0, Values.zero(ladder), "");
        return write(blank, "Fill in the values, keep the keys");
    }

    /** A profile written out in the template's layout, with the template's comments. */
    public static String of(Profile profile) {
        return write(profile, "Change any value, keep the keys");
    }

    private static String write(Profile profile, String advice) {
        Ladder ladder = profile.ladder();
        StringBuilder yaml = new StringBuilder();
        yaml.append("# A profile for the ladder '").append(ladder.id()).append("' (").append(ladder.title())
                .append(").\n# ").append(advice).append("; a missing rating or count counts as 0.\n")
                .append("# Check it with: evaluate FILE\n\n");
        field(yaml, "id: " + profile.id(), "optional, a-z, 0-9 and '-'; default: the file name");
        field(yaml, "name: " + quoted(profile.name()), "as it should appear in reports");
        field(yaml, "level: " + profile.level().name(), "your level now: " + ladder.levelList());
        field(yaml, "target: " + profile.targetIfGiven().map(Object::toString).orElse("null"),
                "optional: the level to check against; null or missing: the next one");
        field(yaml, Ladder.YEARS_IN_LEVEL + ": " + Numbers.format(profile.yearsInLevel()),
                "years at your current level, a number of 0 or more");
        yaml.append("\n# Ratings, ").append(ProfileKey.Scale.rating(ladder.topRating()).description()).append(":\n");
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            yaml.append("#   ").append(rating).append("  ").append(ladder.scale().get(rating)).append('\n');
        }
        yaml.append("competencies:\n");
        for (ProfileKey key : ladder.competencies()) {
            line(yaml, key, profile.value(key), "");
        }
        yaml.append("\n# What you did over the review period.\nevidence:\n");
        for (ProfileKey key : ladder.evidence()) {
            line(yaml, key, profile.value(key), key.scale().description() + ": ");
        }
        yaml.append('\n');
        review(yaml, ladder);
        field(yaml, "notes: " + quoted(profile.notes() == null ? "" : profile.notes()),
                "free text, kept but never used by the rules");
        return yaml.toString();
    }

    /**
     * A YAML double-quoted scalar: any name reads back as written (a colon, a '#', quotes). Line
     * breaks are written escaped; other control characters never reach a profile.
     */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                + '"';
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

    private static void line(StringBuilder yaml, ProfileKey key, double value, String range) {
        String entry = "  " + key.name() + ": " + Numbers.format(value);
        yaml.append(entry).append(pad(entry, 30)).append("# ").append(range).append(key.meaning()).append('\n');
    }

    private static String pad(String text, int column) {
        return " ".repeat(Math.max(1, column - text.length()));
    }
}
