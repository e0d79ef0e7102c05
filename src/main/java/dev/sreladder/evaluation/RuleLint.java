package dev.sreladder.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.sreladder.profile.Competencies;
import dev.sreladder.profile.Evidence;
import dev.sreladder.profile.Level;
import dev.sreladder.profile.Profile;

/**
 * What a rule file may not do, checked on its text before it can serve. DRL is code, and Java 17
 * has no sandbox for it: a consequence could stop the application, run programs, read or write
 * files, open connections or use reflection. Rules match the fact model and insert facts; they
 * may import only the fact types, the requirement functions and a few {@code java.lang} basics.
 */
final class RuleLint {

    /** The fact model: what rules match on and insert. */
    static final List<Class<?>> FACT_TYPES = List.of(Profile.class, Level.class, Competencies.class, Evidence.class,
            Checking.class, Promotion.class, Expectation.class, Requirement.class, Finding.class, FindingKind.class,
            VerdictReached.class, Verdict.class);
    static final List<String> FUNCTIONS = List.of(Requirement.class.getName() + ".atLeast",
            Requirement.class.getName() + ".atMost");
    static final List<String> JAVA_LANG = List.of("Math", "String", "Integer", "Long", "Double", "Boolean", "Number");

    private static final Set<String> ALLOWED_TYPES = Stream.concat(FACT_TYPES.stream().map(Class::getName),
            JAVA_LANG.stream().map(name -> "java.lang." + name)).collect(Collectors.toSet());

    private record Forbidden(Pattern pattern, String reason) {
    }

