package dev.sreladder.ladder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.ParserMessage;
import dev.sreladder.system.Suggestions;

/**
 * Reads a {@code ladder.yaml} (the format of PRODUCT.md, "The ladder file"). Every mistake is
 * reported with its line, all of them in one pass, so a maintainer fixes a file in one go.
 *
 * <p>On SnakeYAML Engine's node tree, not on Jackson's token stream as profiles are read
 * ({@code ProfileReader}): the checks cross sections ({@code backedBy} names keys declared under
 * competencies and evidence anywhere in the file), and every node keeps its line. Both read with
 * the same SnakeYAML Engine underneath; the pom says why two front ends.
 */
public final class LadderFile {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LEVEL = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final List<String> TOP_KEYS = List.of("ladder", "title", "levels", "scale", "competencies",
            "evidence", "waivable", "backedBy");
    private static final Map<String, ProfileKey.Scale> KINDS = Map.of("count", ProfileKey.Scale.COUNT,
            "share", ProfileKey.Scale.SHARE, "number", ProfileKey.Scale.NUMBER);
    private static final int MAX_BYTES = 256 * 1024;

    /** Said after a broken ladder file's problems: the rules wait for it, so their errors would only be noise. */
    public static final String UNCHECKED_RULES = "(the rules are checked against their ladder once "
            + Ladder.FILE_NAME + " reads; fix it first)";

    /** A ladder, or the problems that keep a file from being one. */
    public record Parsed(Ladder ladder, List<LadderProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    private final String path;
    private final List<LadderProblem> problems = new ArrayList<>();
    /** By mapping, the keys a misspelt key stands for: the misspelling is the problem, not a missing key. */
    private final Map<Node, Set<String>> misspelt = new IdentityHashMap<>();

    private LadderFile(String path) {
        this.path = path;
    }

    /** The ladder a file declares, or bad input listing every problem with its line. */
    public static Ladder read(String path, String text) {
        Parsed parsed = parse(path, text);
        if (parsed.ladder() == null) {
            throw LadderException.badInput("the ladder file " + path + " is not valid:\n" + String.join("\n",
                    parsed.problems().stream().map(LadderProblem::toString).toList()));
        }
        return parsed.ladder();
    }

    public static Parsed parse(String path, String text) {
        return new LadderFile(path).parse(text);
    }

    private Parsed parse(String text) {
        if (text.length() > MAX_BYTES) {
            problem(1, "the file is larger than " + MAX_BYTES / 1024 + " KiB");
            return new Parsed(null, problems);
        }
        Optional<Node> root;
        try {
            root = compose(text);
        } catch (MarkedYamlEngineException e) {
            // A key without its ':' is found a line late; the key itself is where the parser began the scan.
            Optional<Mark> at = String.valueOf(e.getContext()).contains("simple key") && e.getContextMark().isPresent()
                    ? e.getContextMark() : e.getProblemMark();
            int line = at.map(mark -> mark.getLine() + 1).orElse(1);
            problem(line, "malformed YAML (" + firstLine(e.getProblem()) + "): check the indentation and the ':'"
                    + " after each key");
            return new Parsed(null, problems);
        } catch (YamlEngineException e) {
            problem(1, "malformed YAML (" + firstLine(e.getMessage()) + ")");
            return new Parsed(null, problems);
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
            problem(root.map(LadderFile::line).orElse(1), "a ladder file is a mapping with the keys "
                    + String.join(", ", TOP_KEYS));
            return new Parsed(null, problems);
        }
        Map<String, Node> parts = mapping(top, TOP_KEYS, "key");
        String id = text(parts, "ladder", top);
        if (id != null && !ID.matcher(id).matches()) {
            problem(line(parts.get("ladder")), "the ladder id '" + id + "' must use only a-z, 0-9 and '-'");
        }
        String title = text(parts, "title", top);
        List<String> levels = levels(parts.get("levels"), top);
        List<String> scale = scale(parts.get("scale"), top);
        Map<String, Integer> keyLines = new HashMap<>();
        Map<String, String> competencies = competencies(parts.get("competencies"), top, keyLines);
        Map<String, Map.Entry<ProfileKey.Scale, String>> evidence = evidence(parts.get("evidence"), top, keyLines);
        WaiverPolicy waivable = waivable(parts.get("waivable"));
        Map<String, List<String>> backedBy = backedBy(parts.get("backedBy"), competencies.keySet(),
                evidence.keySet());
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new Ladder(id, title, levels, scale, competencies, evidence, waivable, backedBy), problems);
    }

