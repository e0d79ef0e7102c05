package dev.sreladder.evaluation;

import java.util.Objects;

/** One DRL file: the path shown to maintainers (e.g. {@code rules/traps.drl}) and its text. */
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
}
