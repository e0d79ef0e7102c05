package dev.sreladder.planning;

import java.util.ArrayList;
import java.util.List;

import dev.sreladder.evaluation.Condition;
import dev.sreladder.evaluation.EvidenceTie;
import dev.sreladder.evaluation.Expectation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;

/**
 * What each change of one plan asks of someone, from the ladder alone: a competency is a rating to
 * judge, with the meaning of the rating it moves to on the ladder's scale; anything else (evidence,
 * years in level) is something to do.
 */
final class Actions {

    private final Ladder ladder;
    private final EvidenceTie evidence;
    /** Every expectation of the levels checked, whole: a finding's {@code requires} keeps only what is unmet. */
    private final List<Expectation> expectations;

    Actions(RuleSet rules, Level from, Level to) {
        this.ladder = rules.ladder();
        // What backs a rating is the ladder's alone: no need to work out what every rule reads.
        this.evidence = EvidenceTie.ofLadder(ladder);
        this.expectations = rules.expectations(from, to);
    }

    Action of(Change change, List<Finding> closes) {
        ProfileKey key = ladder.requireKey(change.key());
        if (key.group() != ProfileKey.Group.COMPETENCY) {
            return new Action.Do(key);
        }
        List<List<Condition>> askedFor = new ArrayList<>();
        closes.forEach(finding -> askedFor.add(conditions(finding)));
        return new Action.Judge(key, ladder.scale().get((int) change.to()),
                evidence.backing(key, askedFor));
    }

    /** The whole expectation a gap or blocker is the assessment of; a trap's way out as the finding gives it. */
    private List<Condition> conditions(Finding finding) {
        for (Expectation expectation : expectations) {
            if (expectation.rule().equals(finding.rule()) && expectation.code().equals(finding.code())
                    && expectation.level().equals(finding.level())) {
                return expectation.requirements();
            }
        }
        return finding.requires();
    }
}
