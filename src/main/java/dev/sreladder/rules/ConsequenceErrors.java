package dev.sreladder.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleFile;

/**
 * The Java errors in rules' {@code then} parts, each at the line of the rule file where it is, in the
 * maintainer's words ({@link JavaProblemText}). The {@code KieBuilder} reports them all as one message at
 * the line where the rule starts; the compiler's own problems, with their lines in the class Drools
 * generates for the consequence, are kept only by a {@link KnowledgeBuilder}, so the files are built
 * again that way. That happens only when a rule set has such an error.
 */
final class ConsequenceErrors {

    /**
     * The line of the generated class that holds the first line of the consequence: Drools 10 writes the
     * package, the imports on one line, the class, its serialVersionUID, a blank line, the method, and the
     * {@code kcontext} and {@code drools} variables first. Every later line of the consequence follows
     * line for line. A line mapped outside the consequence falls back to the rule's own line.
     */
    static final int FIRST_GENERATED_LINE = 9;

    private ConsequenceErrors() {
    }

    /**
     * Every Java problem of every rule's consequence in the files (by the resource each was built
     * as), or an empty list when the build finds none.
     */
    static List<Problem> of(Map<String, RuleFile> byResource, FactModel model) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        byResource.forEach((resource, file) -> batch.add(ResourceFactory.newByteArrayResource(
                model.compiledText(file.content()).getBytes(StandardCharsets.UTF_8)).setSourcePath(resource),
                ResourceType.DRL));
        batch.build();
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (error instanceof DescrBuildError built && built.getObject() instanceof CompilationProblem[] compiled
                    && built.getDescr() instanceof RuleDescr rule && rule.getResource() != null) {
                RuleFile file = byResource.get(rule.getResource().getSourcePath());
                if (file == null) {
                    continue;
                }
                String text = model.compiledText(file.content());
                for (CompilationProblem problem : compiled) {
                    problems.add(new Problem(file.path(), lineOf(problem, rule, text),
                            JavaProblemText.plain(problem.getMessage()) + " (in the 'then' part of rule \""
                                    + rule.getName() + "\")"));
                }
            }
        }
        return problems;
    }

    /** The problem's line in the rule file: the consequence's first line, and as many lines on as in the class. */
    private static int lineOf(CompilationProblem problem, RuleDescr rule, String text) {
        int first = firstLineOf(text, String.valueOf(rule.getConsequence()), rule.getConsequenceLine());
        int last = lastLineOfRule(text, rule);
        int line = first + problem.getStartLine() - FIRST_GENERATED_LINE;
        return first > 0 && line >= first && line <= last ? line : Math.max(rule.getLine(), 1);
    }

    /** The line at or after {@code from} where the consequence's first non-blank line is written; 0 if none. */
    static int firstLineOf(String text, String consequence, int from) {
        String head = consequence.strip().lines().findFirst().orElse("").strip();
        if (head.isEmpty()) {
            return 0;
        }
        int start = offsetOfLine(text, from);
        int found = start < 0 ? -1 : text.indexOf(head, start);
        return found < 0 ? 0 : lineAt(text, found);
    }

    /** The line of the rule's {@code end}, or the last line of the file when it cannot be told. */
    private static int lastLineOfRule(String text, RuleDescr rule) {
        int end = rule.getEndLine();
        return end > 0 ? end : lineAt(text, text.length());
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int at = 1; at < line && offset >= 0; at++) {
            int newline = text.indexOf('\n', offset);
            offset = newline < 0 ? -1 : newline + 1;
        }
        return offset;
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