    private static final String SYSTEM_MEMBERS = "exit|halt|load|loadLibrary|setProperty|clearProperty|setProperties"
            + "|getProperty|getProperties|getenv|setSecurityManager|setIn|setOut|setErr|in|out|err|console"
            + "|inheritedChannel";

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden(Pattern.compile("\\bSystem\\s*\\.\\s*exit\\b"),
                    "calls System.exit, which would stop the whole application"),
            new Forbidden(Pattern.compile("\\bSystem\\s*\\.\\s*(?!exit\\b)(" + SYSTEM_MEMBERS + ")\\b"),
                    "uses System.$1: rules neither print nor read or change the JVM's environment; they insert facts"),
            new Forbidden(Pattern.compile("\\bRuntime\\b"), "uses Runtime, which can run programs or stop the application"),
            new Forbidden(Pattern.compile("\\b(ProcessBuilder|ProcessHandle|Process)\\b"),
                    "uses $1, which runs or controls operating-system processes"),
            new Forbidden(Pattern.compile("\\b(javax?\\s*\\.\\s*(?:io|nio|net))\\b"),
                    "uses $1: rules may not do file or network I/O"),
            new Forbidden(Pattern.compile("\\b(java\\s*\\.\\s*lang\\s*\\.\\s*(?:reflect|invoke))\\b"),
                    "uses reflection ($1)"),
            new Forbidden(Pattern.compile("\\b(Class|ClassLoader|MethodHandles|Unsafe)\\b"), "uses reflection ($1)"),
            new Forbidden(Pattern.compile("(\\.\\s*(?:getClass|getDeclared\\w*|getMethods?|getFields?|getConstructors?"
                    + "|setAccessible|newInstance|getClassLoader)\\s*\\()"), "uses reflection ($1...)"),
            new Forbidden(Pattern.compile("(\\.\\s*class\\s*\\.)"), "uses reflection (a class literal's members)"),
            new Forbidden(Pattern.compile("\\b(Thread|ThreadGroup|SecurityManager|ModuleLayer|StackWalker)\\b"),
                    "uses $1, which reaches outside the rule session"));

    /** A pattern on a fact the application inserts or the rules insert, such as {@code Profile(...)}. */
    private static final Pattern FACT_PATTERN = Pattern.compile(
            "(?<![\\w$.])(Profile|Checking|Promotion|Expectation|Finding|VerdictReached)\\s*\\(");

    /** A qualified class name written in the code, such as {@code java.util.concurrent.Executors}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])((?:[a-z_][\\w]*\\s*\\.\\s*)+[A-Z][\\w]*)");
    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^[ \\t]*import\\b.*$");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^[ \\t]*package\\b.*$");

    private RuleLint() {
    }

    /** Every problem in the file, each with its line. */
    static List<RuleCompiler.Problem> check(RuleFile file, DrlOutline outline) {
        List<RuleCompiler.Problem> problems = new ArrayList<>();
        for (DrlOutline.Import imported : outline.imports()) {
            String reason = importProblem(imported);
            if (reason != null) {
                problems.add(new RuleCompiler.Problem(file.path(), imported.line(), reason));
            }
        }
        String code = PACKAGE_LINE.matcher(IMPORT_LINE.matcher(outline.code()).replaceAll(RuleLint::spaces))
                .replaceAll(RuleLint::spaces);
        for (Forbidden forbidden : FORBIDDEN) {
            Matcher matcher = forbidden.pattern().matcher(code);
            while (matcher.find()) {
                String reason = matcher.groupCount() > 0
                        ? forbidden.reason().replace("$1", matcher.group(1).replaceAll("\\s+", ""))
                        : forbidden.reason();
                problems.add(new RuleCompiler.Problem(file.path(), outline.lineAt(matcher.start()),
                        "forbidden in a rule: " + reason));
            }
        }
        for (DrlOutline.Block rule : outline.rules()) {
            checkingProblem(file, outline, rule).ifPresent(problems::add);
        }
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            String name = qualified.group(1).replaceAll("\\s+", "");
            if (!ALLOWED_TYPES.contains(name) && !name.matches("javax?\\.(io|nio|net)\\..*")
                    && !name.matches("java\\.lang\\.(reflect|invoke)\\..*") && looksLikePackage(name)) {
                problems.add(new RuleCompiler.Problem(file.path(), outline.lineAt(qualified.start()),
                        "forbidden in a rule: uses " + name + ", which is outside the fact model" + allowedHint()));
            }
        }
        return problems;
    }

    /**
     * Expectation rules are fired once per rule set for each range of levels, with only the
     * Checking facts present (see Declarations): they may match nothing else, and no other rule
     * may match Checking, which a profile's evaluation does not hold. Reported at the pattern.
     */
    private static Optional<RuleCompiler.Problem> checkingProblem(RuleFile file, DrlOutline outline,
            DrlOutline.Block rule) {
        int conditionsAt = outline.code().indexOf(rule.conditions(), rule.start());
        boolean declares = RuleKind.of(rule.consequence()) == RuleKind.EXPECTATION;
        Matcher pattern = FACT_PATTERN.matcher(rule.conditions());
        boolean matchesChecking = false;
        while (pattern.find()) {
            String type = pattern.group(1);
            matchesChecking |= type.equals("Checking");
            String reason = null;
            if (declares && !type.equals("Checking")) {
                reason = "rule \"" + rule.name() + "\" declares an expectation, so its conditions may match only"
                        + " Checking(level == Level.X), not " + type + ": a level expects the same of every engineer;"
                        + " put what is checked of the engineer in the requirements (atLeast, atMost), or write a"
                        + " trap or a note";
            } else if (!declares && type.equals("Checking")) {
                reason = "rule \"" + rule.name() + "\" matches Checking, which only rules that declare an expectation"
                        + " (Expectation.declaredBy) may match; match Profile, Promotion or Finding instead";
            }
            if (reason != null) {
                return Optional.of(new RuleCompiler.Problem(file.path(),
                        outline.lineAt(Math.max(conditionsAt, 0) + pattern.start()), reason));
            }
        }
        if (declares && !matchesChecking) {
            return Optional.of(new RuleCompiler.Problem(file.path(), rule.line(), "rule \"" + rule.name()
                    + "\" declares an expectation but matches no Checking(level == Level.X): say which level expects it"));
        }
        return Optional.empty();
    }

    private static String importProblem(DrlOutline.Import imported) {
        String target = imported.target();
        if (imported.function()) {
            return FUNCTIONS.contains(target) ? null
                    : "forbidden import: function " + target + " is not one of the rules' functions ("
                            + String.join(", ", FUNCTIONS) + ")";
        }
        if (target.endsWith("*")) {
            return "forbidden import: " + target + " imports a whole package; import the fact types by name"
                    + allowedHint();
        }
        return ALLOWED_TYPES.contains(target) ? null
                : "forbidden import: " + target + " is outside the fact model" + allowedHint();
    }

    private static String allowedHint() {
        return " (rules may use " + FACT_TYPES.stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ", the functions atLeast and atMost, and java.lang's " + String.join(", ", JAVA_LANG) + ")";
    }

    /** "profile.evidence.X" is a fact's field path, not a package: packages start with a known root. */
    private static boolean looksLikePackage(String name) {
        return name.matches("(java|javax|jdk|sun|com|org|net|io|dev|kotlin|groovy|scala)\\..*");
    }

    private static String spaces(java.util.regex.MatchResult match) {
        return " ".repeat(match.group().length());
    }
}
