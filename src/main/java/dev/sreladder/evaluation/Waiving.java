package dev.sreladder.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Waiver;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;

/**
 * A profile's waivers against the expectations a rule set checks for it. A waiver names an
 * expectation code; it applies to each checked expectation of that code whose level the ladder
 * lets a profile waive ({@link dev.sreladder.ladder.WaiverPolicy}). A waiver of a code the rules do
 * not have, or of an expectation that may not be waived, is bad input naming its line: the
 * committee should not read a verdict that quietly ignored it.
 */
final class Waiving {

    /** The waivers that apply, by expectation (its rule name, since one code may be checked at several levels). */
    private final Map<Expectation, Waiver> applied;

    private Waiving(Map<Expectation, Waiver> applied) {
        this.applied = applied;
    }

    static Waiving of(Profile profile, List<Expectation> checked, RuleSet rules) {
        List<Waiver> waivers = profile.review().waivers();
        if (waivers.isEmpty()) {
            return new Waiving(Map.of());
        }
        Ladder ladder = rules.ladder();
        Set<String> codes = rules.rules().stream().filter(rule -> rule.kind() == RuleKind.EXPECTATION)
                .map(RuleInfo::code).collect(Collectors.toCollection(TreeSet::new));
        Map<Expectation, Waiver> applied = new HashMap<>();
        for (Waiver waiver : waivers) {
            if (!codes.contains(waiver.code())) {
                throw LadderException.badInput(waiver.source(), waiver.line(), "'" + waiver.code()
                        + "' in waived is not an expectation of the rules in " + rules.origin()
                        + (isOtherRule(rules, waiver.code()) ? " (only expectations may be waived, not traps or notes)"
                                : ""),
                        Suggestions.didYouMean(waiver.code(), codes, "'rules list' shows every expectation's code"));
            }
            List<Expectation> ofCode = checked.stream().filter(e -> e.code().equals(waiver.code())).toList();
            List<Expectation> waivable = ofCode.stream()
                    .filter(e -> ladder.waivable().allows(e.level(), profile.level())).toList();
            if (!ofCode.isEmpty() && waivable.isEmpty()) {
                Level level = ofCode.get(0).level();
                throw LadderException.badInput(waiver.source(), waiver.line(), "'" + waiver.code()
                        + "' is an expectation of " + level + (level.equals(profile.level()) ? ", "
                                + profile.id() + "'s own level" : "") + ", and the ladder '" + ladder.id()
                        + "' lets a profile waive " + ladder.waivable().describe(),
                        "remove the waiver and meet it (the ladder's 'waivable:' in " + Ladder.FILE_NAME
                                + " says what may be waived)");
            }
            waivable.forEach(expectation -> applied.put(expectation, waiver));
        }
        return new Waiving(applied);
    }

    /** The finding for an expectation: WAIVED with the reason when a waiver applies, else as assessed. */
    Finding assess(Assessment assessment, Expectation expectation, Profile profile) {
        Waiver waiver = applied.get(expectation);
        if (waiver == null) {
            return assessment.assess(expectation, profile);
        }
        return new Finding(expectation.code(), FindingKind.WAIVED, expectation.level(), expectation.rule(),
                waiver.reason(), expectation.advice(), expectation.section(), List.of());
    }

    private static boolean isOtherRule(RuleSet rules, String code) {
        return rules.rules().stream().anyMatch(rule -> rule.kind() != RuleKind.EXPECTATION && code.equals(rule.code()));
    }
}
