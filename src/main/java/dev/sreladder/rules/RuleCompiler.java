package dev.sreladder.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import dev.sreladder.evaluation.FactModel;
import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleKind;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.LadderFile;
import dev.sreladder.system.LadderException;

/**
 * Compiles DRL files into a {@link RuleSet}. A set with any error is refused whole: the errors
 * come back as "path:line: message" lines and no partial rule set is ever returned. Every start,
 * reload, validation, impact run and replay comes through here, so the checks ({@link RuleCheck},
 * {@link RuleLint}) and the metadata check apply to all of them: a rule set that fails any never
 * serves, and nothing of it compiles before the checks pass.
 */
public final class RuleCompiler {

    private static final String RESOURCE_DIR = "src/main/resources/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RULE_COMPILATION_ERROR = "Rule Compilation error";

    /** Compiles files written for the current fact model (a rules folder, the defaults). */
    public RuleSet compile(List<RuleFile> files, String origin) {
        return compile(files, origin, FactModel.CURRENT);
    }

    /**
     * Compiles files written for {@code model} (a stored rule set), or throws a bad-input
     * {@link LadderException} listing every error. The rule set keeps the files as written; Drools
     * is handed {@link FactModel#compiledText} of each, which keeps every line where it was.
     */
    public RuleSet compile(List<RuleFile> files, String origin, FactModel model) {
        return compile(files, origin, model, true);
    }

    /**
     * Compiles without the rule check ({@link RuleCheck}), for the tests of what the check makes
     * impossible: that {@link RuleBounds} still stops a rule that loops, recurses or exhausts memory.
     * Never called by the product: every command compiles through {@link #compile}.
     */
    RuleSet compileWithoutTheCheck(List<RuleFile> files, String origin) {
        return compile(files, origin, FactModel.CURRENT, false);
    }

