package dev.sreladder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.profile.ProfileFiles;
import dev.sreladder.report.CsvParsing;
import dev.sreladder.shell.terminal.ShellProgress;
import dev.sreladder.system.ExitCode;

/**
 * {@code report} as a user runs it: a folder or the stored profiles in, the packet on stdout or
 * in a file, reasons on stderr, and the exit code.
 */
class ReportCommandTest extends CommandTest {

    @TempDir
    Path folder;


    /** A decision's time as spreadsheets read it: UTC to the second, no T, no fraction, no Z. */
    private static final String SPREADSHEET_TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

    @Test
    void shouldPrintTheCsvOfAFolderAndNothingElse() {
        CommandRun run = run("report", "samples", "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("id,name,level,target,verdict,score,blockers,traps,gaps,decision,override,"
                + "decided by,decided at,conflict,all decisions,waived,evidence items,manager,team,audit head\r\n")
                .contains("hannah-okafor,Hannah "
                + "Okafor,MID,SENIOR,NOT_YET,93,,mid-level-plateau,cross-team-influence,,,,,,,,0,,,\r\n");
        assertThat(run.out().split("\r\n")).hasSize(ProfileFiles.inFolder(Path.of("samples")).size() + 1);
    }

    @Test
    void shouldStartACsvFileWithTheByteOrderMarkThatExcelReadsAsUtf8AndStandardOutputWithout() throws IOException {
        Path packet = folder.resolve("packet.csv");

        CommandRun run = run("report", "samples", "--out", packet.toString());
        byte[] written = Files.readAllBytes(packet);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, StandardCharsets.UTF_8).substring(1))
                .isEqualTo(run("report", "samples", "--format", "csv").out());
        assertThat(run("report", "samples", "--format", "csv").out()).startsWith("id,name,");
    }

    @Test
    void shouldWriteTheHtmlFileNamedByOutInItsFormat() throws IOException {
        Path packet = folder.resolve("packet.html");

        CommandRun run = run("report", "samples", "--out", packet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().strip()).isEqualTo("wrote the html report on "
                + ProfileFiles.inFolder(Path.of("samples")).size() + " candidates to " + packet);
        assertThat(Files.readString(packet)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(Files.list(folder).toList()).containsExactly(packet);
    }

    @Test
    void shouldReportTheGoodProfilesOfAFolderAndNameTheBadOnes() throws IOException {
        Files.copy(Path.of("samples/maya-chen.yaml"), folder.resolve("a-maya.yaml"));
        Files.writeString(folder.resolve("b-typo.yaml"), "name: B\nlevel: MID\ncompetencies:\n  mentorng: 2\n");

        CommandRun run = run("report", folder.toString(), "--format", "md");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("### 1. Maya Chen (`maya-chen`) — NOT_YET, 62%").contains("## Not included");
        assertThat(run.err()).contains("unknown competency 'mentorng' at " + folder.resolve("b-typo.yaml") + ":4")
                .contains("1 of 2 profiles could not be evaluated and are not in the report");
    }

    @Test
    void shouldSayAnEmptyFolderHasNoProfiles() {
        CommandRun run = run("report", folder.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("report: no profiles (*.yaml, *.yml) in " + folder);
    }

    @Test
    void shouldRejectBadOptionsAndLeaveNoFile() {
        assertThat(run("report", "samples", "--format", "pdf").err())
                .contains("unknown format 'pdf' for report — use md, html, csv");
        assertThat(run("report", "samples", "--target", "JUNIOR").err())
                .contains("target JUNIOR is below");
        assertThat(run("report", "nowhere", "--format", "md").err()).contains("no file or folder nowhere");
        CommandRun missingFolder = run("report", "samples", "--out", folder.resolve("missing/packet.md").toString());
        assertThat(missingFolder.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missingFolder.err()).contains("does not exist");
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    /** Issue 22: {@code --out x.xml} wrote Markdown, {@code report.md --format csv} CSV, without a word. */
    @Test
    void shouldRefuseAnOutFileWhoseExtensionDoesNotMatchTheFormat() {
        Path xml = folder.resolve("x.xml");
        Path md = folder.resolve("report.md");

        CommandRun unknown = run("report", "samples", "--out", xml.toString());
        CommandRun mismatch = run("report", "samples", "--format", "csv", "--out", md.toString());

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().strip()).isEqualTo("report: --out " + xml + ": '.xml' is not the extension of a "
                + "report format — name the file x.md (the extensions are .md, .html, .csv)");
        assertThat(mismatch.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(mismatch.err().strip()).isEqualTo("report: --out " + md + " has the extension of the md format, but "
                + "--format is csv "
                + "— name the file report.csv, or leave out --format");
        assertThat(folder).isEmptyDirectory();
        assertThat(run("report", "samples", "--format", "csv", "--out", folder.resolve("packet").toString())
                .exitCode()).as("a name without an extension takes --format").isEqualTo(ExitCode.OK);
    }

    /** Issue 22: {@code --out /dev/full} as root printed "wrote the csv report" and made the device a file. */
    @Test
    void shouldRefuseADeviceAsOutInOneLineAndLeaveItADevice() throws Exception {
        Path device = folder.resolve("full");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "7").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mknod.waitFor() == 0, "mknod is not allowed here");

        CommandRun run = run("report", "samples", "--format", "csv", "--out", device.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("report: cannot write the report to " + device + ": it is a "
                + "character device, not a regular file — give the path of a regular file or a new one");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void shouldStartItsHelpWithTheUsageLine() {
        assertThat(run("report", "--help").out()).startsWith(
                "report [PATH|--cycle NAME] [--format md|html|csv] [--target LEVEL] [--out FILE]");
    }

    @Test
    void shouldReportTheStoredProfilesWithTheirRecordedEvaluationsAndDecisions() throws IOException {
        Path cohort = Files.createDirectory(folder.resolve("cohort"));
        Files.writeString(cohort.resolve("report-hannah.yaml"), "id: report-hannah\n"
                + Files.readString(Path.of("samples/hannah-okafor-mid-plateau-one-gap.yaml"))
                .replaceAll("(?m)^id: .*\\n", ""));
        Files.writeString(cohort.resolve("report-grace.yaml"), "id: report-grace\n"
                + Files.readString(Path.of("samples/grace-liu-mid-fast-track.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        try {
            assertThat(run("import", cohort.toString()).exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run("evaluate", "report-hannah").exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run("decide", "report-hannah", "--decision", "promote", "--reason",
                    "Ran the cross-team SLO review, \"since October\"").exitCode()).isEqualTo(ExitCode.OK);

            CommandRun csv = run("report", "--format", "csv");
            CommandRun md = run("report", "--format", "md");

            assertThat(csv.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(csv.out()).contains(
                    "report-hannah,Hannah "
                    + "Okafor,MID,SENIOR,NOT_YET,93,,mid-level-plateau,cross-team-influence,promote,yes,"
                    + System.getProperty("user.name") + ",")
                    .containsPattern("," + SPREADSHEET_TIME + ",no,promote by " + System.getProperty("user.name")
                    + " at " + SPREADSHEET_TIME + " \\(override\\),,0,,,\\d+:sha256:[0-9a-f]{64}\r\n")
                    .containsPattern("report-grace,Grace Liu,MID,SENIOR,READY,100,,,,,,,,,,,0,,,"
                            + "\\d+:sha256:[0-9a-f]{64}\r\n");
            assertThat(md.out()).contains("from the stored profiles")
                    .contains("**OVERRIDE** **Hannah Okafor** (`report-hannah`): promote — override: the rules said "
                    + "NOT_YET (on evaluation 1, ")
                    .contains("— “Ran the cross-team SLO review, \"since October\"”")
                    .contains("evaluation 1, recorded ")
                    .contains("evaluated now (none recorded) · stored profile version 1");
            assertThat(md.out().indexOf("Grace Liu (`report-grace`) — READY"))
                    .isLessThan(md.out().indexOf("Hannah Okafor (`report-hannah`) — NOT_YET"));
        } finally {
            run("delete", "report-hannah", "--reason", "test over");
            run("delete", "report-grace", "--reason", "test over");
        }
    }

    @Test
    void shouldPrintTheHeadOfTheAuditTrailItWasMadeAtInEveryFormatAsAuditVerifyPrintsIt() throws IOException {
        Path cohort = Files.createDirectory(folder.resolve("cohort"));
        Files.writeString(cohort.resolve("head-maya.yaml"), "id: head-maya\n"
                + Files.readString(Path.of("samples/maya-chen.yaml")).replaceAll("(?m)^id: .*\\n", ""));
        try {
            assertThat(run("import", cohort.toString()).exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run("evaluate", "head-maya").exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run("decide", "head-maya", "--decision", "defer").exitCode()).isEqualTo(ExitCode.OK);

            CommandRun md = run("report", "--format", "md");
            CommandRun html = run("report", "--format", "html");
            CommandRun csv = run("report", "--format", "csv");
            CommandRun verified = run("audit", "verify");

            assertThat(verified.exitCode()).as(verified.err()).isEqualTo(ExitCode.OK);
            Matcher printed = Pattern.compile("head: record (\\d+), sha256:([0-9a-f]{64})").matcher(verified.out());
            assertThat(printed.find()).as(verified.out()).isTrue();
            String head = printed.group(1) + ":sha256:" + printed.group(2);
            String line = "Made at the audit trail's head: " + printed.group().substring("head: ".length())
                    + " — keep this line outside the database; 'audit verify --head " + head
                    + "' proves the record still holds it.";
            assertThat(md.out()).contains("\n\n" + line + "\n\n");
            assertThat(html.out()).contains("<p class=\"head\">" + line.replace("'", "&#39;") + "</p></header>");
            List<List<String>> rows = CsvParsing.parse(csv.out());
            assertThat(rows.get(0)).last().isEqualTo("audit head");
            assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row).last()
                    .isEqualTo(head));
            CommandRun given = run("audit", "verify", "--head", head);
            assertThat(given.exitCode()).as(given.err()).isEqualTo(ExitCode.OK);
            assertThat(given.out()).contains(printed.group());
        } finally {
            run("delete", "head-maya", "--reason", "test over");
        }
    }

    @Test
    void shouldLeaveTheHeadOutOfAPacketOfAFolder() {
        CommandRun md = run("report", "samples", "--format", "md");
        CommandRun csv = run("report", "samples", "--format", "csv");

        assertThat(md.out()).doesNotContain("audit trail's head");
        assertThat(CsvParsing.parse(csv.out()).subList(1, 3)).allSatisfy(row -> assertThat(row).last().isEqualTo(""));
    }

    @Test
    void shouldShowProgressOnOneLineAndEraseIt() {
        StringWriter terminal = new StringWriter();
        ShellProgress progress = new ShellProgress(new PrintWriter(terminal), 3, "reading profiles:");

        progress.update(1, 3);
        progress.update(2, 3);
        progress.update(3, 3);
        new ShellProgress(new PrintWriter(terminal), 3, "reading profiles:").update(1, 2);

        assertThat(terminal.toString()).isEqualTo("\rreading profiles: 1 of 3\rreading profiles: 2 of 3\r"
                + " ".repeat("reading profiles: 3 of 3".length()) + "\r");
    }
}
