package dev.sreladder.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.sreladder.evaluation.RuleFile;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;

/** Finds the DRL files to load: a rules folder, or the defaults packaged in the jar. */
public final class RuleSources {

    public static final String PACKAGED = "the default rules packaged in the jar";
    private static final String PACKAGED_PATTERN = "classpath*:default-rules/*.drl";
    private static final String PACKAGED_LADDER = "classpath*:default-rules/" + Ladder.FILE_NAME;

    private RuleSources() {
    }

    /**
     * The folder given with {@code --ladder.rules-dir}, which must exist; else {@code ./rules} when it
     * holds rule files; else the packaged defaults.
     */
    public static List<RuleFile> locate(String configuredDir) {
        if (configuredDir != null && !configuredDir.isBlank()) {
            return fromDirectory(Path.of(configuredDir));
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local) && !drlFiles(local).isEmpty()) {
            return fromDirectory(local);
        }
        return packaged();
    }

    /** Where {@link #locate} reads from, for messages. */
    public static String describe(String configuredDir) {
        if (configuredDir != null && !configuredDir.isBlank()) {
            return configuredDir;
        }
        Path local = Path.of("rules");
        return Files.isDirectory(local) && !drlFiles(local).isEmpty() ? "rules" : PACKAGED;
    }

    /** Every {@code *.drl} file directly in the folder, by name, and its ladder file when it has one. */
    public static List<RuleFile> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw LadderException.badInput("rules folder " + dir + " does not exist or is not a folder");
        }
        List<RuleFile> files = new ArrayList<>();
        for (Path file : drlFiles(dir)) {
            try {
                files.add(new RuleFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw LadderException.badInput("cannot read rule file " + file + ": " + e.getMessage());
            }
        }
        if (files.isEmpty()) {
            throw LadderException.badInput("no rule files (*.drl) in " + dir);
        }
        Path ladder = dir.resolve(Ladder.FILE_NAME);
        if (Files.isRegularFile(ladder)) {
            try {
                files.add(new RuleFile(ladder.toString(), Files.readString(ladder, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw LadderException.badInput("cannot read the ladder file " + ladder + ": " + e.getMessage());
            }
        }
        return files;
    }

    /** Whether the folder holds rules: a rule file (*.drl) or a ladder file, directly in it. */
    public static boolean holdsRules(Path dir) {
        return Files.isDirectory(dir)
                && (!drlFiles(dir).isEmpty() || Files.isRegularFile(dir.resolve(Ladder.FILE_NAME)));
    }

    /** The rules packaged in the jar, as they were in {@code rules/} at build time. */
    public static List<RuleFile> packaged() {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            List<Resource> resources = new ArrayList<>(List.of(resolver.getResources(PACKAGED_PATTERN)));
            resources.addAll(List.of(resolver.getResources(PACKAGED_LADDER)));
            List<RuleFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(new RuleFile("default-rules/" + resource.getFilename(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            files.sort(Comparator.comparing(RuleFile::path));
            return files;
        } catch (IOException e) {
            throw LadderException.internal("cannot read the packaged rules", e);
        }
    }

    private static List<Path> drlFiles(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw LadderException.badInput("cannot list rules folder " + dir + ": " + e.getMessage());
        }
    }
}
