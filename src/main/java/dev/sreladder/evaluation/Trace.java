package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sreladder.evaluation.frozen.ArticleFacts;
import dev.sreladder.profile.Numbers;
import dev.sreladder.profile.Profile;

/**
 * The rule trace of an evaluation made readable: each rule the agenda listener saw fire, in
 * firing order, with where it is written and the facts it matched, each described in words by
 * what the rule could read from it (for a profile, the keys its conditions name; for a value its
 * conditions computed, the name they bound it to). The expectation rules come first (they declare
 * what the levels checked expect), each with every condition it declared against the engineer's
 * values and the finding they made of it; the verdict rule says its verdict in words.
 */
public final class Trace {

    /** After an alternative inside "any of" or "at least N of": whether it holds. */
    static final String HOLDS = "✓";
    static final String FAILS = "✗";

    private Trace() {
    }

    /**
     * One fired rule; {@code info} is null only for a rule the rule set does not describe.
     * {@code assessed} is the finding made of the expectation it declared and {@code checks} each
     * of that expectation's conditions (null and empty for other rules); {@code outcome} is what
     * another rule concluded, in words: the verdict for the rule that reached it ("ALMOST: 2 gaps,
     * no blocker or trap"), the finding for a trap or a note ("TRAP: …"), else null.
     */
    public record Step(int order, String rule, String code, RuleInfo info, List<Fact> facts, Finding assessed,
            List<Check> checks, String outcome) {

        public Step {
            facts = List.copyOf(facts);
            checks = List.copyOf(checks);
        }
    }

    /**
     * One matched fact: its type, a line for people, and the same as fields for machines (numbers
     * as {@link Long} when whole, else {@link Double}; lists of maps for requirements).
     */
    public record Fact(String type, String summary, Map<String, Object> fields) {
    }

    /**
     * One condition of an expectation against the profile: whether it holds, and in words with
     * the values it read ("gameDays is 2, needs ≥ 1"; "any of: gameDays ≥ 1 (is 0) ✗, designDocs
     * ≥ 2 (is 3) ✓", each alternative marked).
     */
    public record Check(boolean holds, String text) {
    }

    /** The steps of an evaluation made with a trace, described with the rule set it ran on. */
    public static List<Step> of(Evaluation evaluation, RuleSet rules) {
        Profile profile = evaluation.profile();
        List<Expectation> declared = rules.declarations(profile.level(), evaluation.target()).expectations();
        List<Step> steps = new ArrayList<>();
        for (FiredRule fired : evaluation.trace()) {
            RuleInfo info = rules.rule(fired.rule()).orElse(null);
            List<Fact> facts = new ArrayList<>();
            for (Object fact : fired.facts()) {
                // Drools' own placeholder for rules with only exists/not/accumulate conditions.
                if (fact != null && !fact.getClass().getName().startsWith("org.drools.")) {
                    facts.add(describe(fact, info, fired.nameOf(fact), evaluation));
                }
            }
            String checked = checkedLevel(fired);
            Expectation expectation = checked == null ? null : declared(declared, fired.rule(), checked);
            List<Check> checks = expectation == null ? List.of() : checks(expectation, profile);
            String outcome = fired.rule().equals(evaluation.verdictRule()) ? verdictInWords(evaluation)
                    : checked == null ? concluded(fired.rule(), evaluation) : null;
            steps.add(new Step(fired.order(), fired.rule(), fired.code(), info, facts,
                    assessed(fired.rule(), checked, evaluation), checks, outcome));
        }
        return steps;
    }

    /** The level of the Checking fact an expectation rule matched; null for other rules. */
    private static String checkedLevel(FiredRule fired) {
        for (Object fact : fired.facts()) {
            if (fact instanceof Checking checking) {
                return checking.level();
            }
            if (fact instanceof ArticleFacts.Checking article) {
                return ArticleFacts.today(article.level()).name();
            }
        }
        return null;
    }

    private static Expectation declared(List<Expectation> declared, String rule, String level) {
        for (Expectation expectation : declared) {
            if (expectation.rule().equals(rule) && expectation.level().name().equals(level)) {
                return expectation;
            }
        }
        return null;
    }

    /** The finding of the expectation this firing declared: same rule, and the level it was checking. */
    private static Finding assessed(String rule, String level, Evaluation evaluation) {
        if (level == null) {
            return null;
        }
        for (Finding finding : evaluation.findings()) {
            if (finding.rule().equals(rule) && finding.level().name().equals(level)) {
                return finding;
            }
        }
        return null;
    }

    /** "TRAP: what it saw" for the finding a trap or note rule inserted; null when it inserted none. */
    private static String concluded(String rule, Evaluation evaluation) {
        for (Finding finding : evaluation.findings()) {
            if (finding.rule().equals(rule) && !finding.kind().assessesAnExpectation()) {
                return finding.kind().name() + ": " + finding.message();
            }
        }
        return null;
    }

    /** Every condition of {@code expectation}, met ones too, each with the value it read. */
    static List<Check> checks(Expectation expectation, Profile profile) {
        List<Check> checks = new ArrayList<>(expectation.requirements().size());
        for (Condition condition : expectation.requirements()) {
            checks.add(new Check(condition.isSatisfiedBy(profile), checked(condition, profile)));
        }
        return checks;
    }

