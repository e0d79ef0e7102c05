package dev.sreladder.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.ladder.Ladder;

/**
 * How a rule file fits its fact model and ladder: it imports only the fact types and the rule
 * API's functions, calls what its model's rules call (with the fix when it is written for another
 * model), declares expectations on Checking facts only, and uses the ladder's words. What the
 * code in the file may do is {@link RuleCheck}'s, on the parsed program.
 */
final class RuleLint {

    static final List<String> JAVA_LANG = List.of("Math", "String", "Integer", "Long", "Double", "Boolean", "Number");

    private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^[ \\t]*import\\b.*$");
    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^[ \\t]*package\\b.*$");

    private RuleLint() {
    }

    /** Every problem in the file, each with its line, for a file written for {@code model}. */
    static List<Problem> check(DrlFile drl, FactModel model, Ladder ladder) {
        RuleFile file = drl.file();
        List<Problem> problems = new ArrayList<>();
        for (ImportDescr imported : drl.imports()) {
            String reason = importProblem(imported.getTarget(), model);
            if (reason != null) {
                problems.add(new Problem(file.path(), imported.getLine(), reason));
            }
        }
        for (FunctionImportDescr imported : drl.functionImports()) {
            String reason = functionImportProblem(imported.getTarget(), model);
            if (reason != null) {
                problems.add(new Problem(file.path(), imported.getLine(), reason));
            }
        }
        String code = PACKAGE_LINE.matcher(IMPORT_LINE.matcher(drl.code()).replaceAll(RuleLint::spaces))
                .replaceAll(RuleLint::spaces);
        otherModelsCalls(drl, code, model, problems);
        for (ParsedRule rule : drl.rules()) {
            checkingProblem(file, rule, model).ifPresent(problems::add);
        }
        problems.addAll(LadderWords.check(drl, model, ladder));
        return problems;
    }

    /**
     * A call another fact model's rules make (Expectation.declaredBy in a set compiled for fact
     * model 2): the file is written for that model, and the message says what this one calls.
     * Unqualified calls of another model need its function imports, which the import check names.
     */
    private static void otherModelsCalls(DrlFile drl, String code, FactModel model,
            List<Problem> problems) {
        for (FactModel other : FactModel.values()) {
            if (other == model) {
                continue;
            }
            for (String call : other.calls()) {
                if (!call.contains(".") || model.calls().contains(call)) {
                    continue;
                }
                Matcher matcher = FactModel.callPattern(call).matcher(code);
                while (matcher.find()) {
                    problems.add(new Problem(drl.file().path(), drl.lineAt(matcher.start()),
                            writtenFor(other, model) + call + "(...) " + insteadOf(other, call, model)));
                }
            }
        }
    }

    private static String writtenFor(FactModel other, FactModel model) {
        return "written for fact model " + other.version() + ", not " + model.version() + ": ";
    }

    /** What {@code model}'s rules call instead of {@code other}'s {@code call}. */
    private static String insteadOf(FactModel other, String call, FactModel model) {
        for (RuleKind kind : List.of(RuleKind.EXPECTATION, RuleKind.TRAP, RuleKind.NOTE, RuleKind.VERDICT)) {
            if (other.call(kind).equals(call)) {
                String replacement = model.call(kind);
                return "is gone; use " + replacement + "(drools, ...)" + model.functions().stream()
                        .filter(function -> function.endsWith("." + replacement)).findFirst()
                        .map(function -> " (import function " + function + ";)").orElse("");
            }
        }
        return "is gone; fact model " + model.version() + " assesses expectations outside the rules:"
                + " remove the rules that assess them";
    }

    private static String functionImportProblem(String target, FactModel model) {
        if (model.functions().contains(target)) {
            return null;
        }
        String name = target.substring(target.lastIndexOf('.') + 1);
        // The newest model that had the function: what a file importing it is most likely written for.
        List<FactModel> newestFirst = new ArrayList<>(List.of(FactModel.values()));
        java.util.Collections.reverse(newestFirst);
        for (FactModel other : newestFirst) {
            if (other.functions().contains(target)) {
                return writtenFor(other, model) + "function " + target + " is gone; " + model.functions().stream()
                        .filter(function -> function.endsWith("." + name)).findFirst()
                        .map(function -> "import function " + function + ";")
                        .orElse("import the rule functions of fact model " + model.version() + ": "
                                + String.join(", ", model.functions()));
            }
        }
        // What the rules may import is said once, after all the refusals (RuleCompiler).
        return "forbidden import: function " + target + " is not one of the rules' functions";
    }
    /**
     * Expectation rules are fired once per rule set for each range of levels, with only the
     * Checking facts present (see Declarations): they may match nothing else, and no other rule
     * may match Checking, which a profile's evaluation does not hold. Reported at the pattern.
     */
    private static Optional<Problem> checkingProblem(RuleFile file, ParsedRule rule, FactModel model) {
        boolean declares = model.kindOf(rule.consequence()) == RuleKind.EXPECTATION;
        boolean matchesChecking = false;
        for (ParsedRule.FactPattern pattern : rule.patterns()) {
            String type = pattern.type();
            matchesChecking |= type.equals("Checking");
            String reason = null;
            if (declares && !type.equals("Checking")) {
                reason = "rule \"" + rule.name() + "\" declares an expectation, so its conditions may match only"
                        + " " + checkingExample(model) + ", not " + type
                        + ": a level expects the same of every engineer;"
                        + " put what is checked of the engineer in the requirements (atLeast, atMost), or write a"
                        + " trap or a note";
            } else if (!declares && type.equals("Checking")) {
                reason = "rule \"" + rule.name() + "\" matches Checking, which only rules that declare an expectation"
                        + " (" + model.call(RuleKind.EXPECTATION) + "(...)) may match; match Profile, Promotion or"
                        + " Finding instead";
            }
            if (reason != null) {
                return Optional.of(new Problem(file.path(), pattern.line(), reason));
            }
        }
        if (declares && !matchesChecking) {
            return Optional.of(new Problem(file.path(), rule.line(), "rule \"" + rule.name()
                    + "\" declares an expectation but matches no " + checkingExample(model) + ":"
                    + " say which level expects it"));
        }
        return Optional.empty();
    }

    private static String checkingExample(FactModel model) {
        return model.isArticles() ? "Checking(level == Level.X)" : "Checking(level == \"X\")";
    }

    private static String importProblem(String target, FactModel model) {
        if (target.endsWith("*")) {
            return "forbidden import: " + target + " imports a whole package; import the fact types by name";
        }
        return allowedTypes(model).contains(target) ? null
                : "forbidden import: " + target + " is outside the fact model";
    }

    /** The fact types and java.lang basics the model's rules may import or name. */
    private static Set<String> allowedTypes(FactModel model) {
        return Stream.concat(model.types().stream(), JAVA_LANG.stream().map(name -> "java.lang." + name))
                .collect(Collectors.toSet());
    }

    private static String spaces(java.util.regex.MatchResult match) {
        return " ".repeat(match.group().length());
    }
}