    private static Optional<Node> compose(String text) {
        LoadSettings settings = LoadSettings.builder().setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0).setCodePointLimit(MAX_BYTES * 2).build();
        return new Compose(settings).composeString(text);
    }

    /**
     * The line of a ladder file (one that reads) where its {@code levels} list names {@code level}; the
     * line of {@code levels} itself when it does not, 1 when there is none: where a problem with that
     * level is reported.
     */
    public static int lineOfLevel(String text, String level) {
        Node root;
        try {
            root = compose(text).orElse(null);
        } catch (YamlEngineException e) {
            return 1;
        }
        if (!(root instanceof MappingNode top)) {
            return 1;
        }
        for (NodeTuple tuple : top.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("levels")) {
                if (tuple.getValueNode() instanceof SequenceNode levels) {
                    for (Node item : levels.getValue()) {
                        if (item instanceof ScalarNode name && name.getValue().equals(level)) {
                            return line(item);
                        }
                    }
                }
                return line(key);
            }
        }
        return 1;
    }

    private List<String> levels(Node node, Node parent) {
        List<String> levels = new ArrayList<>();
        if (node == null) {
            missing(parent, "levels", "missing 'levels': list the levels lowest first, as in levels: [JUNIOR, MID]");
            return levels;
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(line(node), "levels must be a list of level names, lowest first, as in levels: [JUNIOR, MID]");
            return levels;
        }
        for (Node item : sequence.getValue()) {
            String name = scalar(item, "a level name");
            if (name == null) {
                continue;
            }
            if (!LEVEL.matcher(name).matches()) {
                problem(line(item), "the level name '" + name + "' must be upper case: A-Z first, then A-Z, 0-9"
                        + " or '_'");
            } else if (levels.contains(name)) {
                problem(line(item), "the level " + name + " is listed twice; list each level once");
            } else {
                levels.add(name);
            }
        }
        return levels;
    }

    private List<String> scale(Node node, Node parent) {
        List<String> meanings = new ArrayList<>();
        for (NodeTuple tuple : entries(node, parent, "scale", 2,
                "missing 'scale': give the meaning of each rating from 0 up,"
                + " as in 0: no evidence", "scale must map each rating from 0 up (at least 0 and 1) to what it"
                + " means")) {
            String rating = scalar(tuple.getKeyNode(), "a rating");
            String meaning = scalar(tuple.getValueNode(), "what the rating means");
            if (rating == null || meaning == null) {
                continue;
            }
            if (!rating.equals(String.valueOf(meanings.size()))) {
                problem(line(tuple.getKeyNode()), "scale ratings must be the whole numbers 0, 1, 2, … in order;"
                        + " expected " + meanings.size() + " here, not '" + rating + "'");
                return meanings;
            }
            meanings.add(meaning);
        }
        return meanings;
    }

    private Map<String, String> competencies(Node node, Node parent, Map<String, Integer> keyLines) {
        Map<String, String> competencies = new LinkedHashMap<>();
        for (NodeTuple tuple : entries(node, parent, "competencies", 1,
                "missing 'competencies': list each competency key with what"
                + " it rates", "competencies must map each key to what it rates, one per line")) {
            String key = ladderKey(tuple.getKeyNode(), keyLines);
            String meaning = scalar(tuple.getValueNode(), "what the competency rates");
            if (key != null && meaning != null) {
                competencies.put(key, meaning);
            }
        }
        return competencies;
    }

    private Map<String, Map.Entry<ProfileKey.Scale, String>> evidence(Node node, Node parent,
            Map<String, Integer> keyLines) {
        Map<String, Map.Entry<ProfileKey.Scale, String>> evidence = new LinkedHashMap<>();
        for (NodeTuple tuple : entries(node, parent, "evidence", 1,
                "missing 'evidence': list each evidence key with {kind: …,"
                + " meaning: …}", "evidence must map each key to {kind: count|share|number, meaning: …}")) {
            String key = ladderKey(tuple.getKeyNode(), keyLines);
            Node value = tuple.getValueNode();
            if (!(value instanceof MappingNode described)) {
                problem(line(value), "evidence key '" + key + "' needs {kind: count|share|number, meaning: …}");
                continue;
            }
            Map<String, Node> parts = mapping(described, List.of("kind", "meaning"), "evidence part");
            String kind = text(parts, "kind", described);
            String meaning = text(parts, "meaning", described);
            ProfileKey.Scale scale = kind == null ? null : KINDS.get(kind);
            if (kind != null && scale == null) {
                problem(line(parts.get("kind")), "unknown kind '" + kind + "' for '" + key + "' — "
                        + Suggestions.didYouMean(kind, KINDS.keySet(), "use count (a whole number >= 0), share"
                                + " (0 to 1) or number (a decimal >= 0)"));
            }
            if (key != null && scale != null && meaning != null) {
                evidence.put(key, Map.entry(scale, meaning));
            }
        }
        return evidence;
    }

    /** {@code waivable: above-current}; a ladder that says nothing keeps the current level's expectations. */
    private WaiverPolicy waivable(Node node) {
        if (node == null) {
            return WaiverPolicy.ABOVE_CURRENT;
        }
        String word = scalar(node, "none, above-current or any");
        if (word == null) {
            return WaiverPolicy.ABOVE_CURRENT;
        }
        Optional<WaiverPolicy> policy = WaiverPolicy.of(word);
        if (policy.isEmpty()) {
            problem(line(node), "unknown waivable '" + word + "' — " + Suggestions.didYouMean(word,
                    WaiverPolicy.words(), "use none, above-current (the levels above the engineer's own) or any"));
            return WaiverPolicy.ABOVE_CURRENT;
        }
        return policy.get();
    }

    /** {@code backedBy: {resilienceTesting: [gameDays]}}: competencies to the evidence that usually backs them. */
    private Map<String, List<String>> backedBy(Node node, Set<String> competencies,
            Set<String> evidence) {
        Map<String, List<String>> backedBy = new LinkedHashMap<>();
        if (node == null) {
            return backedBy;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "backedBy must map competencies to lists of evidence keys, as in"
                    + " resilienceTesting: [gameDays]");
            return backedBy;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String competency = scalar(tuple.getKeyNode(), "a competency");
            if (competency == null) {
                continue;
            }
            if (!competencies.contains(competency)) {
                problem(line(tuple.getKeyNode()), (evidence.contains(competency) ? "'" + competency
                        + "' is an evidence key; backedBy ties a competency to its evidence"
                        : "unknown competency '" + competency + "' in backedBy — " + Suggestions.didYouMean(
                                competency, competencies, "declare it under competencies first")));
                continue;
            }
            if (backedBy.containsKey(competency)) {
                problem(line(tuple.getKeyNode()), "'" + competency + "' is given twice in backedBy; keep one");
                continue;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                problem(line(tuple.getValueNode()), "backedBy." + competency + " must be a list of evidence keys,"
                        + " as in [gameDays]");
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (Node item : list.getValue()) {
                String key = scalar(item, "an evidence key");
                if (key == null) {
                    continue;
                }
                if (!evidence.contains(key)) {
                    problem(line(item), "unknown evidence key '" + key + "' in backedBy." + competency + " — "
                            + Suggestions.didYouMean(key, evidence, "declare it under evidence first"));
                } else if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
            backedBy.put(competency, keys);
        }
        return backedBy;
    }

    /** A competency or evidence key: camelCase, not a profile field, not declared before. */
    private String ladderKey(Node node, Map<String, Integer> keyLines) {
        String key = scalar(node, "a key");
        if (key == null) {
            return null;
        }
        int line = line(node);
        if (!KEY.matcher(key).matches()) {
            problem(line, "the key '" + key + "' must be camelCase: a-z first, then letters and digits");
            return null;
        }
        if (Ladder.PROFILE_FIELDS.contains(key)) {
            problem(line, "'" + key + "' is one of the profile's own fields; give the key another name");
            return null;
        }
        Integer earlier = keyLines.putIfAbsent(key, line);
        if (earlier != null) {
            problem(line, "the key '" + key + "' is already declared at line " + earlier
                    + "; a key is a competency or an evidence key, once");
            return null;
        }
        return key;
    }

    /**
     * The entries of a section that must map at least {@code least} keys; none, with the problem, if it is
     * missing ({@code missing}, at its parent's line) or is not such a mapping ({@code wrong}, at its own).
     */
    private List<NodeTuple> entries(Node node, Node parent, String key, int least, String missing, String wrong) {
        if (node == null) {
            missing(parent, key, missing);
            return List.of();
        }
        if (!(node instanceof MappingNode mapping) || mapping.getValue().size() < least) {
            problem(line(node), wrong);
            return List.of();
        }
        return mapping.getValue();
    }

    /** The parts of a mapping by key; unknown and repeated keys are problems. */
    private Map<String, Node> mapping(MappingNode mapping, List<String> known, String noun) {
        Map<String, Node> parts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (key == null) {
                continue;
            }
            if (!known.contains(key)) {
                Suggestions.closest(key, known).ifPresent(meant -> misspelt.computeIfAbsent(mapping,
                        node -> new HashSet<>()).add(meant));
                problem(line(tuple.getKeyNode()), "unknown " + noun + " '" + key + "' — "
                        + Suggestions.didYouMean(key, known, "known keys are " + String.join(", ", known)));
            } else if (parts.containsKey(key)) {
                problem(line(tuple.getKeyNode()), "'" + key + "' is given twice; keep one");
            } else {
                parts.put(key, tuple.getValueNode());
            }
        }
        return parts;
    }

    private String text(Map<String, Node> parts, String key, Node parent) {
        Node node = parts.get(key);
        if (node == null) {
            missing(parent, key, "missing '" + key + "'");
            return null;
        }
        String text = scalar(node, "text");
        if (text != null && text.isBlank()) {
            problem(line(node), "'" + key + "' is empty");
            return null;
        }
        return text;
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().getValue().endsWith(":null")) {
            return scalar.getValue().strip();
        }
        problem(line(node), "expected " + what + " here");
        return null;
    }

    /** A required key that is not there, unless a misspelling of it was reported already. */
    private void missing(Node parent, String key, String message) {
        if (!misspelt.getOrDefault(parent, Set.of()).contains(key)) {
            problem(line(parent), message);
        }
    }

    private void problem(int line, String message) {
        problems.add(new LadderProblem(path, line, message));
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(1);
    }

    /** The parser's first line, without the file's content (see {@link ParserMessage}). */
    private static String firstLine(String message) {
        return ParserMessage.of(message);
    }
}