    /** "gameDays is 2, needs ≥ 1", "any of: a ≥ 1 (is 0) ✗, b ≥ 2 (is 3) ✓", "at least 2 of: …". */
    private static String checked(Condition condition, Profile profile) {
        if (condition instanceof AnyOf anyOf) {
            return "any of: " + Condition.listed(anyOf.alternatives(), alternative -> marked(alternative, profile));
        }
        if (condition instanceof AtLeastOf atLeast) {
            return "at least " + atLeast.count() + " of: "
                    + Condition.listed(atLeast.alternatives(), alternative -> marked(alternative, profile));
        }
        return condition.describe(profile);
    }

    /** An alternative inside a list, with its value and its mark: "gameDays ≥ 1 (is 0) ✗", "any of (…) ✓". */
    private static String marked(Condition condition, Profile profile) {
        String text;
        if (condition instanceof AnyOf anyOf) {
            text = "any of (" + Condition.listed(anyOf.alternatives(), alternative -> marked(alternative, profile))
                    + ")";
        } else if (condition instanceof AtLeastOf atLeast) {
            text = "at least " + atLeast.count() + " of ("
                    + Condition.listed(atLeast.alternatives(), alternative -> marked(alternative, profile)) + ")";
        } else {
            text = condition.withValues(profile);
        }
        return text + " " + (condition.isSatisfiedBy(profile) ? HOLDS : FAILS);
    }

    /**
     * The verdict and what stands in its way, from the findings alone (the thresholds are the
     * verdict rules'): "READY: nothing stands in the way", "ALMOST: 2 gaps, no blocker or trap",
     * "NOT_YET: 1 trap and 1 gap, no blocker".
     */
    static String verdictInWords(Evaluation evaluation) {
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            if (kind.holdsBack()) {
                int count = evaluation.findings(kind).size();
                if (count > 0) {
                    present.add(count + " " + noun(kind, count));
                } else {
                    absent.add(noun(kind, 1));
                }
            }
        }
        String verdict = evaluation.verdict().name() + ": ";
        if (present.isEmpty()) {
            return verdict + "nothing stands in the way";
        }
        return verdict + joined(present, "and") + (absent.isEmpty() ? "" : ", no " + joined(absent, "or"));
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> words, String last) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + last + " " + words.get(words.size() - 1);
    }

    /** "gap", "gaps", "met expectations": what a finding of {@code kind} is called. */
    private static String noun(FindingKind kind, long count) {
        String noun = kind == FindingKind.MET ? "met expectation" : kind.name().toLowerCase(Locale.ROOT);
        return count == 1 ? noun : noun + "s";
    }

    static Fact describe(Object fact, RuleInfo rule, String name, Evaluation evaluation) {
        // The article's fact types of fact models 1 and 2 read as today's do.
        if (fact instanceof ArticleFacts.Profile article) {
            return describe(article.today(), rule, name, evaluation);
        }
        if (fact instanceof ArticleFacts.Checking article) {
            return describe(new Checking(ArticleFacts.today(article.level())), rule, name, evaluation);
        }
        if (fact instanceof ArticleFacts.Promotion article) {
            return describe(new Promotion(ArticleFacts.today(article.from()), ArticleFacts.today(article.to())),
                    rule, name, evaluation);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (fact instanceof Profile profile) {
            fields.put("id", profile.id());
            fields.put("level", profile.level().name());
            List<String> reads = rule == null ? List.of() : rule.reads();
            reads.forEach(key -> fields.put(key, Numbers.number(profile.value(key))));
            String values = reads.stream().map(key -> key + " " + Requirement.format(profile.value(key)))
                    .collect(Collectors.joining(", "));
            return new Fact("Profile", "Profile " + profile.id() + " (" + profile.level() + ")"
                    + (values.isEmpty() ? "" : ": " + values), fields);
        }
        if (fact instanceof Checking checking) {
            fields.put("level", checking.level());
            return new Fact("Checking", "Checking " + checking.level(), fields);
        }
        if (fact instanceof Promotion promotion) {
            fields.put("from", promotion.from());
            fields.put("to", promotion.to());
            return new Fact("Promotion", "Promotion " + promotion.from() + " → " + promotion.to(), fields);
        }
        if (fact instanceof Finding finding) {
            fields.put("kind", finding.kind().name());
            fields.put("code", finding.code());
            fields.put("level", finding.level().name());
            return new Fact("Finding", "Finding " + finding.label(), fields);
        }
        if (fact instanceof VerdictReached verdict) {
            fields.put("verdict", verdict.verdict().name());
            return new Fact("VerdictReached", "Verdict " + verdict.verdict(), fields);
        }
        fields.put("value", String.valueOf(fact));
        return new Fact(fact.getClass().getSimpleName(), computed(fact, name, evaluation), fields);
    }

    /**
     * A value the rule's conditions computed (an accumulate's result), in words by the name they
     * bound it to: "6 gaps counted" when the name is a kind of finding and the value how many of
     * them there are, "total is 6" otherwise, never the value's Java type.
     */
    private static String computed(Object value, String name, Evaluation evaluation) {
        String shown = value instanceof Number number ? Requirement.format(number.doubleValue())
                : value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
        if (name == null) {
            return shown + ", computed by the rule's conditions";
        }
        if (value instanceof Number number) {
            for (FindingKind kind : FindingKind.values()) {
                long count = evaluation.findings(kind).size();
                if ((name.equalsIgnoreCase(noun(kind, 1)) || name.equalsIgnoreCase(noun(kind, 2)))
                        && number.doubleValue() == count) {
                    return count + " " + noun(kind, count) + " counted";
                }
            }
        }
        return name + " is " + shown;
    }
}
