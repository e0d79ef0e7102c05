package dev.sreladder.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kie.api.runtime.KieSession;

import dev.sreladder.evaluation.frozen.ArticleFacts;
import dev.sreladder.evaluation.frozen.FactModelV1;
import dev.sreladder.ladder.Level;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.LadderException;

/**
 * The fact model and assessment semantics a rule set is written for. It is stored with every
 * rule set in the audit trail, so that a rule set recorded years ago is compiled and assessed the
 * way it was written, or refused when this build no longer knows how; never silently run under
 * today's meaning. Each version names what its rules call for each {@link RuleKind}, the
 * functions they may import, and its {@link Assessment}; a change to any of these is a new
 * version, never an edit of an old one.
 */
public enum FactModel {
    /**
     * Rules call the fact types' own factories (Expectation.declaredBy, Finding.trap, ...): builds up
     * to 2026-11-29. Compiled through {@link FactModelV1}'s adapter onto {@link ArticleFacts}.
     */
    V1(1, List.of("Expectation.declaredBy", "Finding.trap", "Finding.note", "VerdictReached.by"),
            List.of("Finding.met", "Finding.unmet"),
            List.of("dev.sreladder.evaluation.Requirement.atLeast", "dev.sreladder.evaluation.Requirement.atMost"),
            Article.TYPES, false),
    /**
     * Rules call the rule API's functions on the article's fact types (a level enum, ratings and
     * counts as record fields): builds of 2026-12-01. Compiled onto {@link ArticleFacts}.
     */
    V2(2, List.of("expectation", "trap", "note", "verdictReached"), List.of(),
            Stream.of("atLeast", "atMost", "expectation", "trap", "note", "verdictReached")
                    .map(function -> "dev.sreladder.evaluation.RuleApi." + function).toList(),
            Article.TYPES, true),
    /**
     * The ladder's own words: levels by name ({@code Checking(level == "MID")}), values by key
     * ({@code Profile(value("mentees") == 0)}), and "any of" / "at least N of" conditions.
     */
    V3(3, List.of("expectation", "trap", "note", "verdictReached"), List.of(),
            Stream.of("atLeast", "atMost", "anyOf", "atLeastOf", "expectation", "trap", "note", "verdictReached")
                    .map(function -> RuleApi.class.getName() + "." + function).toList(),
            Stream.of(Profile.class, Checking.class, Promotion.class, Finding.class, FindingKind.class,
                    VerdictReached.class, Verdict.class).map(Class::getName).toList(), true),
    /**
     * Fact model 3, and what a profile says for the committee: a {@link SelfRating} fact for each
     * competency the engineer rated themselves, a {@link Backing} fact for each competency the
     * ladder ties evidence to, and {@code listed(...)} to name them in a note. Waived expectations
     * are WAIVED findings under every model (a profile of an earlier build has no waivers).
     */
    V4(4, List.of("expectation", "trap", "note", "verdictReached"), List.of(),
            Stream.of("atLeast", "atMost", "anyOf", "atLeastOf", "expectation", "trap", "note", "verdictReached",
                    "listed").map(function -> RuleApi.class.getName() + "." + function).toList(),
            Stream.of(Profile.class, Checking.class, Promotion.class, Finding.class, FindingKind.class,
                    VerdictReached.class, Verdict.class, SelfRating.class, Backing.class).map(Class::getName)
                    .toList(), true);

    /** What the rules folder and every rule set stored from now on are written for. */
    public static final FactModel CURRENT = V4;

    private final int version;
    /** The call that makes each kind of rule, in the order of {@link RuleKind} (OTHER has none). */
    private final List<String> kindCalls;
    /** Other calls of this model's rules, such as the assessment rules' of fact model 1. */
    private final List<String> otherCalls;
    private final List<Pattern> kindCallPatterns;
    private final List<String> functions;
    private final List<String> types;
    private final boolean refusesFactChanges;

    FactModel(int version, List<String> kindCalls, List<String> otherCalls, List<String> functions,
            List<String> types, boolean refusesFactChanges) {
        this.version = version;
        this.kindCalls = kindCalls;
        this.otherCalls = otherCalls;
        this.kindCallPatterns = kindCalls.stream().map(FactModel::callPattern).toList();
        this.functions = functions;
        this.types = types;
        this.refusesFactChanges = refusesFactChanges;
    }

    public int version() {
        return version;
    }

    /** How this model turns a declared expectation into one engineer's finding. */
    Assessment assessment() {
        return Assessment.BLOCKER_AT_OWN_LEVEL_GAP_ABOVE;
    }

    /** The functions a rule written for this model may import ({@code import function ...}). */
    public List<String> functions() {
        return functions;
    }

    /** What a rule of that kind calls in this model ("expectation", "Finding.trap"). */
    public String call(RuleKind kind) {
        return kindCalls.get(kind.ordinal());
    }

