package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import dev.sreladder.evaluation.frozen.ArticleFacts;
import dev.sreladder.ladder.Level;
import dev.sreladder.profile.Profile;

/**
 * What a rule calls to say what it concluded (fact models 2 and 3): the DRL imports these as
 * functions ({@code import function dev.sreladder.evaluation.RuleApi.trap;}) and passes
 * {@code drools}, the firing rule's context. This is the one place that knows Drools' side of a
 * firing: the rule's name and its {@code @code}/{@code @section} metadata through the public
 * {@link Rule}, and the facts it matched; the records it builds know nothing of Drools. These run
 * once per finding, so they loop instead of streaming.
 */
public final class RuleApi {

    /** "{mentees}" in a trap's or note's situation: a profile key (or "level"), replaced by its value. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private RuleApi() {
    }

    /** A condition on a profile key that holds at {@code value} or above. */
    public static Requirement atLeast(String key, Number value) {
        return Requirement.atLeast(key, value);
    }

    /** A condition on a profile key that holds at {@code value} or below. */
    public static Requirement atMost(String key, Number value) {
        return Requirement.atMost(key, value);
    }

    /** A condition that holds when any one of {@code alternatives} holds (fact model 3). */
    public static Condition anyOf(Condition... alternatives) {
        return new AnyOf(List.of(alternatives));
    }

    /** A condition that holds when at least {@code count} of {@code alternatives} hold (fact model 3). */
    public static Condition atLeastOf(int count, Condition... alternatives) {
        return new AtLeastOf(count, List.of(alternatives));
    }

    /**
     * The expectation the firing rule declares: its level is the level of the {@link Checking}
     * fact the rule matched, its code and section the rule's metadata.
     */
    public static Expectation expectation(RuleContext drools, String advice, Condition... requirements) {
        Rule rule = drools.getRule();
        return new Expectation(rule.getName(), RuleInfo.code(rule), RuleInfo.section(rule),
                checkedLevel(drools), advice, List.of(requirements));
    }

    /**
     * A trap the firing rule recognised in {@code profile}. {@code situation} may name profile keys
     * in braces ("{mentees}", "{level}"), replaced by their values; {@code wayOut} is the way out the
     * article advises, of which what is not yet met becomes the finding's {@code requires}.
     */
    public static Finding trap(RuleContext drools, Profile profile, String situation, String advice,
            Condition... wayOut) {
        return finding(drools, FindingKind.TRAP, profile, situation, advice,
                Expectation.stillUnmet(List.of(wayOut), profile));
    }

    /** A note that never changes the verdict; {@code situation} as for {@link #trap}. */
    public static Finding note(RuleContext drools, Profile profile, String situation, String advice) {
        return finding(drools, FindingKind.NOTE, profile, situation, advice, List.of());
    }

    /**
     * The facts a note matched, named one after another in alphabetical order ("mentoring 4 with no
     * mentees; resilienceTesting 3 with no gameDays"), for a note about several competencies at once
     * (fact model 4).
     */
    public static String listed(Collection<?> facts) {
        // By name, not in the order Drools collected them: a replayed note must read the same.
        List<String> named = new ArrayList<>(facts.size());
        for (Object fact : facts) {
            named.add(String.valueOf(fact));
        }
        named.sort(null);
        return String.join("; ", named);
    }

    /** The verdict the firing rule draws from the findings. */
    public static VerdictReached verdictReached(RuleContext drools, Verdict verdict) {
        return new VerdictReached(verdict, drools.getRule().getName());
    }

    private static Finding finding(RuleContext drools, FindingKind kind, Profile profile, String situation,
            String advice, List<Condition> requires) {
        Rule rule = drools.getRule();
        return new Finding(RuleInfo.code(rule), kind, profile.level(), rule.getName(), fill(situation, profile),
                advice, RuleInfo.section(rule), requires);
    }

    private static Level checkedLevel(RuleContext drools) {
        for (Object fact : drools.getMatch().getObjects()) {
            if (fact instanceof Checking checking) {
                return checking.asLevel();
            }
            if (fact instanceof ArticleFacts.Checking checking) {
                return ArticleFacts.today(checking.level());
            }
        }
        throw new IllegalStateException("rule \"" + drools.getRule().getName()
                + "\" declares an expectation but matches no Checking(level == ...) fact");
    }

    private static String fill(String template, Profile profile) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = "level".equals(key) ? profile.level().name() : Requirement.format(profile.value(key));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
