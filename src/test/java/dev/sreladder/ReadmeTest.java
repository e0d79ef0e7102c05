package dev.sreladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.ProfileKey;

/** The READMEs stand on their own in a clone: no link leaves the repository, every profile key is listed. */
class ReadmeTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");
    private static final List<Path> READMES = List.of(Path.of("README.md"), Path.of("rules/README.md"));

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
    void shouldListEveryProfileKeyInTheProfileSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(Ladder.article().keys()).map(ProfileKey::name)
                .filteredOn(key -> !readme.contains("| `" + key + "` |"))
                .as("profile keys missing from the README's tables").isEmpty();
    }
}
