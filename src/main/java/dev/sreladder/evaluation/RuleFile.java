package dev.sreladder.evaluation;

import java.util.List;
import java.util.Objects;

import dev.sreladder.ladder.Ladder;
import dev.sreladder.ladder.LadderFile;

/**
 * One file of a rule set: a DRL file, or the folder's ladder file ({@code ladder.yaml}); the path
 * shown to maintainers (e.g. {@code rules/traps.drl}) and its text.
 */
public record RuleFile(String path, String content) {

    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** The file name alone, used as the resource name inside the rule base. */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** Whether this is the ladder file rather than rules. */
    public boolean isLadder() {
        return Ladder.FILE_NAME.equals(fileName());
    }

    /** The ladder a set of files is for: its ladder file's, else the article's. */
    public static Ladder ladderIn(List<RuleFile> files) {
        for (RuleFile file : files) {
            if (file.isLadder()) {
                return LadderFile.read(file.path(), file.content());
            }
        }
        return Ladder.article();
    }
}
