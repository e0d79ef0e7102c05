package dev.sreladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/**
 * The READMEs and the guides in docs/ stand on their own in a clone: no link leaves the repository,
 * every link to a section finds its heading, every profile key is listed.
 */
class ReadmeTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.+)$");
    private static final List<Path> READMES = readmes();

    private static List<Path> readmes() {
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            return Stream.concat(Stream.of(Path.of("README.md"), Path.of("rules/README.md")),
                    docs.filter(doc -> doc.toString().endsWith(".md")).sorted()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldLinkOnlyToFilesInTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path readme : READMES) {
            String text = Files.readString(readme);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1).replaceAll("#.*$", "");
                Path resolved = readme.toAbsolutePath().getParent().resolve(target).normalize();
                if (target.contains("://") || !resolved.startsWith(Path.of("").toAbsolutePath())
                        || !Files.exists(resolved)) {
                    outside.add(readme + ": " + link.group(1));
                }
            }
            if (text.contains("../shared")) {
                outside.add(readme + ": names ../shared");
            }
        }
        assertThat(outside).isEmpty();
    }

    @Test
    void shouldFindTheHeadingEveryLinkToASectionNames() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path readme : READMES) {
            Matcher link = LINK.matcher(Files.readString(readme));
            while (link.find()) {
                String target = link.group(1);
                if (!target.contains("#") || target.contains("://")) {
                    continue;
                }
                String file = target.substring(0, target.indexOf('#'));
                Path linked = file.isEmpty() ? readme : readme.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.isRegularFile(linked) || !anchors(Files.readString(linked))
                        .contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(readme + ": " + target);
                }
            }
        }
        assertThat(broken).as("links to a section no heading names").isEmpty();
    }

    /** The anchors a code-hosting site gives a file's headings: lower case, spaces to '-', punctuation dropped. */
    private static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Matcher heading = HEADING.matcher(markdown.replaceAll("(?ms)^```.*?^```", ""));
        while (heading.find()) {
            anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }

    @Test
    void shouldListEveryProfileKeyInTheProfileSection() throws IOException {
        String readme = Files.readString(Path.of("docs/engineers.md"));

        assertThat(Ladder.article().keys()).map(ProfileKey::name)
                .filteredOn(key -> !readme.contains("| `" + key + "` |"))
                .as("profile keys missing from the tables of docs/engineers.md").isEmpty();
    }
}
