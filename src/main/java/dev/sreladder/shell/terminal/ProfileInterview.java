package dev.sreladder.shell.terminal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.ProfileAnswers;
import dev.sreladder.profile.Values;

/**
 * The questions of {@code profile new}, every word of them the ladder's: its levels, the meaning
 * of each rating on its scale, and each competency and evidence key with what it means and the
 * values it takes. The name first (the file is named after it), then the rest, in the ladder's order.
 */
public record ProfileInterview(TerminalQuestions questions, Ladder ladder) {

    /** The engineer's name, as reports show it. */
    public String name() {
        return questions.text("Name (as it should appear in reports)", null, ProfileAnswers::nameProblem).strip();
    }

    /** Everything after the name: level, target, years in level, each rating and each evidence value. */
    public Profile rest(String name) {
        Level level = questions.choice("Level (yours now)", ladder.levels().stream()
                .map(each -> new TerminalQuestions.Choice<>(each.name(), each)).toList());
        Level target = target(level);
        ProfileKey years = ladder.keys(ProfileKey.Group.PROFILE).get(0);
        double yearsInLevel = ProfileAnswers.value(questions.text(years.name() + " — " + years.meaning() + " ("
                + level + "), " + years.scale().description(), null,
                answer -> ProfileAnswers.valueProblem(answer, years.scale())), years.scale());
        Map<String, Double> values = new LinkedHashMap<>();
        List<TerminalQuestions.Choice<Integer>> ratings = ratings();
        List<ProfileKey> competencies = ladder.competencies();
        for (int i = 0; i < competencies.size(); i++) {
            ProfileKey key = competencies.get(i);
            values.put(key.name(), (double) questions.choice(counted("Competency", i, competencies.size()) + key.name()
                    + " — " + key.meaning(), ratings));
        }
        List<ProfileKey> evidence = ladder.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            ProfileKey key = evidence.get(i);
            String answer = questions.text(counted("Evidence", i, evidence.size()) + key.name() + " — "
                    + key.meaning() + " (" + key.scale().description() + ")", "0",
                    typed -> ProfileAnswers.valueProblem(typed, key.scale()));
            values.put(key.name(), ProfileAnswers.value(answer, key.scale()));
        }
        return new Profile(ProfileAnswers.idFor(name), name, level, target, yearsInLevel, Values.of(ladder, values),
                "");
    }

    /** A level above, or none (the next level, as when a profile names no target); not asked at the top. */
    private Level target(Level level) {
        if (level.equals(ladder.top())) {
            return null;
        }
        List<TerminalQuestions.Choice<Level>> choices = new ArrayList<>();
        choices.add(new TerminalQuestions.Choice<>("none (the next level, " + ladder.next(level) + ")", null));
        ladder.levels().stream().filter(each -> each.isAbove(level))
                .forEach(each -> choices.add(new TerminalQuestions.Choice<>(each.name(), each)));
        return questions.choice("Target (the level to check against)", choices);
    }

    /** "3 — proficient, independently and consistently", for each rating of the ladder's scale. */
    private List<TerminalQuestions.Choice<Integer>> ratings() {
        List<TerminalQuestions.Choice<Integer>> choices = new ArrayList<>();
        for (int rating = 0; rating < ladder.scale().size(); rating++) {
            choices.add(new TerminalQuestions.Choice<>(rating + " — " + ladder.scale().get(rating), rating));
        }
        return choices;
    }

    private static String counted(String what, int index, int count) {
        return what + " " + (index + 1) + " of " + count + ": ";
    }
}
