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

    /**
     * Issue 22: a rename over a device, a named pipe or a folder destroys it. The device is a
     * copy of /dev/full made in the test's folder (mknod, as root), never the machine's own.
     */
    @Test
    void shouldRefuseADeviceAndLeaveItADevice() throws Exception {
        Path device = special("mknod", "full", "c", "1", "7");

        assertThatThrownBy(() -> ReportFile.write(device, writer -> writer.write("x")))
                .isInstanceOf(LadderException.class).hasMessage("cannot write the report to " + device
                        + ": it is a character device, not a regular file — give the path of a regular file or a "
                        + "new one");

        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat((Integer) Files.getAttribute(device, "unix:mode") & 0170000).as("still a character device")
                .isEqualTo(0020000);
        assertThat(listing()).containsExactly("full");
    }

    @Test
    void shouldRefuseANamedPipeWithoutOpeningIt() throws Exception {
        Path fifo = special("mkfifo", "packet.md");

        assertThatThrownBy(() -> ReportFile.write(fifo, writer -> writer.write("x")))
                .isInstanceOf(LadderException.class).hasMessage("cannot write the report to " + fifo
                        + ": it is a named pipe (FIFO), not a regular file — give the path of a regular file or a "
                        + "new one");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void shouldRefuseALinkToADeviceOrAFolderAndKeepTheLink() throws Exception {
        Path device = special("mknod", "full", "c", "1", "7");
        Path toDevice = Files.createSymbolicLink(folder.resolve("to-device.csv"), device);
        Path toFolder = Files.createSymbolicLink(folder.resolve("to-folder.csv"), Files.createDirectory(
                folder.resolve("sub")));

        assertThatThrownBy(() -> ReportFile.write(toDevice, writer -> writer.write("x")))
                .isInstanceOf(LadderException.class).hasMessageContaining("it is a character device");
        assertThatThrownBy(() -> ReportFile.write(toFolder, writer -> writer.write("x")))
                .isInstanceOf(LadderException.class).hasMessageContaining("it is a folder");

        assertThat(Files.isSymbolicLink(toDevice)).isTrue();
        assertThat(Files.isSymbolicLink(toFolder)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void shouldReplaceTheFileALinkNamesAndKeepTheLink() throws IOException {
        Path real = Files.writeString(folder.resolve("real.csv"), "last week");
        Path link = Files.createSymbolicLink(folder.resolve("packet.csv"), real);

        ReportFile.write(link, writer -> writer.write("this week"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("this week");
    }

    @Test
    void shouldKeepTheReportReadableByItsOwnerOnly() throws IOException {
        Path target = Files.writeString(folder.resolve("packet.md"), "last week");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        ReportFile.write(target, writer -> writer.write("names of people"));

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-------");
    }

    /** A device or FIFO made by a system tool in the test's folder; the test is skipped if it cannot be made. */
    private Path special(String tool, String name, String... arguments) throws Exception {
        Path path = folder.resolve(name);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(tool, path.toString()));
        command.addAll(java.util.List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(process.waitFor() == 0, () -> tool + " is not allowed here");
        return path;
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
