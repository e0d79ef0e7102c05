package dev.sreladder.evaluation;

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
import org.kie.api.runtime.KieContainer;

import dev.sreladder.system.LadderException;

/**
 * Compiles DRL files into a {@link RuleSet}. A set with any error is refused whole: the errors
 * come back as "path:line: message" lines and no partial rule set is ever returned.
 */
public final class RuleCompiler {

    private static final String RESOURCE_DIR = "src/main/resources/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    /** Compiles the files, or throws a bad-input {@link LadderException} listing every error. */
    public RuleSet compile(List<RuleFile> files, String origin) {
        if (files.isEmpty()) {
            throw LadderException.badInput("no rule files (*.drl) in " + origin);
        }
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::fileName)).toList();
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.sreladder.rules", "ruleset-" + UUID.randomUUID(),
                "1." + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, RuleFile> byResource = new LinkedHashMap<>();
        for (RuleFile file : sorted) {
            String resource = RESOURCE_DIR + file.fileName();
            byResource.put(resource, file);
            fileSystem.write(resource, file.content());
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<String> errors = errors(builder.getResults().getMessages(Message.Level.ERROR), byResource);
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw LadderException.badInput("the rules in " + origin + " do not compile:\n" + String.join("\n", errors));
        }
        KieContainer container = services.newKieContainer(releaseId);
        // The container keeps what it needs; the repository copy would only pile up across reloads.
        services.getRepository().removeKieModule(releaseId);
        return new RuleSet(sorted, fingerprint(sorted), origin, container);
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

    private static List<String> errors(List<Message> messages, Map<String, RuleFile> byResource) {
        List<String> errors = new ArrayList<>();
        for (Message message : messages) {
            String text = message.getText() == null ? "" : message.getText().strip();
            // Drools adds this after every parse error; it says nothing the first error did not.
            if (text.startsWith("Parser returned a null Package")) {
                continue;
            }
            RuleFile file = message.getPath() == null ? null : byResource.get(RESOURCE_DIR
                    + message.getPath().substring(message.getPath().lastIndexOf('/') + 1));
            String path = file == null ? String.valueOf(message.getPath()) : file.path();
            String oneLine = String.join(" ", text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
            if (oneLine.startsWith("Rule Compilation error")) {
                // Drools reports Java errors in a consequence at the line where the rule starts.
                oneLine += " (in the 'then' part of the rule that starts here)";
            }
            String line = message.getLine() > 0 ? Integer.toString(message.getLine()) : "1";
            errors.add(path + ":" + line + ": " + oneLine);
        }
        return errors.stream().distinct().toList();
    }
}