    /** Every call this model's rules make to the application, qualified ones as written. */
    public List<String> calls() {
        return Stream.concat(kindCalls.stream(), otherCalls.stream()).toList();
    }

    /**
     * Whether the rule checks refuse rules that modify, update or retract facts. Fact model 1 was
     * stored before that check existed, and its rule sets replay as they were accepted.
     */
    public boolean refusesFactChanges() {
        return refusesFactChanges;
    }

    /** The kind of a rule from its consequence, with comments and strings blanked out. */
    public RuleKind kindOf(String consequence) {
        for (int kind = 0; kind < kindCallPatterns.size(); kind++) {
            if (kindCallPatterns.get(kind).matcher(consequence).find()) {
                return RuleKind.values()[kind];
            }
        }
        return RuleKind.OTHER;
    }

    /** The fact types this model's rules may import, by qualified name. */
    public List<String> types() {
        return types;
    }

    /** Whether the rules are written for the article's frozen fact types ({@link ArticleFacts}). */
    public boolean isArticles() {
        return this == V1 || this == V2;
    }

    /** The DRL handed to Drools for a file written for this model: the file itself, or the article adaptation. */
    public String compiledText(String drl) {
        return switch (this) {
            case V1 -> FactModelV1.adaptImports(FactModelV1.adapt(drl));
            case V2 -> FactModelV1.adaptImports(drl);
            case V3, V4 -> drl;
        };
    }

    /** The fact saying that a level's expectations are checked, as this model's rules match it. */
    Object checking(Level level) {
        return isArticles() ? new ArticleFacts.Checking(ArticleFacts.level(level)) : new Checking(level);
    }

    /** The fact saying that a promotion is asked about. */
    Object promotion(Level from, Level to) {
        return isArticles() ? new ArticleFacts.Promotion(ArticleFacts.level(from), ArticleFacts.level(to))
                : new Promotion(from, to);
    }

    /** The profile as this model's rules match it. */
    Object profile(Profile profile) {
        return isArticles() ? ArticleFacts.profile(profile) : profile;
    }

    /**
     * What the profile says beside its values, as facts for this model's rules: fact model 4's
     * {@link SelfRating} and {@link Backing} facts, those the rules can see ({@link FactSight});
     * nothing for the models before it, whose rules never match them.
     */
    void insertReview(KieSession session, Profile profile, RuleSet rules) {
        if (version < V4.version) {
            return;
        }
        // Most profiles rate nothing themselves: skip the loop rather than ask each competency.
        for (ProfileKey competency : profile.review().selfRatings().isEmpty() ? List.<ProfileKey>of()
                : profile.ladder().competencies()) {
            int manager = (int) profile.value(competency);
            profile.review().selfRating(competency)
                    .ifPresent(self -> insertIfSeen(session, rules, new SelfRating(competency.name(), self, manager)));
        }
        for (Backing backing : rules.backing().backings(profile)) {
            insertIfSeen(session, rules, backing);
        }
    }

    private static void insertIfSeen(KieSession session, RuleSet rules, Object fact) {
        if (rules.sees(fact, session)) {
            session.insert(fact);
        }
    }

    /** "Finding.trap" as a call in code: not part of a longer name, spaces allowed around the dot. */
    public static Pattern callPattern(String call) {
        return Pattern.compile("(?<![\\w$.])" + Arrays.stream(call.split("\\.")).map(Pattern::quote)
                .collect(Collectors.joining("\\s*\\.\\s*")) + "\\s*\\(");
    }

    /** The model of a stored version, or bad input naming it when this build does not know it. */
    public static FactModel of(int version) {
        for (FactModel model : values()) {
            if (model.version == version) {
                return model;
            }
        }
        throw LadderException.badInput("this rule set was written for fact model " + version
                + ", which this build of sre-ladder does not know (it knows "
                + Arrays.stream(values()).map(model -> String.valueOf(model.version)).collect(Collectors.joining(", "))
                + "): replay it with the build that recorded it, or a newer one");
    }

    /** The qualified names fact models 1 and 2 import: the article's fact types, as they were named then. */
    private static final class Article {
        static final List<String> TYPES = List.of("dev.sreladder.profile.Profile", "dev.sreladder.profile.Level",
                "dev.sreladder.profile.Competencies", "dev.sreladder.profile.Evidence",
                "dev.sreladder.evaluation.Checking", "dev.sreladder.evaluation.Promotion",
                "dev.sreladder.evaluation.Expectation", "dev.sreladder.evaluation.Requirement",
                "dev.sreladder.evaluation.Finding", "dev.sreladder.evaluation.FindingKind",
                "dev.sreladder.evaluation.VerdictReached", "dev.sreladder.evaluation.Verdict");
    }
}
