package dev.sreladder.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mvel2.CompileException;

import dev.sreladder.evaluation.RuleBounds;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.profile.Profile;
import dev.sreladder.system.LadderException;

/**
 * What went wrong when a rule set was tried, told at the rule as "path:line: message" with the
 * fix: a consequence that threw, a loop, a verdict count, a condition that cannot be evaluated
 * (found by its text in the rule files).
 */
public final class TrialFailures {

    private static final Pattern CONSTRAINT = Pattern.compile(
            "Error evaluating constraint '(.*)' in \\[Rule \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TEXT_LITERAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern INPUT_STRING = Pattern.compile("For input string: \"([^\"]*)\"");

    private TrialFailures() {
    }

    /** What the evaluator refused, told at the rule: a consequence that threw, a loop, a verdict count. */
    static Problem explain(RuleSet rules, LadderException e, Firings firings, Profile profile,
            String name) {
        if (firings.firing != null) {
            // The evaluator's "rule "…" failed for <id>: <cause>", said here of the profile as the trial names it.
            String said = "rule \"" + firings.firing + "\" failed for " + profile.id() + ": ";
            String message = e.getMessage();
            return failed(rules, firings.firing, name, message.startsWith(said) ? message.substring(said.length())
                    : message);
        }
        if (firings.total >= RuleBounds.MAX_FIRINGS) {
            Map.Entry<String, Integer> most = firings.counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            return at(rules, most.getKey(), "rule \"" + most.getKey() + "\" fired " + most.getValue()
                    + " of " + firings.total + " times for " + name + " and the rules never finished: it re-triggers"
                    + " itself (it inserts a fact that its own conditions match again, such as a note on every"
                    + " Finding); narrow its conditions so that what it inserts no longer matches them");
        }
        List<RuleInfo> verdictRules = rules.rules().stream().filter(rule -> rule.kind() == RuleKind.VERDICT).toList();
        List<RuleInfo> reached = verdictRules.stream().filter(rule -> firings.counts.containsKey(rule.name()))
                .toList();
        Optional<RuleInfo> repeated = reached.stream().filter(rule -> firings.counts.get(rule.name()) > 1)
                .findFirst();
        if (repeated.isPresent()) {
            RuleInfo twice = repeated.get();
            return new Problem(twice.file(), twice.line(), "rule \"" + twice.name() + "\" reached a"
                    + " verdict " + firings.counts.get(twice.name()) + " times for " + name + "; a verdict rule must"
                    + " fire once per profile: match findings with exists, not or accumulate, not one by one");
        }
        if (reached.size() >= 2) {
            RuleInfo last = reached.get(reached.size() - 1);
            return new Problem(last.file(), last.line(), "rules "
                    + String.join(" and ", reached.stream().map(rule -> "\"" + rule.name() + "\" ("
                            + rule.location() + ")").toList())
                    + " each reached a verdict for " + name + "; exactly one verdict rule must fire for any profile:"
                    + " make their conditions exclude each other");
        }
        if (reached.isEmpty() && e.getMessage().contains(" reached 0 verdicts")) {
            if (verdictRules.isEmpty()) {
                RuleInfo first = rules.rules().get(0);
                return new Problem(first.file(), 1, "no rule reaches a verdict (insert("
                        + "verdictReached(drools, Verdict.X))): every profile needs exactly one verdict");
            }
            RuleInfo first = verdictRules.get(0);
            return new Problem(first.file(), first.line(), "no verdict rule fired for "
                    + name + " (verdict rules: " + String.join(", ", verdictRules.stream().map(rule -> "\""
                            + rule.name() + "\" (" + rule.location() + ")").toList())
                    + "); every profile needs exactly one verdict: cover it with one of them");
        }
        RuleInfo first = rules.rules().get(0);
        return new Problem(first.file(), 1, "the rules fail for " + name + ": " + e.getMessage());
    }

    static Problem failed(RuleSet rules, String rule, String name, String what) {
        return at(rules, rule, "rule \"" + rule + "\" throws for " + name + ": " + what);
    }

