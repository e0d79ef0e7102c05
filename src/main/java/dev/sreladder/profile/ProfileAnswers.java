package dev.sreladder.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.system.Text;

/**
 * Answers typed for a new profile, read as the reader would read them from a file: a name, and
 * values on a key's scale. Refusals say what to type, as the reader's messages say what to write.
 */
public final class ProfileAnswers {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
    private static final Pattern NOT_IN_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ProfileAnswers() {
    }

    /** Why a typed name cannot be a profile's name, or empty when it can. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("give a name, as it should appear in reports");
        }
        return Text.problem(name.strip(), "the name", Profile.MAX_NAME_LENGTH, false)
                .map(problem -> problem.what() + "; " + problem.fix());
    }

    /** The id for a name: "José Núñez" is jose-nunez; a name with no letter a-z gives "profile". */
    public static String idFor(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String id = NOT_IN_ID.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (id.length() > Profile.MAX_ID_LENGTH) {
            id = id.substring(0, Profile.MAX_ID_LENGTH).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "profile" : id;
    }

    /** Why a typed value is not one of the scale's, or empty when it is ("3", "0.4", "2.5"). */
    public static Optional<String> valueProblem(String typed, ProfileKey.Scale scale) {
        String text = typed == null ? "" : typed.strip();
        if (text.endsWith("%") && ProfileKey.Scale.SHARE.kind().equals(scale.kind())) {
            return Optional.of(PercentShare.fix(text));
        }
        if (!NUMBER.matcher(text).matches()) {
            return Optional.of("write " + scale.description() + ", like " + example(scale));
        }
        double value = Double.parseDouble(text);
        // The reader refuses a whole number it cannot count in an int: so does the question.
        if (!scale.accepts(value) || (scale.whole() && value > Integer.MAX_VALUE)) {
            return Optional.of("write " + scale.description() + ", like " + example(scale));
        }
        return Optional.empty();
    }

    /** The value of an answer {@link #valueProblem} accepts. */
    public static double value(String typed, ProfileKey.Scale scale) {
        valueProblem(typed, scale).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return Double.parseDouble(typed.strip());
    }

    private static String example(ProfileKey.Scale scale) {
        if (scale.whole()) {
            return Numbers.format(Math.min(scale.max(), scale.min() + 3));
        }
        return Numbers.format(scale.bounded() ? scale.min() + (scale.max() - scale.min()) * 0.4 : 2.5);
    }
}
