package dev.sreladder.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.system.LadderException;

/** --out writes a report whole or not at all, and never leaves a temporary file behind. */
class ReportFileTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteTheWholeReport() throws IOException {
        Path target = folder.resolve("packet.html");

        ReportFile.write(target, writer -> writer.write("<!DOCTYPE html>→"));

        assertThat(Files.readString(target)).isEqualTo("<!DOCTYPE html>→");
        assertThat(listing()).containsExactly("packet.html");
    }

    @Test
    void shouldLeaveNoFileWhenWritingFailsPartWay() throws IOException {
        Path target = folder.resolve("packet.md");

        assertThatThrownBy(() -> ReportFile.write(target, writer -> {
            writer.write("# half a report\n".repeat(10_000));
            writer.flush();
            throw new IOException("No space left on device");
        })).isInstanceOf(LadderException.class).hasMessage("cannot write the report to " + target
                + ": No space left on device");

        assertThat(listing()).isEmpty();
    }

    @Test
    void shouldKeepThePreviousReportWhenWritingFails() throws IOException {
        Path target = folder.resolve("packet.csv");
        Files.writeString(target, "the report of last week");

        assertThatThrownBy(() -> ReportFile.write(target, writer -> {
            writer.write("id,name\r\n");
            throw new IOException("No space left on device");
        })).isInstanceOf(LadderException.class);

        assertThat(Files.readString(target)).isEqualTo("the report of last week");
        assertThat(listing()).containsExactly("packet.csv");
    }

    @Test
    void shouldReplaceThePreviousReportInOneStep() throws IOException {
        Path target = folder.resolve("packet.csv");
        Files.writeString(target, "the report of last week");

        ReportFile.write(target, writer -> writer.write("this week"));

        assertThat(Files.readString(target)).isEqualTo("this week");
        assertThat(listing()).containsExactly("packet.csv");
    }

    @Test
    void shouldNameAMissingFolderOrAFolderGivenAsTheFile() {
        assertThatThrownBy(() -> ReportFile.write(folder.resolve("missing/packet.md"), writer -> writer.write("x")))
                .isInstanceOf(LadderException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ReportFile.write(folder, writer -> writer.write("x")))
                .isInstanceOf(LadderException.class).hasMessageContaining("it is a folder");
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
