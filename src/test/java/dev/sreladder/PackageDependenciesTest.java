package dev.sreladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The architecture as the sources state it: which feature package uses which, read from the
 * import statements (and fully qualified names) of src/main. No two packages may depend on each
 * other, directly or through others, and the shell holds commands and rendering, never SQL.
 */
class PackageDependenciesTest {

    static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "dev.sreladder";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    /** An import, or a qualified name in the code: dev.sreladder.feature.Type. */
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.sreladder\\.([a-z][a-z0-9_]*)\\.[A-Z*]");

    /** One source file: its feature package (ROOT for the root) and the text without comments or strings. */
    record Source(Path file, String feature, String code) {
    }

    @Test
    void shouldHaveNoCycleAmongTheFeaturePackages() throws IOException {
        Map<String, Map<String, Set<String>>> uses = dependencies(sources(SOURCES));

        assertThat(cycles(uses)).as("package cycles (each with the files that make its first step)").isEmpty();
    }

    @Test
    void shouldKeepSqlAndStorageOutOfTheShell() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Source source : sources(SOURCES)) {
            if (!source.feature().equals("shell")) {
                continue;
            }
            String text = Files.readString(source.file());
            String lower = text.toLowerCase(Locale.ROOT);
            for (String word : List.of("jdbcclient", "jdbc", "select ", "insert into", "dev.sreladder.database",
                    "dev.sreladder.storage")) {
                if (lower.contains(word)) {
                    offences.add(SOURCES.relativize(source.file()) + " contains '" + word + "'");
                }
            }
        }

        assertThat(offences).as("the shell parses, calls a service and renders; SQL belongs to the features")
                .isEmpty();
    }

    @Test
    void shouldLayerTheShellCommandsOverRenderersAndTerminal() throws IOException {
        Map<String, List<String>> mayNotUse = Map.of(
                ROOT + ".shell.render", List.of(ROOT + ".shell.command.", ROOT + ".shell.terminal."),
                ROOT + ".shell.terminal", List.of(ROOT + ".shell.command."));
        List<String> offences = new ArrayList<>();
        for (Source source : sources(SOURCES)) {
            Matcher declared = PACKAGE.matcher(Files.readString(source.file()));
            String name = declared.find() ? declared.group(1) : "";
            for (String forbidden : mayNotUse.getOrDefault(name, List.of())) {
                if (source.code().contains(forbidden)) {
                    offences.add(SOURCES.relativize(source.file()) + " uses " + forbidden + "*");
                }
            }
        }

        assertThat(mayNotUse.keySet()).allSatisfy(name -> assertThat(SOURCES.resolve(name.replace('.', '/')))
                .isDirectory());
        assertThat(offences).as("shell/command uses render and terminal; terminal uses render; never back")
                .isEmpty();
    }

    @Test
    void shouldKeepSystemALeafEveryFeatureMayUse() throws IOException {
        Map<String, Map<String, Set<String>>> uses = dependencies(sources(SOURCES));

        assertThat(uses.getOrDefault("system", Map.of()).keySet()).as("packages system/ uses").isEmpty();
    }

    @Test
    void shouldKeepEvaluationFreeOfTheToolchainThatFeedsIt() throws IOException {
        Map<String, Map<String, Set<String>>> uses = dependencies(sources(SOURCES));

        assertThat(uses.getOrDefault("evaluation", Map.of()).keySet())
                .as("what runs for one profile never reaches the rule-folder toolchain or the tools built on it")
                .doesNotContain("rules", "maintenance", "planning", "audit", "report", "shell");
    }

    @Test
    void shouldNameEveryPackageInTheReadme() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Source source : sources(SOURCES)) {
            String folder = SOURCES.resolve(ROOT.replace('.', '/')).relativize(source.file().getParent()).toString();
            if (!folder.isEmpty()) {
                packages.add(folder.replace('\\', '/') + "/");
            }
        }
        Set<String> named = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z/]+/)` \\|")
                .matcher(Files.readString(Path.of("docs/developers.md")));
        while (row.find()) {
            named.add(row.group(1));
        }

        assertThat(named).as("the packages docs/developers.md's 'Where things are' names").isEqualTo(packages);
    }

    @Test
    void shouldNameACycleWhenThereIsOne() {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        uses.put("a", new TreeMap<>(Map.of("b", Set.of("a/A.java"))));
        uses.put("b", new TreeMap<>(Map.of("c", Set.of("b/B.java"))));
        uses.put("c", new TreeMap<>(Map.of("a", Set.of("c/C.java"))));
        uses.put("d", new TreeMap<>(Map.of("a", Set.of("d/D.java"))));

        assertThat(cycles(uses)).containsExactly("a → b → c → a (a → b in [a/A.java])");
    }

    static List<Source> sources(Path root) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher declared = PACKAGE.matcher(text);
                String name = declared.find() ? declared.group(1) : "";
                sources.add(new Source(file, feature(name), withoutCommentsAndStrings(text)));
            }
        }
        return sources;
    }

    /** The first package segment under dev.sreladder ("shell" for dev.sreladder.shell.x), or ROOT. */
    static String feature(String packageName) {
        if (packageName.equals(ROOT) || !packageName.startsWith(ROOT + ".")) {
            return ROOT;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    /** For each package, the packages it uses, each with the files that use it. */
    static Map<String, Map<String, Set<String>>> dependencies(List<Source> sources) {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        for (Source source : sources) {
            Matcher reference = REFERENCE.matcher(source.code());
            while (reference.find()) {
                String used = reference.group(1);
                if (!used.equals(source.feature())) {
                    uses.computeIfAbsent(source.feature(), feature -> new TreeMap<>())
                            .computeIfAbsent(used, feature -> new TreeSet<>())
                            .add(SOURCES.relativize(source.file()).toString());
                }
            }
        }
        return uses;
    }

    /** Every cycle found, once each, as "a → b → a (a → b in [files])"; empty when there is none. */
    static List<String> cycles(Map<String, Map<String, Set<String>>> uses) {
        Set<String> reported = new TreeSet<>();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> path = shortestPathBack(uses, start);
            if (path.isEmpty()) {
                continue;
            }
            String key = String.join(",", new TreeSet<>(path));
            if (reported.add(key)) {
                cycles.add(String.join(" → ", path) + " (" + path.get(0) + " → " + path.get(1) + " in "
                        + uses.get(path.get(0)).get(path.get(1)) + ")");
            }
        }
        return cycles;
    }

    /** The shortest way from start back to start (start, …, start), or empty. */
    private static List<String> shortestPathBack(Map<String, Map<String, Set<String>>> uses, String start) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String next : uses.getOrDefault(start, Map.of()).keySet()) {
            if (!cameFrom.containsKey(next)) {
                cameFrom.put(next, start);
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            if (current.equals(start)) {
                List<String> path = new ArrayList<>();
                String step = start;
                do {
                    path.add(0, step);
                    step = cameFrom.get(step);
                } while (!step.equals(start));
                path.add(0, start);
                return path;
            }
            for (String next : uses.getOrDefault(current, Map.of()).keySet()) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    /** The code with comments, string and text-block literals blanked, so prose cannot make a dependency. */
    static String withoutCommentsAndStrings(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\n])*\"", "\"\"")
                .replaceAll("(?m)//.*$", " ");
    }
}
