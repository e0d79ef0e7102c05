package dev.sreladder.shell.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import dev.sreladder.report.Cohort;
import dev.sreladder.report.CycleCohorts;
import dev.sreladder.report.Progress;
import dev.sreladder.report.ReportCohorts;
import dev.sreladder.report.ReportFile;
import dev.sreladder.report.ReportFormat;
import dev.sreladder.shell.terminal.LadderCompletion;
import dev.sreladder.shell.terminal.TerminalProgress;
import dev.sreladder.system.LadderException;

/** {@code report [PATH] [--format md|html|csv] [--target L] [--out FILE]}: the committee's packet. */
@Component
class ReportCommand {

    static final String HELP = """
            report [PATH|--cycle NAME] [--format md|html|csv] [--target LEVEL] [--out FILE]

            A packet for the promotion committee: a summary (verdicts overall and per transition, the \
            most common blockers, traps and gaps, the committee's decisions and every override), then \
            one section per candidate: READY first, then ALMOST, then NOT_YET, each by score.

              PATH       a folder of profiles (or one profile file), evaluated now; without it, the \
            stored profiles: the latest version of each with its latest recorded \
            evaluation (else evaluated now, not recorded) and the committee's decisions
              --format   md (Markdown), html (one self-contained page with charts, for screen and \
            print) or csv (one row per candidate, RFC 4180); default: from the --out \
            file's extension, else md
              --target   the level to check everyone against (default: each profile's target, else \
            the next level)
              --out      write the report to FILE, whole or not at all, instead of printing it
              --cycle    NAME: the packet of one promotion cycle, its candidates only, under its \
            pinned rules; a candidate of an earlier closed cycle gets a 'Since last cycle' part \
            (what was cleared and what is new, by the engineer or by the rules) and, in HTML, their \
            score across cycles; the packet ends with the rules the cycle's decisions overrode

            A packet of the stored profiles prints the head of the audit trail it was made at ('audit \
            head' in CSV): kept outside the database, 'audit verify --head N:HASH' proves the record still \
            holds it.

            Profiles that cannot be read are listed in the report and on stderr with file and line; \
            the others are still reported, and the exit code is 1.""";

    private final ReportCohorts cohorts;
    private final CycleCohorts cycleCohorts;
    private final TerminalProgress terminalProgress;

    ReportCommand(ReportCohorts cohorts, CycleCohorts cycleCohorts, TerminalProgress terminalProgress) {
        this.cohorts = cohorts;
        this.cycleCohorts = cycleCohorts;
        this.terminalProgress = terminalProgress;
    }

    @Command(name = "report", group = "Committee",
            description = "A committee packet: Markdown, HTML with charts, or CSV",
            help = HELP, completionProvider = LadderCompletion.BEAN_NAME)
    public void report(@Argument(index = 0, description = "folder of profiles; none: the stored profiles") String path,
            @Option(longName = "format", description = "md, html or csv") String format,
            @Option(longName = "target", description = "level to check against (a level of the ladder in use)")
            String target,
            @Option(longName = "out", description = "file to write the report to") String out,
            @Option(longName = "cycle", description = "the promotion cycle to report on") String cycle,
            CommandContext context) {
        if (cycle != null && (path != null && !path.isBlank() || target != null)) {
            throw LadderException.badInput("report --cycle " + cycle + " reports on the cycle's candidates under its"
                    + " pinned rules; give no PATH and no --target");
        }
        ReportFormat reportFormat = format(format, out);
        boolean toFile = out != null && !out.isBlank();
        if (toFile) {
            ReportFile.check(Path.of(out));
        }
        PrintWriter writer = context.outputWriter();
        Progress progress = terminalProgress.of("reading profiles:", writer);
        Cohort cohort = cycle != null ? cycleCohorts.of(cycle, progress)
                : path == null || path.isBlank() ? cohorts.fromStorage(target, progress)
                : cohorts.fromPath(path, target, progress);
        String report = reportFormat.render(cohort);
        if (!toFile) {
            writer.print(report);
        } else {
            ReportFile.write(Path.of(out), file -> file.write(reportFormat.fileStart() + report));
            writer.println("wrote the " + reportFormat.optionValue() + " report on " + cohort.candidates().size()
                    + (cohort.candidates().size() == 1 ? " candidate" : " candidates") + " to " + out);
        }
        writer.flush();
        if (!cohort.problems().isEmpty()) {
            throw LadderException.someProfiles(cohort.problems(), cohort.candidates().size(),
                    "could not be evaluated and are not in the report");
        }
    }

    /**
     * --format as given; else what the --out file's extension says; else Markdown. An --out file
     * whose extension names another format, or no format at all, is refused: {@code x.xml} would
     * otherwise hold Markdown, and {@code report.md} CSV.
     */
    static ReportFormat format(String format, String out) {
        Optional<ReportFormat> given = Optional.ofNullable(format).filter(value -> !value.isBlank())
                .map(value -> ReportFormat.parse(value).orElseThrow(() -> LadderException.badInput("unknown format '"
                        + value + "' for report — use " + String.join(", ", ReportFormat.NAMES))));
        if (out == null || out.isBlank()) {
            return given.orElse(ReportFormat.MD);
        }
        Path file = Path.of(out).getFileName();
        String name = file == null ? "" : file.toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return given.orElse(ReportFormat.MD);
        }
        String extension = name.substring(dot);
        Optional<ReportFormat> named = ReportFormat.ofFileName(name);
        if (named.isEmpty()) {
            ReportFormat wanted = given.orElse(ReportFormat.MD);
            throw LadderException.badInput("--out " + out + ": '" + extension + "' is not the extension of a report "
                    + "format — name the file " + name.substring(0, dot) + "." + wanted.optionValue()
                    + " (the extensions are ." + String.join(", .", ReportFormat.NAMES) + ")");
        }
        if (given.isPresent() && given.get() != named.get()) {
            String wanted = given.get().optionValue();
            throw LadderException.badInput("--out " + out + " has the extension of the " + named.get().optionValue()
                    + " format, but --format is " + wanted + " — name the file " + name.substring(0, dot) + "."
                    + wanted + ", or leave out --format");
        }
        return named.get();
    }
}