    private RuleSet compile(List<RuleFile> files, String origin, FactModel model, boolean checked) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::fileName)).toList();
        List<RuleFile> drlFiles = sorted.stream().filter(file -> !file.isLadder()).toList();
        if (drlFiles.isEmpty()) {
            throw LadderException.badInput("no rule files (*.drl) in " + origin);
        }
        List<Problem> problems = new ArrayList<>();
        Ladder ladder = ladderOf(sorted, model, problems, origin);
        // The checks come first: nothing of a file is handed to Drools (or javac) until they pass.
        List<DrlFile> parsed = new ArrayList<>();
        for (RuleFile file : drlFiles) {
            DrlFile drl = DrlFile.parse(file);
            parsed.add(drl);
            problems.addAll(RuleLint.check(drl, model, ladder));
        }
        if (checked) {
            problems.addAll(RuleCheck.check(parsed, model));
        }
        if (!problems.isEmpty()) {
            boolean forbidden = problems.stream().anyMatch(problem -> problem.message().startsWith("forbidden"));
            throw refused(origin, problems, forbidden ? RuleVocabulary.of(model).hint() : null);
        }
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.sreladder.rules", "ruleset-" + UUID.randomUUID(),
                "1." + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byResource = new LinkedHashMap<>();
        for (RuleFile file : drlFiles) {
            String resource = RESOURCE_DIR + file.fileName();
            byResource.put(resource, file);
            fileSystem.write(resource, model.compiledText(file.content()));
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        problems.addAll(errors(builder.getResults().getMessages(Message.Level.ERROR), byResource, model));
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw refused(origin, problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        // The container keeps what it needs; the repository copy would only pile up across reloads.
        services.getRepository().removeKieModule(releaseId);
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : container.getKieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleInfo info = describe(rule, parsed, model, ladder);
                rules.add(info);
                if (info.code() == null || info.section() == null) {
                    problems.add(new Problem(info.file(), info.line(), "rule \"" + rule.getName() + "\" has no "
                            + (info.code() == null ? "@code(...)" : "@section(...)")
                            + " metadata; every rule needs @code(\"...\") and @section(\"...\") before 'when'"));
                }
            }
        }
        if (!model.isArticles()) {
            problems.addAll(duplicateCodes(rules));
        }
        if (!problems.isEmpty()) {
            container.dispose();
            throw refused(origin, problems);
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return new RuleSet(sorted, fingerprint(sorted), origin, model, ladder, container, rules);
    }

    /**
     * A code a rule shares with another rule of the same file for the same level: the two would be
     * one finding to a reader (shown as both GAP and MET), so the second is refused where it is
     * written. Fact models 1 and 2 replay as they were accepted.
     */
    private static List<Problem> duplicateCodes(List<RuleInfo> rules) {
        Map<List<String>, RuleInfo> first = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> inOrder = rules.stream().filter(rule -> rule.code() != null)
                .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line)).toList();
        for (RuleInfo rule : inOrder) {
            List<String> key = List.of(rule.file(), String.valueOf(rule.level()), rule.code());
            RuleInfo earlier = first.putIfAbsent(key, rule);
            if (earlier != null) {
                problems.add(new Problem(rule.file(), rule.line(), "rule \"" + rule.name() + "\" has the code \""
                        + rule.code() + "\" of rule \"" + earlier.name() + "\" (line " + earlier.line() + ")"
                        + (rule.level() == null ? "" : " for the same level " + rule.level())
                        + ": a code names one finding, so each rule of a level needs its own @code(...)"));
            }
        }
        return problems;
    }

    /**
     * The ladder of the set: its ladder file, else the article's. Fact models 1 and 2 knew no ladder
     * files. A broken ladder file refuses the set alone: checked against any other ladder, every key
     * and level its rules use would be one more error, drowning the one that matters.
     */
    private static Ladder ladderOf(List<RuleFile> files, FactModel model, List<Problem> problems, String origin) {
        for (RuleFile file : files) {
            if (!file.isLadder()) {
                continue;
            }
            if (model.isArticles()) {
                problems.add(new Problem(file.path(), 1, "fact model " + model.version()
                        + " has no ladder file; its rules are for the article's ladder"));
                return Ladder.article();
            }
            LadderFile.Parsed parsed = LadderFile.parse(file.path(), file.content());
            if (parsed.ladder() == null) {
                throw refused(origin, parsed.problems().stream()
                        .map(problem -> new Problem(problem.path(), problem.line(), problem.message())).toList(),
                        LadderFile.UNCHECKED_RULES);
            }
            return parsed.ladder();
        }
        return Ladder.article();
    }

    private static LadderException refused(String origin, List<Problem> problems) {
        return refused(origin, problems, null);
    }

    /** Every problem on a line of its own, then {@code closing} (what rules may use) once, if any. */
    private static LadderException refused(String origin, List<Problem> problems, String closing) {
        List<String> lines = new ArrayList<>(Problem.lines(problems));
        if (closing != null) {
            lines.add(closing);
        }
        return LadderException.badInput("the rules in " + origin + " do not compile:\n" + String.join("\n", lines));
    }

    /**
     * The rule as maintainers see it: code and section from its metadata; file, line, kind, level and
     * what it reads from the parsed file that holds a rule of its package and name.
     */
    private static RuleInfo describe(Rule rule, List<DrlFile> files, FactModel model, Ladder ladder) {
        String code = blankToNull(RuleInfo.metadata(rule, "code"));
        String section = blankToNull(RuleInfo.metadata(rule, "section"));
        for (DrlFile file : files) {
            if (!file.packageName().equals(rule.getPackageName())) {
                continue;
            }
            for (ParsedRule parsed : file.rules()) {
                if (parsed.name().equals(rule.getName())) {
                    return new RuleInfo(rule.getName(), code, model.kindOf(parsed.consequence()),
                            parsed.level(ladder), section, file.file().path(), parsed.line(), parsed.reads(ladder),
                            RuleTriggers.of(parsed.when(), ladder));
                }
            }
        }
        return new RuleInfo(rule.getName(), code, RuleKind.OTHER, null, section, rule.getPackageName(), 1, List.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A fingerprint as people read it: "sha256:" and the first 12 hex digits, "…". */
    public static String abbreviate(String fingerprint) {
        int shown = "sha256:".length() + 12;
        return fingerprint.length() > shown ? fingerprint.substring(0, shown) + "…" : fingerprint;
    }

    /** "sha256:" + the digest of each file's name and content, in name order. */
    public static String fingerprint(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(RuleFile::fileName)).forEach(file -> {
                digest.update(file.fileName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem> errors(List<Message> messages, Map<String, RuleFile> byResource, FactModel model) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> inConsequences = null;
        for (Message message : messages) {
            String text = message.getText() == null ? "" : message.getText().strip();
            // Drools adds this after every parse error; it says nothing the first error did not.
            if (text.startsWith("Parser returned a null Package")) {
                continue;
            }
            RuleFile file = message.getPath() == null ? null : byResource.get(RESOURCE_DIR
                    + message.getPath().substring(message.getPath().lastIndexOf('/') + 1));
            String path = file == null ? String.valueOf(message.getPath()) : file.path();
            if (text.startsWith(RULE_COMPILATION_ERROR)) {
                // Drools reports Java errors in a consequence at the line where the rule starts, all in one.
                if (inConsequences == null) {
                    inConsequences = ConsequenceErrors.of(byResource, model);
                }
                List<Problem> ofThisFile = inConsequences.stream().filter(problem -> problem.path().equals(path))
                        .toList();
                if (!ofThisFile.isEmpty()) {
                    errors.addAll(ofThisFile);
                    continue;
                }
                text.substring(RULE_COMPILATION_ERROR.length()).strip().lines().map(JavaProblemText::plain)
                        .forEach(line -> errors.add(new Problem(path, Math.max(message.getLine(), 1),
                                line + " (in the 'then' part of the rule that starts here)")));
                continue;
            }
            String oneLine = String.join(" ", text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
            errors.add(new Problem(path, Math.max(message.getLine(), 1), oneLine));
        }
        return errors;
    }
}
