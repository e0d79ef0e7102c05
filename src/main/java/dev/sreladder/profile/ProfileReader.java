package dev.sreladder.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.ParserMessage;
import dev.sreladder.system.Suggestions;

/**
 * Reads the profile YAML format of the product contract. Every problem is a one-line
 * {@link LadderException} naming the file, the line and the fix; values are never echoed
 * beyond the key and a short number, since profiles are personnel data.
 *
 * <p>This class takes a file to text (size, UTF-8, layout) and refuses what the YAML reader cannot
 * read; {@link ProfileFields} reads the top mapping, {@link LadderValues} and {@link CodeSections}
 * its sections, {@link MappingKeys} every mapping's keys, {@link ProfileTokens} each value.
 */
public final class ProfileReader {

    public static final int MAX_BYTES = 256 * 1024;

    /**
     * The deepest nesting read: a profile nests four levels (evidence, gameDays, an item, its keys);
     * anything far deeper is not a profile, and is refused in one line before it costs anything.
     */
    public static final int MAX_DEPTH = 20;

    /** How many entries of a folder "did you mean" looks at for a missing file: a folder may be huge. */
    private static final int FOLDER_FILES_LOOKED_AT = 1000;

    private static final Pattern NOT_IN_ID = Pattern.compile("[^a-z0-9-]");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    // Jackson's token stream over SnakeYAML Engine, not the engine's node tree as LadderFile reads: typed
    // tokens, a nesting limit, and a tag or anchor caught at its line before anything is built (pom.xml says
    // why two). Duplicate keys are reported by the reader itself, with both lines.
    private final YAMLFactory yaml = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_BYTES * 2).build())
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /**
     * " — did you mean samples/maya-chen.yaml?" when a file beside where the missing one would be has a
     * close name (maya-chen.yml); empty otherwise. Only the first files of a folder are looked at.
     */
    private static String nearestFile(Path file) {
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (name == null || folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.limit(FOLDER_FILES_LOOKED_AT).filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString()).toList();
            return Suggestions.closest(name.toString(), names)
                    .map(closest -> " — did you mean " + file.resolveSibling(closest) + "?").orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Reads a profile file against a ladder: its levels, its keys, its scale and its kinds. */
    public ProfileDocument read(Path file, Ladder ladder) {
        String shown = file.toString();
        byte[] bytes;
        try {
            bytes = ProfileFile.read(file, shown, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw LadderException.badInput("no such file or stored profile: " + shown + nearestFile(file));
        } catch (AccessDeniedException e) {
            throw LadderException.badInput("cannot read " + shown + ": permission denied");
        } catch (FileSystemException e) {
            // e.g. a symbolic link loop: the reason alone, the file is already named
            throw LadderException.badInput("cannot read " + shown + ": "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()));
        } catch (IOException e) {
            throw LadderException.badInput("cannot read " + shown + ": " + e.getMessage());
        }
        return read(shown, bytes, defaultId(file), ladder);
    }

    /** Reads a profile from bytes; {@code shown} names it in messages. */
    public ProfileDocument read(String shown, byte[] bytes, String defaultId, Ladder ladder) {
        if (bytes.length > MAX_BYTES) {
            throw LadderException.badInput(shown, 1, "file is " + (bytes.length + 1023) / 1024 + " KiB",
                    "a profile may be at most " + MAX_BYTES / 1024 + " KiB");
        }
        String text = decodeUtf8(shown, bytes);
        Problems problems = new Problems(shown);
        // A layout the YAML reader cannot follow is refused as it is: its own message would name the wrong line.
        String readable = LayoutCheck.check(text, problems).orElseThrow(problems::refusal);
        try (JsonParser parser = yaml.createParser(ObjectReadContext.empty(), readable)) {
            try {
                ProfileTokens tokens = new ProfileTokens((YAMLParser) parser, problems);
                return new ProfileFields(tokens, ladder).document(text, defaultId);
            } catch (StreamConstraintsException e) {
                // Alone: whatever else was found on the way down is noise beside it.
                int line = Math.max(1, parser.currentLocation().getLineNr());
                throw LadderException.badInput(shown, line, "lists or mappings nested more than " + MAX_DEPTH
                        + " deep", "a profile nests at most four levels (evidence, a count's list, an item, its keys)");
            }
        } catch (JacksonException e) {
            problems.add(lineOf(e), "malformed YAML (" + ParserMessage.of(e.getOriginalMessage()) + ")",
                    "check the indentation and the ':' after each key");
            throw problems.refusal();
        }
    }

    private static int lineOf(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    /**
     * The id a profile gets when its file names none: the file name, lower-cased, other characters as
     * '-', without a '-' at either end (an id starts and ends with a letter or digit).
     */
    public static String defaultId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String id = EDGE_DASHES.matcher(NOT_IN_ID.matcher(stem.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return id.isEmpty() ? "profile" : id;
    }

    private static String decodeUtf8(String shown, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < buffer.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw LadderException.badInput(shown, line, "the file is not UTF-8 text", "save it as UTF-8");
        }
    }
}
