package dev.sreladder.evaluation.frozen;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import dev.sreladder.evaluation.Finding;
import dev.sreladder.evaluation.FindingKind;
import dev.sreladder.evaluation.Requirement;
import dev.sreladder.evaluation.RuleApi;
import dev.sreladder.evaluation.Verdict;
import dev.sreladder.evaluation.VerdictReached;
import dev.sreladder.ladder.Ladder;

/**
 * The fact types and functions of fact models 1 and 2, frozen: what rule sets stored before ladder
 * files existed were written against (a Java enum of four levels, a profile whose ratings and
 * counts were record fields). Such a rule set is stored and fingerprinted as written; the text
 * handed to Drools imports these types instead of today's ({@link FactModel#compiledText}), on the
 * same lines, so it compiles and runs as it did. Each profile is shown to it in this shape, built
 * from today's profile on the article's ladder; what its rules conclude is today's
 * {@link Expectation} and {@link Finding}, made by {@link RuleApi}. Never edited: a new meaning is
 * a new fact model.
 */
public final class ArticleFacts {

    private ArticleFacts() {
    }

    /** The article's four levels, lowest first. */
    public enum Level { JUNIOR, MID, SENIOR, STAFF }

    /** Ratings on the 0..4 scale, by the profile file's keys. */
    public record Competencies(int incidentResponse, int observability, int automation, int serviceOwnership,
            int slos, int infrastructureAsCode, int productionDebugging, int capacityPlanning,
            int resilienceTesting, int crossTeamInfluence, int mentoring, int platformBuilding,
            int incidentLearning, int technicalVision, int writing, int stayingCurrent, int customerEmpathy) {
    }

    /** What the engineer did over the review period, by the profile file's keys. */
    public record Evidence(int incidentsAsPrimary, int incidentsCommanded, int postmortemsLed, int toilAutomated,
            int servicesOwned, int slosDefined, int iacReviews, int gameDays, int designDocs,
            int redesignsProposed, int crossTeamInitiatives, int leadershipPresentations, int mentees,
            int engineersEnabled, int incidentClassesEliminated, double handsOnIncidentShare) {
    }

    /** The profile as fact models 1 and 2 match it; {@code today} is what their conclusions are about. */
    public record Profile(String id, String name, Level level, Level target, double yearsInLevel,
            Competencies competencies, Evidence evidence, String notes, dev.sreladder.profile.Profile today) {
    }

    /** The expectations of this level are checked. */
    public record Checking(Level level) {
    }

    /** A promotion is asked about: the traps apply. */
    public record Promotion(Level from, Level to) {
    }

    /**
     * The expectation type fact model 1's own assessment rules matched ({@code Expectation(isMetBy($profile))}).
     * Those rules still compile against it but never fire: since fact model 2 the assessment is the
     * fact model's ({@link Assessment}), and no session holds an expectation beside a profile.
     */
    public record Expectation(Level level) {
        public boolean isMetBy(Profile profile) {
            return false;
        }
    }

    public static Profile profile(dev.sreladder.profile.Profile today) {
        return new Profile(today.id(), today.name(), level(today.level()),
                today.target() == null ? null : level(today.target()), today.yearsInLevel(),
                record(Competencies.class, today), record(Evidence.class, today), today.notes(), today);
    }

    public static Level level(dev.sreladder.ladder.Level level) {
        return Level.valueOf(level.name());
    }

    public static dev.sreladder.ladder.Level today(Level level) {
        return Ladder.article().levels().get(level.ordinal());
    }

    // Functions of fact model 2 (RuleApi's of that time), and fact model 1's calls mapped onto them.

    public static Requirement atLeast(String key, Number value) {
        return Requirement.atLeast(key, value);
    }

    public static Requirement atMost(String key, Number value) {
        return Requirement.atMost(key, value);
    }

    public static dev.sreladder.evaluation.Expectation expectation(RuleContext drools, String advice,
            Requirement... requirements) {
        return RuleApi.expectation(drools, advice, requirements);
    }

    public static Finding trap(RuleContext drools, Profile profile, String situation, String advice,
            Requirement... wayOut) {
        return RuleApi.trap(drools, profile.today(), situation, advice, wayOut);
    }

    public static Finding note(RuleContext drools, Profile profile, String situation, String advice) {
        return RuleApi.note(drools, profile.today(), situation, advice);
    }

    public static VerdictReached verdictReached(RuleContext drools, Verdict verdict) {
        return RuleApi.verdictReached(drools, verdict);
    }

    /** Fact model 1's {@code Finding.met}, called only by its assessment rules, which never fire (see above). */
    public static Finding met(Expectation expectation, Profile profile) {
        throw new IllegalStateException("fact model 1's assessment rules do not fire since fact model 2");
    }

    /** Fact model 1's {@code Finding.unmet}: as {@link #met}. */
    public static Finding unmet(Expectation expectation, Profile profile, FindingKind kind) {
        throw new IllegalStateException("fact model 1's assessment rules do not fire since fact model 2");
    }

    /** A record of ratings or counts read by component name from today's profile on the article's ladder. */
    private static <R extends Record> R record(Class<R> type, dev.sreladder.profile.Profile today) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            double value = today.value(components[i].getName());
            values[i] = components[i].getType() == int.class ? (Object) (int) value : (Object) value;
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** The names fact models 1 and 2 imported, and what the text handed to Drools imports instead. */
    public static final List<String[]> IMPORTS = List.of(
            new String[] {"dev.sreladder.profile.Level", ArticleFacts.class.getName() + ".Level"},
            new String[] {"dev.sreladder.profile.Profile", ArticleFacts.class.getName() + ".Profile"},
            new String[] {"dev.sreladder.profile.Competencies", ArticleFacts.class.getName() + ".Competencies"},
            new String[] {"dev.sreladder.profile.Evidence", ArticleFacts.class.getName() + ".Evidence"},
            new String[] {"dev.sreladder.evaluation.Checking", ArticleFacts.class.getName() + ".Checking"},
            new String[] {"dev.sreladder.evaluation.Promotion", ArticleFacts.class.getName() + ".Promotion"},
            new String[] {"dev.sreladder.evaluation.Expectation", ArticleFacts.class.getName() + ".Expectation"});
}