    static Problem at(RuleSet rules, String rule, String message) {
        Optional<RuleInfo> info = rules.rule(rule);
        return info.map(found -> new Problem(found.file(), found.line(), message))
                .orElseGet(() -> new Problem(rules.rules().get(0).file(), 1, message));
    }

    static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * A failure outside the evaluator's own checks (a condition that could not be evaluated), as
     * "path:line: message" at the rule: for {@code rules impact}, which reports it per profile.
     */
    public static String failure(RuleSet rules, RuntimeException e, String name) {
        return constraintProblem(rules, e, name).toString();
    }

    /**
     * A condition that failed while facts were matched: Drools names the rule when evaluating it
     * threw ("Error evaluating constraint '…' in [Rule "…" in …]"), not when MVEL could not compile it
     * (a value compared with text); either way the condition's text is found in the rule files.
     */
    static Problem constraintProblem(RuleSet rules, RuntimeException e, String name) {
        String expression = null;
        String rule = null;
        Matcher named = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        if (named.find()) {
            expression = named.group(1);
            rule = named.group(2).replace("\\\"", "\"");
        }
        for (Throwable cause = e; cause != null && expression == null; cause = cause.getCause()) {
            if (cause instanceof CompileException compile && compile.getExpr() != null) {
                expression = new String(compile.getExpr()).strip();
            }
        }
        Throwable root = rootOf(e);
        if (expression == null) {
            return new Problem(rules.rules().get(0).file(), 1, "the rules fail for " + name + ": "
                    + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()));
        }
        String why = whyItFails(expression, root);
        Optional<Problem> found = locate(rules, expression, rule, name, why);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "the condition '" + expression + "' fails for " + name + ": " + why;
        return rule != null ? at(rules, rule, "rule \"" + rule + "\": " + message)
                : new Problem(rules.rules().get(0).file(), 1, message);
    }

    private static String whyItFails(String expression, Throwable root) {
        String literal = null;
        Matcher input = INPUT_STRING.matcher(String.valueOf(root.getMessage()));
        if (input.find()) {
            literal = input.group(1);
        }
        if (literal == null) {
            // The last text in the condition is what it compares with; value("key") names a key first.
            Matcher text = TEXT_LITERAL.matcher(expression);
            while (text.find()) {
                literal = text.group(1) != null ? text.group(1) : text.group(2);
            }
        }
        if ((root instanceof NumberFormatException || root instanceof ClassCastException) && literal != null) {
            return "it compares a number with the text \"" + literal + "\"; a profile's values (value(\"key\"),"
                    + " yearsInLevel) are numbers: compare them with a number, such as 0.5, without quotes";
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** The condition's own line, in the rule that holds it (the one named, else any). */
    private static Optional<Problem> locate(RuleSet rules, String expression, String rule, String name,
            String why) {
        Pattern written = writtenAs(expression);
        for (RuleFile file : rules.files()) {
            if (file.isLadder()) {
                continue;
            }
            List<RuleInfo> inFile = rules.rules().stream().filter(info -> info.file().equals(file.path()))
                    .sorted(Comparator.comparingInt(RuleInfo::line)).toList();
            Matcher matcher = written.matcher(file.content());
            while (matcher.find()) {
                int line = lineAt(file.content(), matcher.start());
                RuleInfo holder = null;
                for (RuleInfo info : inFile) {
                    if (info.line() <= line) {
                        holder = info;
                    }
                }
                if (holder != null && (rule == null || holder.name().equals(rule))) {
                    return Optional.of(new Problem(file.path(), line, "rule \"" + holder.name()
                            + "\": the condition " + expression + " cannot be evaluated for " + name + ": " + why));
                }
            }
        }
        return Optional.empty();
    }

    /** The expression as it may be written: any white space between its characters. */
    private static Pattern writtenAs(String expression) {
        StringBuilder regex = new StringBuilder();
        for (char c : expression.replaceAll("\\s+", "").toCharArray()) {
            regex.append(regex.length() == 0 ? "" : "\\s*").append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
